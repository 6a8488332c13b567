/** Pure guards for what pages write: hrefs, JSON-LD, media references, preview status, the raw HTML allow-list. */
import { describe, expect, it } from 'vitest';
import { analyseBody, parseBody } from '../../../src/lib/body/index.ts';
import { isAllowedRawHtml } from '../../../src/lib/body/raw-html.ts';
import { mediaReferences } from '../../../src/lib/media/media-references.ts';
import { isLocalPath, safeHref, urlScheme } from '../../../src/core/safe-href.ts';
import { jsonForScript } from '../../../src/lib/catalog/structured-data.ts';
import { previewStatus } from '../../../src/lib/content/visibility.ts';

describe('safeHref', () => {
  it.each(['https://www.onderwijsinspectie.nl/', 'http://example.nl/a', 'mailto:kennis@example.nl', '/themas/', '#inhoud', '?q=lezen', 'aflevering-2/', '/media/a:b.pdf'])(
    'lets %s through',
    (url) => expect(safeHref(url)).toBe(url),
  );

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \tjavascript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    'jav&#x61;script&colon;alert(1)',
    'jav&#97;script:alert(1)',
    '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
    'javascript&#x3A;alert(1)',
    'jav&amp;#x61;script:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '\u200bjavascript:alert(1)',
  ])('refuses %j', (url) => expect(safeHref(url)).toBeUndefined());

  it('an empty or missing URL gives no link', () => {
    expect(safeHref('')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
    expect(safeHref('   ')).toBeUndefined();
  });

  it('a character reference beyond U+10FFFF does not crash', () => {
    expect(urlScheme('&#x110000;javascript:x')).toBe('\ufffdjavascript');
  });

  it('isLocalPath: only paths on this site', () => {
    expect(isLocalPath('/images/klas.png')).toBe(true);
    for (const url of ['//evil.example/a.png', '/\\evil.example/a.png', 'https://x.nl/a.png', 'images/a.png']) expect(isLocalPath(url), url).toBe(false);
  });
});

describe('jsonForScript', () => {
  it('no content can close the script element, and JSON readers get the same data back', () => {
    const data = { name: '</script><script>alert(1)</script> & <!-- \u2028\u2029' };
    const out = jsonForScript(data);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(data);
  });
});

describe('mediaReferences', () => {
  it('finds media paths in attributes, XML, absolute URLs and encoded forms', () => {
    const html = '<a href="/media/brochures/lezen.pdf">pdf</a><track src="/media/podcasts/a%201.vtt"><enclosure url="https://kennisplatform.example/media/podcasts/a.mp3"/> /media/x.pdf.';
    expect([...mediaReferences(html)].sort()).toEqual(['/media/brochures/lezen.pdf', '/media/podcasts/a 1.vtt', '/media/podcasts/a.mp3', '/media/x.pdf']);
  });
});

describe('previewStatus', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('says draft, scheduled (with the date) or nothing', () => {
    expect(previewStatus({ draft: true, publishDate: new Date('2026-01-01') }, now)).toEqual({ kind: 'draft' });
    expect(previewStatus({ publishDate: new Date('2027-03-03') }, now)).toEqual({ kind: 'scheduled', date: new Date('2027-03-03') });
    expect(previewStatus({ publishDate: new Date('2026-01-01') }, now)).toBeUndefined();
  });
});

describe('raw HTML allow-list', () => {
  it.each(['<sup>', '</sup>', '<sub>', '<br>', '<br/>', '<abbr title="primair onderwijs">', '<!-- opmerking voor de redactie -->'])('allows %s', (html) => expect(isAllowedRawHtml(html)).toBe(true));
  it.each(['<sup onclick="x">', '<abbr title="x" onmouseover="y">', '<!-- a --><script>x</script>', '<abbr title=\'x\'>', '<b>', '<svg onload=alert(1)>', '<br style="x">'])('refuses %s', (html) =>
    expect(isAllowedRawHtml(html)).toBe(false),
  );
});

describe('analyseBody on a safe body', () => {
  it('finds internal links, images and components, and nothing unsafe', () => {
    const text = [
      'Lees [het thema](/themas/lezen/) en mail [de redactie](mailto:kennis@example.nl).',
      '',
      '![Leerlingen lezen samen](/images/klas.png)',
      '',
      '<Callout type="info" title="Let op">',
      'Tekst met <Standaard code="OP0" />.',
      '</Callout>',
      '',
      '{/* een opmerking */}',
    ].join('\n');
    const parsed = parseBody(text, 'mdx');
    const found = analyseBody(parsed.tree!, 'mdx');
    expect(found.unsafe).toEqual([]);
    expect(found.links).toEqual([
      { url: '/themas/lezen/', line: 1, image: false },
      { url: '/images/klas.png', line: 3, image: true },
    ]);
    expect(found.components.map((c) => [c.name, c.line, Object.fromEntries(c.props)])).toEqual([
      ['Callout', 5, { type: 'info', title: 'Let op' }],
      ['Standaard', 6, { code: 'OP0' }],
    ]);
  });
});
