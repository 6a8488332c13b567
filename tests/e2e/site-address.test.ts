/**
 * The site's own address is the one configured at build time (KP_SITE), else the neutral example
 * address: no page, feed, calendar, sitemap, robots.txt or PDF in dist/ names a host under the
 * Inspectorate's domain that is not really theirs. Citing the Inspectorate's public pages
 * (www.onderwijsinspectie.nl) is fine; an invented host or mailbox under that domain is not.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { siteAddress } from '../../src/lib/site/site-address.ts';
import { pageTree, type HastNode } from './hast.ts';
import { DIST } from './site.ts';

const OWN = new URL(siteAddress(process.env).url);
/** The Inspectorate's own public web pages, cited as sources. */
const CITED_HOSTS = new Set(['www.onderwijsinspectie.nl', 'onderwijsinspectie.nl']);
const UNDER_DOMAIN = /([a-z0-9@._-]*)onderwijsinspectie\.nl/gi;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) return name === 'pagefind' ? [] : files(abs);
    return /\.(html|xml|ics|txt|json|webmanifest|pdf)$/.test(name) ? [abs] : [];
  });
}

/** Text of a PDF as pdf-lib writes it: Flate streams with hex strings for text. */
function pdfText(bytes: Buffer): string {
  let text = '';
  const raw = bytes.toString('latin1');
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let body: string;
    try {
      body = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      body = m[1]!;
    }
    text += body.replace(/<([0-9A-Fa-f]+)>/g, (_, hex: string) => Buffer.from(hex, 'hex').toString('latin1'));
  }
  return text + raw;
}

/** Every text and attribute value of a page, read with a real HTML parser (entities decoded). */
function htmlStrings(html: string): string[] {
  const out: string[] = [];
  const visit = (n: HastNode) => {
    if (typeof n.value === 'string') out.push(n.value);
    for (const v of Object.values(n.properties ?? {})) out.push(Array.isArray(v) ? v.join(' ') : String(v));
    n.children?.forEach(visit);
  };
  visit(pageTree(html));
  return out;
}

function borrowedHosts(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(UNDER_DOMAIN)) {
    const host = `${m[1]}onderwijsinspectie.nl`.replace(/^[._-]+/, '').toLowerCase();
    if (CITED_HOSTS.has(host) || host === OWN.host) continue;
    found.push(host);
  }
  return found;
}

describe('the site’s own address', () => {
  it('is the configured address, or the neutral example one, on every page, feed and calendar', () => {
    const canonical = readFileSync(join(DIST, 'index.html'), 'utf8');
    const hrefs = htmlStrings(canonical).filter((s) => s.startsWith('http') && new URL(s).pathname === '/');
    expect(hrefs.map((h) => new URL(h).host)).toContain(OWN.host);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${OWN.origin}/sitemap-index.xml`);
    expect(readFileSync(join(DIST, 'feed.xml'), 'utf8')).toContain(`${OWN.origin}/feed.xml`);
  });

  it('borrows no host or mailbox under the Inspectorate’s domain anywhere in dist/ (citing its public pages is fine)', () => {
    const problems: string[] = [];
    const all = files(DIST);
    expect(all.length).toBeGreaterThan(100);
    for (const file of all) {
      const bytes = readFileSync(file);
      const texts = file.endsWith('.html') ? htmlStrings(bytes.toString('utf8')) : [file.endsWith('.pdf') ? pdfText(bytes) : bytes.toString('utf8')];
      for (const host of new Set(texts.flatMap(borrowedHosts))) problems.push(`${file}: ${host}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
