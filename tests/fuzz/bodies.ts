/**
 * Bodies an editor or an attacker might write, for the differential fuzz tests
 * (tests/unit/body/differential-fuzz.test.ts, tests/e2e/fuzz-in-browser.test.ts): Markdown,
 * raw HTML (with the tricks that fooled filters: comments a browser ends early, CDATA, `<?`,
 * mXSS nesting, tags split over lines), entities, MDX code and links with `javascript:`-like
 * URLs hidden behind entities, case, whitespace and control characters. Every payload calls
 * something the browser test watches: a dialog, the `kpRan()` sentinel, or a request to /kp-pwned.
 */
import fc from 'fast-check';

export const PAYLOADS = ['alert(1)', 'kpRan()', 'top.kpRan()', "fetch('/kp-pwned')", 'import(`/kp-pwned`)'] as const;
const payload = fc.constantFrom(...PAYLOADS);

/** Ways to write "javascript:" that some parser decodes and a naive filter does not. */
const SCHEME_SPELLINGS = [
  'javascript:',
  'JaVaScRiPt:',
  ' \tjavascript:',
  'java\tscript:',
  'java\nscript:',
  'java\u0000script:',
  '\u0001javascript:',
  'jav&#x61;script&colon;',
  'jav&#97;script:',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;',
  '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A',
  'java&Tab;script:',
  'java&NewLine;script:',
  'javascript&#x3A;',
  '%6Aavascript:',
  'vbscript:',
  'livescript:',
  'data:text/html,<script>kpRan()</script>;',
  'data:image/svg+xml,<svg onload=kpRan()>;',
];
const SAFE_URLS = ['https://www.onderwijsinspectie.nl/', 'http://voorbeeld.example/a?b=c', 'mailto:kennis@example.nl', '/themas/', '#inhoud', '?q=lezen', '/images/klas.png'];

export const unsafeUrl = fc.tuple(fc.constantFrom(...SCHEME_SPELLINGS), payload).map(([scheme, code]) => scheme + code);
export const url = fc.oneof({ weight: 2, arbitrary: unsafeUrl }, { weight: 3, arbitrary: fc.constantFrom(...SAFE_URLS) });

const word = fc.constantFrom('lezen', 'school', 'Leerlingen', 'groep 5', 'kwaliteit', 'en', 'de', 'x', '1', 'ĳ', 'ü', '"', "'", '`', '<', '>', '&', '*', '_', '|', '\\', '{', '}', '[', ']');
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

const markdown = fc.oneof(
  words,
  words.map((w) => `# ${w}`),
  words.map((w) => `- ${w}`),
  words.map((w) => `> ${w}`),
  words.map((w) => `*${w}* en **${w}**`),
  words.map((w) => `\`${w}\``),
  words.map((w) => `| a | b |\n|:--|--:|\n| ${w} | 2 |`),
  words.map((w) => `\`\`\`js\n${w}\n\`\`\``),
  fc.tuple(words, url).map(([w, u]) => `[${w}](${u})`),
  fc.tuple(words, url).map(([w, u]) => `[${w}](<${u}>)`),
  url.map((u) => `<${u}>`),
  fc.tuple(fc.constantFrom('', 'decoratief', 'Leerlingen lezen samen'), url).map(([alt, u]) => `![${alt}](${u})`),
  fc.tuple(words, url).map(([w, u]) => `[${w}][r]\n\n[r]: ${u}`),
  words.map((w) => `Tekst[^1]\n\n[^1]: ${w}`),
);

const TAGS = ['script', 'img', 'body', 'html', 'head', 'frameset', 'image', 'isindex', 'keygen', 'svg', 'math', 'iframe', 'a', 'sup', 'sub', 'br', 'abbr', 'div', 'p', 'b', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template', 'object', 'embed', 'form', 'button', 'input', 'details', 'video', 'select', 'base', 'meta', 'link', 'plaintext', 'noembed', 'table', 'IMG', 'SuP', 'Callout'];
const ATTRIBUTES = ['onerror', 'onload', 'onclick', 'ontoggle', 'onfocus', 'onbegin', 'ONERROR', 'href', 'src', 'srcdoc', 'formaction', 'action', 'data', 'xlink:href', 'style', 'title', 'open', 'autofocus', 'http-equiv', 'content'];
const attributeValue = fc.oneof(payload, url, fc.constantFrom('x', '', '"><img src=x onerror=kpRan()>', '0;url=javascript:kpRan()', '<script>kpRan()</script>'));
const attribute = fc.tuple(fc.constantFrom(...ATTRIBUTES), attributeValue, fc.constantFrom('"', "'", '', '`')).map(([n, v, q]) => `${n}=${q}${v}${q}`);
const openTag = fc
  .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 2 }), fc.constantFrom(' ', '/', '\n', '\t'), fc.constantFrom('>', '/>', ''))
  .map(([tag, attrs, gap, end]) => `<${tag}${attrs.map((a) => gap + a).join('')}${end}`);
