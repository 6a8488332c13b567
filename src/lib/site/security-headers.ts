/**
 * The headers for hosts that send them, derived from the policies the built pages declare: one
 * CSP with the directives safe for every file (HEADER_CSP_DIRECTIVES), each allowing what any page
 * allows (browsers enforce it together with each page's own meta policy, so every page keeps
 * exactly its own), plus what only a header can say.
 */
import { envelope, formatCsp, parseCsp } from './csp.ts';
import type { HeaderRule } from './headers-file.ts';
import { HEADER_CSP_DIRECTIVES, HEADER_ONLY_DIRECTIVES, SECURITY_HEADERS } from './security-policy.ts';

export function headerCsp(pagePolicies: string[]): string {
  const all = envelope(pagePolicies.map(parseCsp));
  const policy = new Map([...all].filter(([name]) => (HEADER_CSP_DIRECTIVES as readonly string[]).includes(name)));
  for (const [name, sources] of parseCsp(HEADER_ONLY_DIRECTIVES.join(';'))) policy.set(name, sources);
  return formatCsp(policy);
}

export function securityHeaderRules(pagePolicies: string[]): HeaderRule[] {
  return [{ path: '/*', headers: [['Content-Security-Policy', headerCsp(pagePolicies)], ...Object.entries(SECURITY_HEADERS)] }];
}
