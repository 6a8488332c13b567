/**
 * Phone numbers in bodies become tel: links in the build: found in text as Dutch readers write
 * them, rendered through the build's own Markdown processor (astro.config.mjs).
 */
import { describe, expect, it } from 'vitest';
import { phoneNumbersIn } from '../../../src/lib/body/phone-links.ts';
import { renderAsBuilt } from '../../fuzz/render.ts';

const found = (text: string) => phoneNumbersIn(text).map((s) => [text.slice(s.start, s.end), s.e164]);

describe('phone numbers in text', () => {
  it('finds the numbers Dutch readers write, with their E.164 form', () => {
    expect(found('Bel het Loket: 088 669 60 60 (werkdagen).')).toEqual([['088 669 60 60', '+31886696060']]);
    expect(found('de vertrouwensinspecteur: 0900 111 3 111, of 0900-1113111.')).toEqual([
      ['0900 111 3 111', '+319001113111'],
      ['0900-1113111', '+319001113111'],
    ]);
    expect(found('Bel (030) 123 45 67 of +31 6 1234 5678.')).toEqual([
      ['(030) 123 45 67', '+31301234567'],
      ['+31 6 1234 5678', '+31612345678'],
    ]);
  });

  it('leaves years, counts, times and digits without a trunk 0 alone', () => {
    for (const text of ['in 2021-2022 en op 1 augustus 2023', '12.345 leerlingen, 100 200 300 euro', 'van 8.00 tot 17.00 uur', 'BRIN 12AB, groep 8']) expect(found(text)).toEqual([]);
  });
});

describe('phone numbers in a built body', () => {
  it('links a number, also in bold, and keeps the text around it', async () => {
    const html = await renderAsBuilt('Bel de vertrouwensinspecteur: **0900 111 3 111** (lokaal tarief) of het Loket op 088 669 60 60.', 'markdown');
    // Non-breaking spaces inside the link: a number never wraps over two lines on a phone.
    expect(html).toContain('<strong><a href="tel:+319001113111">0900\u00a0111\u00a03\u00a0111</a></strong> (lokaal tarief)');
    expect(html).toContain('het Loket op <a href="tel:+31886696060">088\u00a0669\u00a060\u00a060</a>.');
  });

  it('does not put a link inside a link or in quoted code', async () => {
    const html = await renderAsBuilt('[Loket 088 669 60 60](https://www.onderwijsinspectie.nl/contact) en `0900 111 3 111`.', 'markdown');
    expect(html).not.toContain('tel:');
  });

  it('links numbers in MDX bodies too', async () => {
    const html = await renderAsBuilt('<Callout title="Vragen?">\n\nBel **088 669 60 60**.\n\n</Callout>', 'mdx');
    expect(html).toContain('<a href="tel:+31886696060">088\u00a0669\u00a060\u00a060</a>');
  });
});
