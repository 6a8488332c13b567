/**
 * "Geldt niet" is a statement in the Inspectorate's voice: no built page may say it without a
 * source for it in the same row, list item or paragraph (a link to a public page). Where a
 * sector's applicability is unverified, pages say "nog niet nagekeken" instead.
 */
import { describe, expect, it } from 'vitest';
import { pageTree, type HastNode } from './hast.ts';
import { allPages, readDist } from './site.ts';

/** The block a claim belongs to: its table row, list item, definition or paragraph. */
const BLOCKS = new Set(['tr', 'li', 'dd', 'p', 'td', 'th']);

function textOf(n: HastNode): string {
  return n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(textOf).join('');
}

function hasSourceLink(n: HastNode): boolean {
  if (n.tagName === 'a' && /^https?:\/\//.test(String(n.properties?.href ?? ''))) return true;
  return (n.children ?? []).some(hasSourceLink);
}

/** Every "geldt niet" on a page whose block (and its row, when in a table) has no link to a public source. */
function unsourcedClaims(html: string): string[] {
  const found: string[] = [];
  const visit = (n: HastNode, ancestors: HastNode[]) => {
    if (n.type === 'text' && /geldt\s+niet/i.test(n.value ?? '')) {
      const blocks = ancestors.filter((a) => BLOCKS.has(a.tagName ?? ''));
      const row = blocks.findLast((a) => a.tagName === 'tr');
      const block = row ?? blocks.at(-1);
      if (!block || !hasSourceLink(block)) found.push(textOf(block ?? n).replace(/\s+/g, ' ').trim().slice(0, 120));
    }
    for (const c of n.children ?? []) visit(c, n.type === 'element' ? [...ancestors, n] : ancestors);
  };
  visit(pageTree(html), []);
  return found;
}

describe('"geldt niet" only with a source', () => {
  it('knows a sourced claim from an unsourced one', () => {
    expect(unsourcedClaims('<table><tr><th>BA1 <a href="https://bron.example/">Bron</a></th><td>geldt niet</td></tr></table>')).toEqual([]);
    expect(unsourcedClaims('<table><tr><th><a href="/onderzoekskader/2021/op0/">OP0</a></th><td>geldt niet</td></tr></table>')).toEqual(['OP0geldt niet']);
    expect(unsourcedClaims('<p>Deze standaard geldt niet in het so.</p>')).toEqual(['Deze standaard geldt niet in het so.']);
  });

  it('holds on every built page; the framework tables say "nog niet nagekeken" where no source settles it', () => {
    const problems = allPages().flatMap((path) => unsourcedClaims(readDist(`${path.slice(1)}index.html`)).map((c) => `${path}: ${c}`));
    expect(problems).toEqual([]);
    const table = readDist('onderzoekskader/2021/index.html');
    expect(table).toContain('nog niet nagekeken');
    expect(readDist('sectoren/so-vso/index.html')).toContain('Nog niet nagekeken voor deze sector');
  });
});
