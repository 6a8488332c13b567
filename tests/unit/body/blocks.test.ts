/**
 * Bodies as print blocks (src/lib/body/blocks.ts), read from the tree the site is built from.
 * The cases where the old regular-expression reader of the brochure PDFs printed something else
 * than the page are pinned here: the tree is what readers see on the site.
 */
import { describe, expect, it } from 'vitest';
import { bodyBlocks, type Block } from '../../../src/lib/body/blocks.ts';
import { parseBody, type BodyFormat } from '../../../src/lib/body/parse.ts';

const NAMES: Record<string, string> = { '2021/OP0': 'Basisvaardigheden', '2017/OP0': 'Oude naam' };

function blocks(text: string, format: BodyFormat = 'markdown'): Block[] {
  const parsed = parseBody(text, format);
  if (parsed.error) throw new Error(parsed.error.message);
  return bodyBlocks(parsed.tree, { standardName: (code, editie) => NAMES[`${editie ?? '2021'}/${code}`] });
}

describe('bodyBlocks: text', () => {
  it('paragraphs as runs of bold and italic text; soft line breaks and double spaces are one space', () => {
    expect(blocks('Een **vette** en *schuine*\nregel  met ***beide***.\n\nTweede alinea.')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Een ' }, { text: 'vette', bold: true }, { text: ' en ' }, { text: 'schuine', italic: true }, { text: ' regel met ' }, { text: 'beide', italic: true, bold: true }, { text: '.' }] },
      { kind: 'paragraph', runs: [{ text: 'Tweede alinea.' }] },
    ]);
  });

  it('links keep their text (in its style), images their alt text, code its code; escapes and entities are read', () => {
    expect(blocks('Zie [**de gids**](/gids/), ![Een klas](/images/klas.jpg), `**niet vet**`, 5 \\* 3 en R&amp;D.')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Zie ' }, { text: 'de gids', bold: true }, { text: ', Een klas, **niet vet**, 5 * 3 en R&D.' }] },
    ]);
  });

  it('headings (also underlined ones) as plain text with their level', () => {
    expect(blocks('## Een *kop*\n\nKop drie\n---\n\n#### Diep')).toEqual([
      { kind: 'heading', level: 2, text: 'Een kop' },
      { kind: 'heading', level: 2, text: 'Kop drie' },
      { kind: 'heading', level: 4, text: 'Diep' },
    ]);
  });

  it('numbered lists count as the page does, from their first number; bullets get •', () => {
    expect(blocks('1. een\n1. twee\n\nTussen\n\n3. drie\n4. vier\n\n- los')).toEqual([
      { kind: 'item', marker: '1.', runs: [{ text: 'een' }] },
      { kind: 'item', marker: '2.', runs: [{ text: 'twee' }] },
      { kind: 'paragraph', runs: [{ text: 'Tussen' }] },
      { kind: 'item', marker: '3.', runs: [{ text: 'drie' }] },
      { kind: 'item', marker: '4.', runs: [{ text: 'vier' }] },
      { kind: 'item', marker: '•', runs: [{ text: 'los' }] },
    ]);
  });

  it('a second paragraph in an item follows it; a nested list becomes items of its own', () => {
    expect(blocks('- een\n\n  nog meer\n  - genest\n- twee')).toEqual([
      { kind: 'item', marker: '•', runs: [{ text: 'een' }] },
      { kind: 'paragraph', runs: [{ text: 'nog meer' }] },
      { kind: 'item', marker: '•', runs: [{ text: 'genest' }] },
      { kind: 'item', marker: '•', runs: [{ text: 'twee' }] },
    ]);
  });

  it('raw HTML prints its text: <br> is a space, comments and rules print nothing', () => {
    expect(blocks('regel een<br>regel twee, m<sup>2</sup> <!-- notitie -->\n\n<!-- los commentaar -->\n\n***\n\n> geciteerd')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'regel een regel twee, m2' }] },
      { kind: 'paragraph', runs: [{ text: 'geciteerd' }] },
    ]);
  });

  it('a table prints a line per row, the header bold', () => {
    expect(blocks('| Wie | Wat |\n|---|---|\n| team | *kijkt* |')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Wie', bold: true }, { text: ' | ' }, { text: 'Wat', bold: true }] },
      { kind: 'paragraph', runs: [{ text: 'team | ' }, { text: 'kijkt', italic: true }] },
    ]);
  });
});

