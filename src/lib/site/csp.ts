/**
 * Content-Security-Policy values as data: read (the CSP grammar is `;`-separated directives of
 * whitespace-separated tokens, not HTML), write, and the envelope of several pages' policies.
 */

/** Directive name → its sources, in the order written. */
export type Csp = Map<string, string[]>;

export function parseCsp(value: string): Csp {
  const policy: Csp = new Map();
  for (const part of value.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    // The first occurrence of a directive wins; browsers ignore repeats.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function formatCsp(policy: Csp): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Where a browser looks when a directive is missing (CSP Level 3, "fetch directive fallback");
 * directives not listed (base-uri, form-action, frame-ancestors, …) do not fall back.
 */
const FALLBACK: Record<string, string[]> = {
  'script-src-elem': ['script-src', 'default-src'],
  'script-src-attr': ['script-src', 'default-src'],
  'style-src-elem': ['style-src', 'default-src'],
  'style-src-attr': ['style-src', 'default-src'],
  'worker-src': ['child-src', 'script-src', 'default-src'],
  'frame-src': ['child-src', 'default-src'],
  ...Object.fromEntries(['script-src', 'style-src', 'img-src', 'media-src', 'connect-src', 'font-src', 'manifest-src', 'object-src', 'child-src'].map((d) => [d, ['default-src']])),
};

/** The sources that govern `directive` in `policy`, or undefined when nothing restricts it. */
export function effectiveSources(policy: Csp, directive: string): string[] | undefined {
  for (const name of [directive, ...(FALLBACK[directive] ?? [])]) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return undefined;
}

const isHashOrNonce = (s: string) => /^'(sha256|sha384|sha512|nonce)-/i.test(s);

/**
 * One policy that allows everything any of `policies` allows and nothing more than their union.
 * A host sends it as a header on every path; browsers enforce header and meta policy both, so each
 * page ends up with exactly its own meta policy (plus what only a header can say).
 */
export function envelope(policies: Csp[]): Csp {
  const names = [...new Set(policies.flatMap((p) => [...p.keys()]))];
  const out: Csp = new Map();
  for (const name of names) {
    const lists = policies.map((p) => effectiveSources(p, name));
    if (lists.some((l) => l === undefined)) continue; // one page leaves it open: so must the envelope
    let union = [...new Set(lists.flatMap((l) => l!))];
    if (union.length > 1) union = union.filter((s) => s !== "'none'");
    // With a hash present 'unsafe-inline' is ignored, which would block the page that relies on it.
    if (union.includes("'unsafe-inline'")) union = union.filter((s) => !isHashOrNonce(s));
    if (union.includes("'strict-dynamic'") && !lists.every((l) => l!.includes("'strict-dynamic'"))) {
      throw new Error(`CSP: '${name}' gebruikt 'strict-dynamic' op een deel van de pagina's; één header kan dat niet samenvatten.`);
    }
    // Keywords and hosts as first written, then hashes sorted: the same envelope whatever the page order.
    out.set(name, [...union.filter((s) => !isHashOrNonce(s)), ...union.filter(isHashOrNonce).sort()]);
  }
  return out;
}
