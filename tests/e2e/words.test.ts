/**
 * Words on the built pages (issue 29): no "stap(pen)"-style plurals, no "Alle 1 …" and no "1" before
 * a plural count noun, in the text a reader sees; and the accessibility statement has what the
 * government's model asks (status, date, register, what was tested, known problems, contact).
 */
import { describe, expect, it } from 'vitest';
import { countNouns, PSEUDO_PLURAL } from '../count-words.ts';
import { STATEMENT, STATUS_MEANING, STATUSES } from '../../src/lib/site/accessibility-statement.ts';
import { pageTree, type HastNode } from './hast.ts';
import { allPages, readDist } from './site.ts';

/**
 * The text a reader sees: text nodes joined by spaces, without scripts, styles, hidden elements
 * and footnote numbers (a <sup>1</sup> next to a word is a reference, not a count).
 */
function visibleText(html: string): string {
  const parts: string[] = [];
  const walk = (n: HastNode) => {
    if (n.type === 'text') parts.push(n.value ?? '');
    if (n.type === 'element' && (['script', 'style', 'template', 'sup'].includes(n.tagName!) || n.properties?.hidden !== undefined)) return;
    n.children?.forEach(walk);
  };
  walk(pageTree(html));
  return parts.join(' ').replace(/\s+/g, ' ');
}

describe('counted words on every built page', () => {
  const pages = allPages();
  const nouns = countNouns();
  const texts = pages.map((path) => ({ path, text: visibleText(readDist(`${path}index.html`)) }));

  it('reads every page', () => {
    expect(pages.length).toBeGreaterThan(300);
    expect(texts.find((t) => t.path === '/themas/')!.text).toMatch(/\d+ items?\b/);
  });

  it('has no shortcut plural such as "stap(pen)"', () => {
    expect(texts.flatMap(({ path, text }) => (PSEUDO_PLURAL.test(text) ? [`${path}: ${text.match(new RegExp(`.{0,40}${PSEUDO_PLURAL.source}.{0,20}`, 'u'))![0]}`] : []))).toEqual([]);
  });

  it('never says "Alle 1 …" or "1" before a plural count noun', () => {
    const one = new RegExp(`(?<![\\p{L}\\p{N},.])(Alle 1 \\p{L}+|1 (${[...nouns].join('|')}))(?![\\p{L}])`, 'u');
    expect(texts.flatMap(({ path, text }) => (one.test(text) ? [`${path}: ${text.match(one)![0]}`] : []))).toEqual([]);
  });
});

describe('accessibility statement', () => {
  const html = readDist('toegankelijkheid/index.html');
  const text = visibleText(html);
  const nodes: HastNode[] = [];
  const walk = (n: HastNode) => {
    nodes.push(n);
    n.children?.forEach(walk);
  };
  walk(pageTree(html));
  const links = nodes.flatMap((n) => (n.tagName === 'a' && typeof n.properties?.href === 'string' ? [n.properties.href] : []));

  it('names its status, one of A to E, with what it means', () => {
    expect(STATUSES).toContain(STATEMENT.status);
    expect(text).toContain(`Status ${STATEMENT.status} : ${STATUS_MEANING[STATEMENT.status]}`);
  });

  it('is dated, with a machine-readable date that is a real day', () => {
    expect(nodes.filter((n) => n.tagName === 'time').map((n) => n.properties?.dateTime)).toContain(STATEMENT.date);
    expect(new Date(`${STATEMENT.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(STATEMENT.date);
    expect(text).toMatch(/Datum van deze verklaring \d{1,2} [a-z]+ \d{4}/);
  });

  it('links the government register and the explanation of the statuses', () => {
    expect(links).toContain(STATEMENT.registerUrl);
    expect(links).toContain(STATEMENT.statusExplainedUrl);
  });

  it('says what was tested and how, what does not work yet, and whom to contact', () => {
    for (const heading of ['Wat hebben wij getest, en hoe?', 'Wat werkt nog niet goed?', 'Loopt u ergens tegenaan?']) expect(text).toContain(heading);
    expect(text).toContain('axe-core');
    expect(links).toContain('https://www.onderwijsinspectie.nl/contact');
    expect(links.some((l) => l.startsWith('mailto:'))).toBe(true);
  });
});
