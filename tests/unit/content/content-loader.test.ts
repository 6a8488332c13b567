import { describe, expect, it } from 'vitest';
// Astro's own id function, as its glob loader calls it (astro/dist/content/loaders/glob.js).
import { getContentEntryIdAndSlug } from '../../../node_modules/astro/dist/content/utils.js';
import { entryId, isIgnored } from '../../../src/lib/content/loader.ts';
import { parseContentSource } from '../../../src/lib/content/source.ts';
import { urlProblem } from '../../../src/schemas/common.ts';
import { dateProblem } from '../../../src/core/dates.ts';
import { parseVtt } from '../../../src/lib/media/vtt.ts';
import { referenceBlocker } from '../../../src/lib/content/visibility.ts';

const TRICKY = [
  'lezen-in-groep-5.md',
  'Lezen In Groep 5.md',
  'Lezen & Schrijven_2 (groep 5).md',
  'één-school.md',
  'Café naïeve coördinatie.mdx',
  '2021/OP0.yaml',
  '2021/op0.yaml',
  'map met spatie/Index.md',
  'thema/index.md',
  'a.b.c.md',
  'vraag?-en-antwoord!.md',
  'hoofdstuk#2.md',
  'procent%20teken.md',
  "school's-aanpak.md",
  'dubbel--streepje.md',
  '  spaties rond  .md',
  'ÅÄÖ-Straße.md',
  '日本語.md',
];

describe('content loader', () => {
  it.each(TRICKY)('id of %s is the one Astro gives', (rel) => {
    const base = new URL('file:///kp/content/practices/');
    const { slug } = getContentEntryIdAndSlug({ entry: new URL(encodeURI(rel), base), contentDir: base, collection: '' });
    expect(entryId(rel)).toBe(slug);
  });

  it('ignores files and folders that start with _', () => {
    expect(isIgnored('_notities.md')).toBe(true);
    expect(isIgnored('_oud/lezen.md')).toBe(true);
    expect(isIgnored('lezen_2.md')).toBe(false);
  });

  it('reads a file saved with a byte order mark', () => {
    const s = parseContentSource('\uFEFF---\ntitle: Hallo wereld\n---\nTekst', false);
    expect(s.syntaxErrors).toEqual([]);
    expect(s.data).toEqual({ title: 'Hallo wereld' });
  });

  it('keeps dates as written, so the schema can refuse 2026-02-30', () => {
    expect(parseContentSource('d: 2026-02-30', true).data).toEqual({ d: '2026-02-30' });
  });
});

describe('dates', () => {
  it.each([
    ['2026-02-28', undefined],
    ['2028-02-29', undefined],
    ['2026-02-29', 'die dag bestaat niet: februari 2026 heeft 28 dagen'],
    ['2026-04-31', 'die dag bestaat niet: april 2026 heeft 30 dagen'],
    ['2026-13-05', 'er is geen maand 13; de maand is 01 tot en met 12'],
    ['2026-00-10', 'er is geen maand 0; de maand is 01 tot en met 12'],
    ['05-03-2026', 'schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01 (jaar eerst)'],
  ])('%s', (value, problem) => expect(dateProblem(value)).toBe(problem));
});

describe('URLs', () => {
  it.each([
    ['https://www.onderwijsinspectie.nl/onderwerpen', undefined],
    ['http://www.onderwijsinspectie.nl/x', 'gebruik een beveiligd adres: https://www.onderwijsinspectie.nl/x'],
    ['javascript:alert(1)', 'alleen webadressen die beginnen met https:// zijn toegestaan'],
    ['JaVaScRiPt:alert(1)', 'alleen webadressen die beginnen met https:// zijn toegestaan'],
    ['data:text/html,<script>alert(1)</script>', 'alleen webadressen die beginnen met https:// zijn toegestaan'],
    ['vbscript:msgbox(1)', 'alleen webadressen die beginnen met https:// zijn toegestaan'],
    ['file:///etc/passwd', 'alleen webadressen die beginnen met https:// zijn toegestaan'],
    ['https://gebruiker:geheim@voorbeeld.nl/', 'een webadres met een naam of wachtwoord erin is niet toegestaan'],
    ['www.voorbeeld.nl', 'moet een volledig webadres zijn dat begint met https://'],
  ])('%s', (value, problem) => expect(urlProblem(value)).toBe(problem));
});

describe('visibility of references', () => {
  const now = new Date('2026-11-23T00:00:00Z');
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  it('allows what is online, and what appears no later than the item itself', () => {
    expect(referenceBlocker({ publishDate: day('2026-01-01') }, { publishDate: day('2025-01-01') }, now)).toBeUndefined();
    expect(referenceBlocker({ publishDate: day('2027-02-01') }, { publishDate: day('2027-01-01') }, now)).toBeUndefined();
    expect(referenceBlocker({ draft: true }, { draft: true }, now)).toBeUndefined();
  });
  it('refuses drafts and items that appear later', () => {
    expect(referenceBlocker({}, { draft: true }, now)).toEqual({ kind: 'draft' });
    expect(referenceBlocker({}, { publishDate: day('2027-01-01') }, now)).toEqual({ kind: 'later', date: day('2027-01-01') });
    expect(referenceBlocker({ publishDate: day('2026-12-01') }, { publishDate: day('2027-01-01') }, now)).toEqual({ kind: 'later', date: day('2027-01-01') });
  });
});

describe('WebVTT', () => {
  it('a character reference beyond U+10FFFF does not crash', () => {
    const text = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Anna>Hallo &#x110000; en &#99999999999; en &#xD800;\n';
    expect(() => parseVtt(text)).not.toThrow();
  });
});
