import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSecurityHeaders } from '../../../src/integrations/security-headers.ts';
import { parseCsp } from '../../../src/lib/site/csp.ts';
import { formatHeadersFile, formatNginx, headersFor, parseHeadersFile, type HeaderRule } from '../../../src/lib/site/headers-file.ts';

const tmp = mkdtempSync(join(tmpdir(), 'kp-headers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const RULES: HeaderRule[] = [
  { path: '/*', headers: [['X-Content-Type-Options', 'nosniff'], ['Content-Security-Policy', "default-src 'none'; img-src 'self'"]] },
  { path: '/zoeken/', headers: [['X-Extra', 'a: b']] },
];

describe('the _headers file', () => {
  it('is written and read back as the same rules (a colon in a value stays in the value)', () => {
    const text = formatHeadersFile(RULES, ['made by a test']);
    expect(text).toBe("# made by a test\n/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: default-src 'none'; img-src 'self'\n/zoeken/\n  X-Extra: a: b\n");
    expect(parseHeadersFile(text)).toEqual(RULES);
  });

  it('refuses a line longer than Cloudflare Pages reads', () => {
    expect(formatHeadersFile([{ path: '/*', headers: [['X', 'a'.repeat(1995)]] }])).toHaveLength(2 + 1 + 2 + 3 + 1995 + 1);
    expect(() => formatHeadersFile([{ path: '/*', headers: [['X', 'a'.repeat(1996)]] }])).toThrow('_headers: een regel van 2001 tekens (Cloudflare Pages leest er hoogstens 2000)');
  });

  it('gives a path the headers of every rule that matches it, as Netlify and Cloudflare Pages do', () => {
    expect(headersFor(RULES, '/zoeken/').map(([n]) => n)).toEqual(['X-Content-Type-Options', 'Content-Security-Policy', 'X-Extra']);
    expect(headersFor(RULES, '/zoeken/x/').map(([n]) => n)).toEqual(['X-Content-Type-Options', 'Content-Security-Policy']);
    expect(headersFor([{ path: '/media/*', headers: [['A', '1']] }], '/pagina/')).toEqual([]);
  });

  it('says which line is wrong when a header has no path or no colon', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow('_headers regel 1: verwacht "  Naam: waarde" onder een pad, niet "X-A: 1"');
    expect(() => parseHeadersFile('/*\n  geen dubbele punt\n')).toThrow(/regel 2/);
  });

  it('becomes nginx add_header lines, refusing what nginx would read differently', () => {
    expect(formatNginx([RULES[0]!])).toBe(`add_header X-Content-Type-Options "nosniff" always;\nadd_header Content-Security-Policy "default-src 'none'; img-src 'self'" always;\n`);
    expect(() => formatNginx(RULES)).toThrow(/alleen de regel voor \/\*/);
    expect(() => formatNginx([{ path: '/*', headers: [['X', 'a$b']] }])).toThrow(/bevat/);
    expect(() => formatNginx([{ path: '/*', headers: [['X', 'a"b']] }])).toThrow(/bevat/);
  });
});

describe('writeSecurityHeaders (the build step)', () => {
  const site = (name: string, pages: Record<string, string>) => {
    const dir = join(tmp, name);
    for (const [path, html] of Object.entries(pages)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), html);
    }
    return dir;
  };
  const page = (csp?: string) => `<!doctype html><html><head>${csp ? `<meta http-equiv="content-security-policy" content="${csp}">` : ''}</head><body><p>x</p></body></html>`;

  it("writes one rule for every path: the pages' policies together, frame-ancestors and the other headers", () => {
    const dir = site('ok', {
      'index.html': page("default-src 'none'; script-src 'self' 'sha256-B'"),
      'zoeken/index.html': page("default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-A'"),
    });
    expect(writeSecurityHeaders(dir).pages).toBe(2);
    const [rule, ...rest] = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
    expect(rest).toEqual([]);
    expect(rule!.path).toBe('/*');
    const headers = new Map(rule!.headers);
    // Scripts as any page allows them; default-src stays in the pages (the header also reaches PDFs).
    expect([...parseCsp(headers.get('Content-Security-Policy')!)]).toEqual([
      ['script-src', ["'self'", "'wasm-unsafe-eval'", "'sha256-A'", "'sha256-B'"]],
      ['frame-ancestors', ["'none'"]],
    ]);
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Strict-Transport-Security')).toMatch(/^max-age=\d+/);
  });

  it('stops the build when a page has no policy, naming the page', () => {
    const dir = site('missing', { 'index.html': page("default-src 'none'"), 'verdwaald/index.html': page() });
    expect(() => writeSecurityHeaders(dir)).toThrow("Pagina's zonder Content-Security-Policy (security.csp in astro.config.mjs): /verdwaald/index.html");
  });

  it('npm run headers:nginx prints the file as nginx lines, and says what to do when it is missing', () => {
    const file = join(tmp, 'ok', '_headers');
    const run = spawnSync('npm', ['run', '-s', 'headers:nginx', '--', file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^# /);
    expect(lines.slice(1)).toEqual(parseHeadersFile(readFileSync(file, 'utf8'))[0]!.headers.map(([n, v]) => `add_header ${n} "${v}" always;`));
    const none = spawnSync('npm', ['run', '-s', 'headers:nginx', '--', join(tmp, 'nergens')], { encoding: 'utf8' });
    expect(none.status).toBe(1);
    expect(none.stderr.trim()).toBe(`${join(tmp, 'nergens')} ontbreekt: voer eerst \`npm run build\` uit.`);
  });
});