const closeTag = fc.constantFrom(...TAGS).map((t) => `</${t}>`);

/** Known mutation-XSS shapes: nesting that parsers re-arrange so a filter's view and a browser's differ. */
const MXSS = [
  '<math><mtext><table><mglyph><style><img src=x onerror=kpRan()>',
  '<noscript><p title="</noscript><img src=x onerror=kpRan()>">',
  '<svg><style><img src=x onerror=kpRan()></style></svg>',
  '<template><img src=x onerror=kpRan()></template>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=kpRan()>',
  '<textarea></textarea><img src=x onerror=kpRan()>',
  '<title><img src=x onerror=kpRan()></title>',
  '<iframe srcdoc="<script>kpRan()</script>"></iframe>',
  '<a href="jav&#x09;ascript:kpRan()">x</a>',
  '<img/src=x/onerror=kpRan()>',
  '<img\nsrc=x\nonerror=kpRan()>',
  '<svg><a xlink:href="javascript:kpRan()"><text>x</text></a></svg>',
  '<details open ontoggle=kpRan()>',
  '<input autofocus onfocus=kpRan()>',
  '<meta http-equiv="refresh" content="0;url=javascript:kpRan()">',
  '<base href="javascript:kpRan()//">',
  '<sup onclick=kpRan()>1</sup>',
  '<abbr title="x" onmouseover=kpRan()>po</abbr>',
  '<abbr title="</abbr><img src=x onerror=kpRan()>">po</abbr>',
];
const COMMENTS = ['<!-- notitie -->', '<!-->', '<!--->', '<!-- x --!>', '--!>', '<!--', '-->', '<!--!>', '<!-- a -- b -->', '<!', '<?x ', '?>', '<![CDATA[', ']]>', '<!DOCTYPE html>', '<!-- <!-- -->'];
const ALLOWED_HTML = ['H<sub>2</sub>O', 'm<sup>2</sup>', 'regel<br>regel', '<br/>', '<abbr title="primair onderwijs">po</abbr>', '<abbr title="a &amp; b">ab</abbr>'];
const ENTITIES = ['&lt;script&gt;kpRan()&lt;/script&gt;', '&#60;img src=x onerror=kpRan()&#62;', '&amp;', '&#x3C;', '&nbsp;', '&bogus;', '&#0;', '&#x110000;', '&lt;!--'];
const MDX = ['{kpRan()}', '{/* notitie */}', "import x from '/kp-pwned'", 'export const a = kpRan()', '<Callout>', '</Callout>', '<Callout type="info" title="Let op">', '<Standaard code="OP0" />', '<Figure src="/images/klas.png" alt="Leerlingen lezen samen" />', '<Callout onClick={() => kpRan()}>', '<Quote name="Jan">', '</Quote>', '{...props}', '<sup>', '</sup>', '<img src="x" onError={kpRan} />'];

const html = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ALLOWED_HTML) },
  { weight: 3, arbitrary: fc.constantFrom(...COMMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(...MXSS) },
  { weight: 2, arbitrary: openTag },
  { weight: 1, arbitrary: closeTag },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...COMMENTS), openTag, fc.constantFrom(...COMMENTS)).map((p) => p.join('')) },
);

const fragment = fc.oneof(
  { weight: 6, arbitrary: markdown },
  { weight: 4, arbitrary: html },
  { weight: 1, arbitrary: fc.constantFrom(...ENTITIES) },
  { weight: 1, arbitrary: fc.constantFrom(...MDX) },
);
const separator = fc.constantFrom(' ', '\n', '\n\n', '');

/** A body: fragments joined by spaces, line breaks or blank lines (which decide Markdown's blocks). */
export const body = fc.array(fc.tuple(fragment, separator), { minLength: 1, maxLength: 8 }).map((parts) => `${parts.map(([f, s]) => f + s).join('')}\n`);
export const format = fc.constantFrom<'markdown' | 'mdx'>('markdown', 'markdown', 'mdx');