describe('bodyBlocks: MDX components', () => {
  it('Callout: an info box, a warn box for type="let-op", with the site\'s default title', () => {
    expect(blocks('<Callout title="Geen oordeel">\nTekst\n</Callout>\n\n<Callout type="let-op">\n- punt\n</Callout>\n\n<Callout>\n## Kop\n</Callout>', 'mdx')).toEqual([
      { kind: 'box', variant: 'info', title: 'Geen oordeel', blocks: [{ kind: 'paragraph', runs: [{ text: 'Tekst' }] }] },
      { kind: 'box', variant: 'warn', title: 'Let op', blocks: [{ kind: 'item', marker: '•', runs: [{ text: 'punt' }] }] },
      { kind: 'box', variant: 'info', title: 'Goed om te weten', blocks: [{ kind: 'heading', level: 2, text: 'Kop' }] },
    ]);
  });

  it('ZoDoenWijHet: an ok box titled with the school', () => {
    expect(blocks('<ZoDoenWijHet school="Het Baken, Lelystad">\nWe kijken **samen**.\n</ZoDoenWijHet>', 'mdx')).toEqual([
      { kind: 'box', variant: 'ok', title: 'Zo doen wij het – Het Baken, Lelystad', blocks: [{ kind: 'paragraph', runs: [{ text: 'We kijken ' }, { text: 'samen', bold: true }, { text: '.' }] }] },
    ]);
  });

  it('Quote: italic paragraphs between curly quotes, name and role below', () => {
    expect(blocks("<Quote name='Mehmet Yildiz' role='docent'>\nEerste zin.\n\nTweede **zin**.\n</Quote>\n\n<Quote name=\"Anoniem\">\nKort.\n</Quote>", 'mdx')).toEqual([
      {
        kind: 'box',
        variant: 'quote',
        caption: '– Mehmet Yildiz, docent',
        blocks: [
          { kind: 'paragraph', runs: [{ text: '“Eerste zin.', italic: true }] },
          { kind: 'paragraph', runs: [{ text: 'Tweede ', italic: true }, { text: 'zin', italic: true, bold: true }, { text: '.”', italic: true }] },
        ],
      },
      { kind: 'box', variant: 'quote', caption: '– Anoniem', blocks: [{ kind: 'paragraph', runs: [{ text: '“Kort.”', italic: true }] }] },
    ]);
  });

  it('Standaard: code and name from the edition given, else the default; inside bold it is bold; unknown prints the code', () => {
    expect(blocks('Bij **<Standaard code="OP0" />** en <Standaard code="OP0" editie="2017" /> en <Standaard code="XX9" />.\n\n<Standaard code="OP0" />', 'mdx')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Bij ' }, { text: 'OP0 Basisvaardigheden', bold: true }, { text: ' en OP0 Oude naam en XX9.' }] },
      { kind: 'paragraph', runs: [{ text: 'OP0 Basisvaardigheden' }] },
    ]);
  });

  it('Figure prints its caption, else its alt text; comments print nothing', () => {
    expect(blocks('<Figure src="/images/a.png" alt="Een klas" caption="Groep 8 aan het werk" />\n\n<Figure src="/images/b.png" alt="Een plein" />\n\n{/* notitie */}', 'mdx')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Groep 8 aan het werk' }] },
      { kind: 'paragraph', runs: [{ text: 'Een plein' }] },
    ]);
  });

  it('a box inside a box prints as its title, text and caption inside the outer box', () => {
    expect(blocks('<Callout title="Buiten">\n<Quote name="Piet">\nBinnen.\n</Quote>\n</Callout>', 'mdx')).toEqual([
      {
        kind: 'box',
        variant: 'info',
        title: 'Buiten',
        blocks: [
          { kind: 'paragraph', runs: [{ text: '“Binnen.”', italic: true }] },
          { kind: 'paragraph', runs: [{ text: '– Piet' }] },
        ],
      },
    ]);
  });
});

describe('bodyBlocks: footnotes', () => {
  it('are numbered by first reference, as on the page, and printed at the end', () => {
    expect(blocks('Zie de wet[^wet] en[^b].\n\n[^b]: Tweede, zie ook[^c].\n\n[^wet]: De *wet*.\n\n[^c]: Derde.\n\nNa.')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Zie de wet[1] en[2].' }] },
      { kind: 'paragraph', runs: [{ text: 'Na.' }] },
      { kind: 'item', marker: '1.', runs: [{ text: 'De ' }, { text: 'wet', italic: true }, { text: '.' }] },
      { kind: 'item', marker: '2.', runs: [{ text: 'Tweede, zie ook[3].' }] },
      { kind: 'item', marker: '3.', runs: [{ text: 'Derde.' }] },
    ]);
  });
});
