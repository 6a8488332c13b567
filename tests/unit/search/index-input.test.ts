/** What the search index reads of a page (src/lib/search/index-input.ts), against HTML that fools a regular expression. */
import { describe, expect, it } from 'vitest';
import { indexInput } from '../../../src/lib/search/index-input.ts';

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="nl" class="x"><head><meta charset="utf-8"><title>Titel | Site</title>${head}</head><body>${body}</body></html>`;
const read = (html: string) => {
  const input = indexInput(html);
  if (!input) throw new Error('geen invoer');
  return input;
};
/** A page with an empty head around this body. */
const readBody = (body: string) => read(page('', body));

describe('indexInput', () => {
  it('keeps html lang, the title and the body element, and drops head, navigation, footer and inline CSS', () => {
    const input = read(
      page(
        '<style>body{color:red}</style><link rel="stylesheet" href="/a.css"><script>var x = 1;</script>',
        '<header><nav><a href="/">Home</a></nav></header><main><article data-pagefind-body><h1>Lezen</h1><p>Meer leestijd.</p></article></main><footer>Voet</footer>',
      ),
    );
    expect(input.document).toBe('<!DOCTYPE html><html lang="nl" class="x"><head><title>Titel | Site</title></head><body><article data-pagefind-body><h1>Lezen</h1><p>Meer leestijd.</p></article></body></html>');
    expect(input.text).toBe('Lezen Meer leestijd.');
    expect(input.document.slice(input.bodyEnd)).toBe('</article></body></html>');
  });

  it('is undefined for a page without a body to index, also when only a comment or script names the attribute', () => {
    expect(indexInput(page('', '<p>Geen zoekpagina</p>'))).toBeUndefined();
    expect(indexInput(page('', '<!-- <div data-pagefind-body> --><p>x</p>'))).toBeUndefined();
    expect(indexInput(page('<script>document.write("<div data-pagefind-body>")</script>', '<p>x</p>'))).toBeUndefined();
    expect(indexInput(page('', '<p title="data-pagefind-body">x</p>'))).toBeUndefined();
  });

  it('does not take a comment holding data-pagefind-body for the body element', () => {
    const input = readBody('<!-- <section data-pagefind-body>nep</section> --><div>menu</div><section data-pagefind-body>Echt</section>');
    expect(input.text).toBe('Echt');
    expect(input.document).not.toContain('nep');
    expect(input.document).not.toContain('menu');
  });

  it("reads an attribute value with '>' in quotes as part of the tag", () => {
    const input = readBody('<article data-pagefind-body data-note="a > b" title=\'<p>\'><p>Tekst</p></article><p>Daarna</p>');
    expect(input.text).toBe('Tekst');
    expect(input.document).toContain('<article data-pagefind-body data-note="a > b" title=\'<p>\'><p>Tekst</p></article>');
    expect(input.document).not.toContain('Daarna');
  });

  it('ends the body at its own end tag past nested elements of the same name', () => {
    const input = readBody('<article class="kaart">kaart</article><article data-pagefind-body><h1>Titel</h1><article>binnen</article><p>na</p></article><article>voet</article>');
    expect(input.text).toBe('Titel binnen na');
    expect(input.document.slice(input.document.indexOf('<article data-pagefind-body>'), input.bodyEnd)).toBe('<article data-pagefind-body><h1>Titel</h1><article>binnen</article><p>na</p>');
    expect(input.document).not.toContain('voet');
    expect(input.document).not.toContain('kaart');
  });

  it('leaves ignored regions out of the text but in the document, and drops ignore="all" regions from both', () => {
    const input = readBody(
      '<article data-pagefind-body><p>Eigen</p><div data-pagefind-ignore><p>Meta</p><dl><dt>Soort</dt><dd>Podcast</dd></dl></div><p data-pagefind-ignore="index">Index</p>' +
        '<section data-pagefind-ignore="all"><h2>Ook interessant</h2><span data-pagefind-filter="thema:Weg"></span><section><p>diep</p></section></section><p>Slot</p></article>',
    );
    expect(input.text).toBe('Eigen Slot');
    expect(input.document).toContain('<div data-pagefind-ignore><p>Meta</p>');
    expect(input.document).not.toContain('Ook interessant');
    expect(input.document).not.toContain('diep');
    expect(input.filters).toEqual([]);
    expect(input.document).toContain('<p data-pagefind-ignore="index">Index</p><p>Slot</p></article>');
  });

  it('keeps elements with data-pagefind-meta, -filter, -sort and -weight wherever they stand, whole, in page order', () => {
    const input = read(
      page(
        '<meta data-pagefind-default-meta="image[content]" content="/og.png" property="og:image">',
        '<div data-pagefind-filter="sector:Po"><b>sector</b></div><nav><span data-pagefind-meta="rubriek">Nieuws &amp; meer</span></nav>' +
          '<article data-pagefind-body data-pagefind-meta="type:Podcast"><h1>T</h1></article><aside><span data-pagefind-sort="datum:2025-01-01"></span><p data-pagefind-weight="2">x</p></aside>' +
          '<aside data-pagefind-ignore="all"><span data-pagefind-meta="weg:ja"></span></aside>',
      ),
    );
    expect(input.document).toBe(
      '<!DOCTYPE html><html lang="nl" class="x"><head><title>Titel | Site</title><meta data-pagefind-default-meta="image[content]" content="/og.png" property="og:image"></head><body>' +
        '<div data-pagefind-filter="sector:Po"><b>sector</b></div><span data-pagefind-meta="rubriek">Nieuws &amp; meer</span>' +
        '<article data-pagefind-body data-pagefind-meta="type:Podcast"><h1>T</h1></article><span data-pagefind-sort="datum:2025-01-01"></span><p data-pagefind-weight="2">x</p></body></html>',
    );
    expect(input.meta).toEqual([['type', 'Podcast']]);
    expect(input.filters).toEqual([['sector', 'Po']]);
  });

  it('keeps h1 and img outside the body (Pagefind takes its automatic title and image from them)', () => {
    const input = readBody('<header><img src="/logo.png" alt="Logo"><h1>Site</h1></header><article data-pagefind-body><p>Tekst</p></article><footer><img src="/voet.png"></footer>');
    expect(input.document).toContain('<body><img src="/logo.png" alt="Logo"><h1>Site</h1><article data-pagefind-body>');
    expect(input.document).toContain('</article><img src="/voet.png"></body>');
  });

  it('does not read tags inside script text, CDATA or comments in the body, and leaves scripts and styles out', () => {
    const input = readBody(
      '<article data-pagefind-body><p>Voor</p><script>if (a < b) document.write("</article><p>nep</p>");</script>' +
        '<style>p::after { content: "</article>" }</style><svg><![CDATA[<p>cdata</p>]]><title>icoon</title></svg><!-- </article> --><p>Na</p></article><p>buiten</p>',
    );
    expect(input.text).toBe('Voor Na');
    expect(input.document).not.toContain('nep');
    expect(input.document).not.toContain('<script');
    expect(input.document).not.toContain('<style');
    expect(input.document).not.toContain('buiten');
    expect(input.document).toContain('<p>Na</p></article>');
  });

  it('decodes character references in the text and keeps them as written in the document', () => {
    const input = readBody('<article data-pagefind-body><p>Taal &amp; rekenen&nbsp;in groep&#160;5 &eacute;&eacute;n</p></article>');
    expect(input.text).toBe('Taal & rekenen in groep 5 één');
    expect(input.document).toContain('Taal &amp; rekenen&nbsp;in groep&#160;5 &eacute;&eacute;n');
  });

  it('marks where term labels without a colon end, after their last visible character', () => {
    const input = readBody('<article data-pagefind-body><dl><dt class="a">Plaats </dt><dd>Amersfoort</dd><dt>Regio:</dt><dd>Midden</dd><dt><abbr>PO</abbr></dt><dd>ja</dd><dt> </dt></dl></article>');
    expect(input.labelEnds.map((at) => input.document.slice(at - 6, at + 1))).toEqual(['Plaats ', '/abbr><']);
  });

  it('reads every data-pagefind-body element, as Pagefind does, and puts added terms at the end of the last', () => {
    const input = readBody('<div data-pagefind-body>Een</div><p>tussen</p><div data-pagefind-body>Twee <div data-pagefind-body>drie</div></div>');
    expect(input.text).toBe('Een Twee drie');
    expect(input.document).not.toContain('tussen');
    expect(input.document.slice(input.bodyEnd)).toBe('</div></body></html>');
  });
});
