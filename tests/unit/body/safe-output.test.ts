/** Pure guards for what pages write: hrefs, JSON-LD, media references, preview status, raw HTML decided on the parsed tree. */
import { describe, expect, it } from 'vitest';
import { analyseBody, parseBody, unsafeBodyProblems } from '../../../src/lib/body/index.ts';
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

describe('raw HTML, decided on the tree a browser parses', () => {
  const verdict = (body: string) => unsafeBodyProblems(body, 'markdown').map((p) => `${p.line}: ${p.message}`);

  it.each(['H<sub>2</sub>O en m<sup>2</sup>', 'regel<br>regel<br/>', '<abbr title="primair onderwijs">po</abbr>', '<!-- opmerking voor de redactie -->', 'Tekst <!-- ook hier --> verder'])('allows %s', (body) =>
    expect(verdict(body)).toEqual([]),
  );

  it.each([
    ['<sup onclick="x">1</sup>', '<sup onclick>'],
    ['x <abbr title="x" onmouseover="y">a</abbr>', '<abbr onmouseover>'],
    ["<abbr title='x' class=\"y\">a</abbr>", '<abbr class>'],
    ['<b>vet</b> tekst', '<b>'],
    ['<svg onload=alert(1)>', '<svg>'],
    ['<br style="x">', '<br style>'],
    ['<!-- a --><script>x</script>', '<script>'],
    // Comments a browser closes early: what follows them is HTML again.
    ['<!--><img src=x onerror=alert(1)>-->', '<img>'],
    ['<!---><img src=x onerror=alert(1)>-->', '<img>'],
    ['<!-- x --!><img src=x onerror=alert(1)> -->', '<img>'],
    ['<![CDATA[ ><img src=x onerror=alert(1)> ]]>', '<img>'],
    ['<? ><img src=x onerror=alert(1)> ?>', '<img>'],
    // A tag split over lines, entities in the name of an attribute's value.
    ['<img\nsrc=x\nonerror=alert(1)>', '<img>'],
    ['Tekst <a href="jav&#x61;script:alert(1)">x</a>', '<a>'],
    // Tags a browser's tree builder merges into the page or drops are judged as typed.
    ['<body onload="alert(1)">', '<body>'],
    ['<html onclick="alert(1)">', '<html>'],
    ['Tekst </div> verder', '</div>'],
  ])('refuses %j, naming %s', (body, tag) => {
    expect(verdict(body).join('\n')).toContain(`HTML-code (${tag}) is niet toegestaan`);
  });

  it('names a comment a browser closes early, and one that is never closed', () => {
    expect(verdict('<!-- notitie --!> zichtbaar -->')).toEqual(['1: deze opmerking sluit een browser eerder af dan bij -->, zodat tekst erna op de pagina komt; schrijf een opmerking als <!-- tekst -->']);
    expect(verdict('Tekst.\n\n<!-- notitie\n\nmeer')).toEqual(['3: deze opmerking wordt niet afgesloten: zet --> aan het eind, anders verdwijnt alle tekst erna']);
  });

  it('names the line of the element, also inside a block of several lines', () => {
    expect(verdict('Tekst.\n\n<div>\nregel\n<img src=x onerror=alert(1)>\n</div>')).toEqual([
      '3: HTML-code (<div>) is niet toegestaan in de tekst; gebruik Markdown of een onderdeel',
      '5: HTML-code (<img>) is niet toegestaan in de tekst; gebruik Markdown of een onderdeel',
    ]);
  });

  it('a component in a .md file', () => {
    expect(verdict('<Callout type="info">x</Callout>')).toEqual(['1: onderdelen zoals <Callout> werken alleen in een .mdx-bestand; hernoem het bestand naar .mdx']);
  });

  it('an unsafe Markdown link is named once, by the Markdown analyser', () => {
    expect(verdict('[a](javascript:alert(1))')).toEqual(['1: link of afbeelding "javascript:alert(1)" is niet toegestaan: gebruik een webadres (https://...), mailto: of een pad op deze site (/...)']);
  });
});

describe('images need alt text, or say they are decoration', () => {
  it('an image without alt text is an error the build refuses', () => {
    const [problem] = unsafeBodyProblems('Tekst.\n\n![](/images/klas.png)\n', 'markdown');
    expect(problem).toEqual({
      line: 3,
      severity: 'error',
      message: 'afbeelding /images/klas.png heeft geen alt-tekst: beschrijf tussen [ en ] wat erop staat, of schrijf [decoratief] als de afbeelding alleen versiering is',
    });
    expect(unsafeBodyProblems('![ ][foto]\n\n[foto]: /images/klas.png\n', 'markdown')).toHaveLength(1);
  });

  it('[decoratief] is allowed', () => {
    expect(unsafeBodyProblems('![decoratief](/images/rand.png) en ![Decoratief ](/images/rand.png)\n', 'markdown')).toEqual([]);
  });
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
    const found = analyseBody(parsed.tree!);
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
