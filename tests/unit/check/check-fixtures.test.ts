/**
 * One folder per problem under tests/fixtures/broken/<case>/: each is laid over a copy of the
 * valid tests/fixtures/base tree, breaks exactly one thing, and must give exactly one line with
 * the right file, line, field and Dutch text. A worse message is a failing test.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/run.ts';
import { formatProblem } from '../../../src/lib/content/errors.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const BROKEN = join(FIXTURES, 'broken');
const ROOT = join(import.meta.dirname, '../../..');
const NOW = new Date('2026-11-23T12:00:00Z');
const roots: string[] = [];
const tested = new Set<string>();

/** base + the case folder, in a temp dir. */
function fixture(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `kp-broken-${name}-`));
  roots.push(root);
  cpSync(join(FIXTURES, 'base'), root, { recursive: true });
  cpSync(join(BROKEN, name), root, { recursive: true });
  return root;
}

/** Every line `npm run check` would print for the case (errors and warnings). */
async function linesOf(name: string): Promise<string[]> {
  tested.add(name);
  const { problems } = await checkContent({ root: fixture(name), now: NOW });
  const lines = problems.map(formatProblem);
  expect(lines, 'each case breaks exactly one thing').toHaveLength(1);
  return lines;
}

afterAll(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

it('the base fixture has no problems at all', async () => {
  const { problems } = await checkContent({ root: join(FIXTURES, 'base'), now: NOW });
  expect(problems.map(formatProblem)).toEqual([]);
});


describe('schema', () => {
  it('unknown-theme: names an unknown theme and lists the existing ones', async () => {
    expect(await linesOf('unknown-theme')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:5  themes[1]  "lezen" bestaat niet in themes  (toegestaan: basisvaardigheden)",
      ]
    `);
  });

  it('wrong-enum: names a value outside the list and lists what is allowed', async () => {
    expect(await linesOf('wrong-enum')).toMatchInlineSnapshot(`
    [
      "content/practices/lezen-in-groep-5.md:12  school.sector  "basisschool": onbekende sector  (toegestaan: vve, po, sbo, so, vso, vo, pro, mbo, ho)",
    ]
  `);
  });

  it('missing-field: names a missing required field', async () => {
    expect(await linesOf('missing-field')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:1  approach  verplicht veld ontbreekt",
      ]
    `);
  });

  it('end-before-start: catches an end date before the start date', async () => {
    expect(await linesOf('end-before-start')).toMatchInlineSnapshot(`
      [
        "content/frameworks/2021.yaml:5  validUntil  "2020-07-31": validUntil ligt vóór de begindatum",
      ]
    `);
  });

  it('updated-before-published: catches an updatedDate before the publishDate', async () => {
    expect(await linesOf('updated-before-published')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:5  updatedDate  "2026-02-01": updatedDate ligt vóór publishDate (2026-03-01)",
      ]
    `);
  });

  it('missing-alt: requires alt text on an image in the frontmatter', async () => {
    expect(await linesOf('missing-alt')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:22  image.alt  verplicht veld ontbreekt: beschrijf wat op de afbeelding staat (alt-tekst)",
      ]
    `);
  });

  it('image-too-large: refuses an image over 400 kB in the text (served as it is; an item image or <Figure> is resized by the build)', async () => {
    expect(await linesOf('image-too-large')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:25  (tekst)  afbeelding /images/klas.png is 531 kB; dat is te groot voor een snelle pagina  (toegestaan: maximaal 400 kB)",
      ]
    `);
  });

  it('yaml-colon-in-text: explains the colon in a text without quotes', async () => {
    expect(await linesOf('yaml-colon-in-text')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:18  (yaml)  YAML-fout: er staat een dubbele punt in de tekst; zet de hele tekst tussen aanhalingstekens: "..."",
      ]
    `);
  });

  it('yaml-curly-quotes-colon: says that quotes from Word do not count as quotes', async () => {
    expect(await linesOf('yaml-curly-quotes-colon')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:18  (yaml)  YAML-fout: er staat een dubbele punt in de tekst; gekrulde aanhalingstekens (“ ”, uit Word) tellen niet: zet de hele tekst tussen rechte aanhalingstekens: "..."",
      ]
    `);
  });

  it('curly-quotes: a text wholly between curly quotes is a warning (they would be shown); curly quotes inside a text are fine', async () => {
    expect(await linesOf('curly-quotes')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:18  approach  waarschuwing: de tekst staat tussen gekrulde aanhalingstekens (uit Word) en die komen zo op de site; haal ze weg, of zet rechte aanhalingstekens "..." als er een dubbele punt in staat",
      ]
    `);
  });

  it('yaml-syntax: reports a YAML syntax error with its line', async () => {
    expect(await linesOf('yaml-syntax')).toMatchInlineSnapshot(`
    [
      "content/practices/lezen-in-groep-5.md:2  (yaml)  YAML-fout: aanhalingsteken wordt niet afgesloten; zet aan het eind van de tekst hetzelfde teken",
    ]
  `);
  });
});

describe('media', () => {
  it('audio-size-mismatch: gives the real byte size when bytes is wrong', async () => {
    expect(await linesOf('audio-size-mismatch')).toMatchInlineSnapshot(`
      [
        "content/podcasts/aflevering-1.md:17  audio.bytes  3000 klopt niet: /media/podcasts/aflevering-1.mp3 is 3404 bytes  (toegestaan: 3404)",
      ]
    `);
  });

  it('audio-duration-mismatch: gives the real duration when durationSeconds is off by more than a second', async () => {
    expect(await linesOf('audio-duration-mismatch')).toMatchInlineSnapshot(`
      [
        "content/podcasts/aflevering-1.md:18  audio.durationSeconds  95 klopt niet: /media/podcasts/aflevering-1.mp3 duurt 3.2 seconden (0:03)  (toegestaan: 3.2)",
      ]
    `);
  });

  it('missing-media-file: names a media file that is not in public/', async () => {
    expect(await linesOf('missing-media-file')).toMatchInlineSnapshot(`
      [
        "content/podcasts/aflevering-1.md:15  audio.file  bestand /media/podcasts/aflevering-1.mp3 bestaat niet; zet het in public/media/podcasts/aflevering-1.mp3",
      ]
    `);
  });

  it('bad-vtt: reports an invalid WebVTT timing line in the .vtt file itself', async () => {
    expect(await linesOf('bad-vtt')).toMatchInlineSnapshot(`
      [
        "public/media/podcasts/aflevering-1.vtt:6  (webvtt)  ongeldige tijdregel "00:00:01,500 --> 00:00:03,000" (verwacht: 00:00:01.000 --> 00:00:04.000)",
      ]
    `);
  });

  it('transcript-longer-than-audio: catches a transcript that runs past the end of the audio', async () => {
    expect(await linesOf('transcript-longer-than-audio')).toMatchInlineSnapshot(`
      [
        "public/media/podcasts/aflevering-1.vtt:6  (webvtt)  tekst loopt door tot 1:03, maar /media/podcasts/aflevering-1.mp3 duurt 0:03: hoort dit transcript bij een ander bestand?",
      ]
    `);
  });

  it('duplicate-guid: refuses a podcast guid used twice', async () => {
    expect(await linesOf('duplicate-guid')).toMatchInlineSnapshot(`
      [
        "content/podcasts/aflevering-2.md:10  guid  guid "test-podcast-s1e1" wordt ook gebruikt door content/podcasts/aflevering-1.md; kies een ander",
      ]
    `);
  });
});

describe('bodies and components', () => {
  it('broken-link: finds an internal link to a page that does not exist', async () => {
    expect(await linesOf('broken-link')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:23  (tekst)  link naar /themas/lezen/ gaat naar een pagina die niet bestaat",
      ]
    `);
  });

  it('link-to-draft: finds a link from a published item to a draft', async () => {
    expect(await linesOf('link-to-draft')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:23  (tekst)  link naar /goede-voorbeelden/samen-lezen-in-groep-6/ gaat naar een concept (draft: true); die pagina staat nog niet online",
      ]
    `);
  });

  it('unknown-component: names a misspelled component and suggests the right one', async () => {
    expect(await linesOf('unknown-component')).toMatchInlineSnapshot(`
      [
        "content/practices/voorlezen-met-kaders.mdx:25  (tekst)  onbekend onderdeel <Calout>; bedoelt u <Callout>?  (toegestaan: Callout, Quote, Figure, ZoDoenWijHet, Standaard)",
      ]
    `);
  });

  it('unknown-standard-code: names an unknown standard code and lists the codes of the edition', async () => {
    expect(await linesOf('unknown-standard-code')).toMatchInlineSnapshot(`
      [
        "content/practices/voorlezen-met-kaders.mdx:23  (tekst)  <Standaard code="OP9"> bestaat niet in het onderzoekskader 2021  (toegestaan: OP0)",
      ]
    `);
  });

  it('unclosed-component: finds a component that is opened but not closed', async () => {
    expect(await linesOf('unclosed-component')).toMatchInlineSnapshot(`
      [
        "content/practices/voorlezen-met-kaders.mdx:23  (tekst)  <Callout> wordt niet afgesloten: zet </Callout> na de tekst",
      ]
    `);
  });

  it('wrong-component-prop: names a wrong prop value and lists what is allowed', async () => {
    expect(await linesOf('wrong-component-prop')).toMatchInlineSnapshot(`
      [
        "content/practices/voorlezen-met-kaders.mdx:23  (tekst)  <Callout type="waarschuwing">: deze waarde is niet toegestaan  (toegestaan: info, let-op)",
      ]
    `);
  });

  it('markdown-image-without-alt: requires alt text on a Markdown image', async () => {
    expect(await linesOf('markdown-image-without-alt')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:23  (tekst)  afbeelding /images/klas.png heeft geen alt-tekst: beschrijf tussen [ en ] wat erop staat, of schrijf [decoratief] als de afbeelding alleen versiering is",
      ]
    `);
  });

  it('figure-without-alt: requires alt text on <Figure>', async () => {
    expect(await linesOf('figure-without-alt')).toMatchInlineSnapshot(`
      [
        "content/practices/voorlezen-met-kaders.mdx:23  (tekst)  <Figure> mist alt="...": beschrijf wat op de afbeelding staat (alt-tekst)",
      ]
    `);
  });

  it('component-in-md: says components only work in .mdx files', async () => {
    expect(await linesOf('component-in-md')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:23  (tekst)  onderdelen zoals <Callout> werken alleen in een .mdx-bestand; hernoem het bestand naar .mdx",
      ]
    `);
  });

  it('placeholder-text: refuses a published item that still has example text from npm run new', async () => {
    expect(await linesOf('placeholder-text')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:10  (voorbeeldtekst)  hier staat nog voorbeeldtekst van npm run new ("Plaatsnaam"); vervang die, of zet draft: true",
      ]
    `);
  });
});

describe('collections', () => {
  it('duplicate-slug: finds two files with the same id', async () => {
    expect(await linesOf('duplicate-slug')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.mdx:1  (bestandsnaam)  dubbele id "lezen-in-groep-5": ook gebruikt door content/practices/lezen-in-groep-5.md; geef een van de twee bestanden een andere naam",
      ]
    `);
  });

  it('agenda-verschenen-without-item: asks for the item of an agenda entry marked verschenen, listing the ids', async () => {
    expect(await linesOf('agenda-verschenen-without-item')).toMatchInlineSnapshot(`
      [
        "content/agenda/2026.yaml:10  priorities[0].planned[0].item  status is "verschenen" maar item ontbreekt: link naar het verschenen item  (toegestaan: lezen-in-groep-5)",
      ]
    `);
  });
});

describe('warnings (exit code 0)', () => {
  it('theme-without-items: warns about a theme without items', async () => {
    expect(await linesOf('theme-without-items')).toMatchInlineSnapshot(`
      [
        "content/themes/leskwaliteit.md:1  (thema)  waarschuwing: thema heeft nog geen items; koppel minstens één item of haal het thema weg",
      ]
    `);
  });

  it('review-date-passed: warns when the review date has passed', async () => {
    expect(await linesOf('review-date-passed')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:5  reviewBy  waarschuwing: controledatum 2026-09-01 is verstreken: controleer de inhoud en zet een nieuwe datum",
      ]
    `);
  });

  it('vague-link-text: warns about vague link text', async () => {
    expect(await linesOf('vague-link-text')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:23  (tekst)  waarschuwing: linktekst zegt niet waar de link heen gaat; schrijf bijvoorbeeld de titel van de pagina",
      ]
    `);
  });
});

describe('scripts/content/check.ts as CI runs it', () => {
  const run = (root: string) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/content/check.ts'), root], { encoding: 'utf8', timeout: 30_000 });

  it('exits 1 on an error and prints the line and a summary', () => {
    const r = run(fixture('unknown-theme'));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'content/practices/lezen-in-groep-5.md:5  themes[1]  "lezen" bestaat niet in themes  (toegestaan: basisvaardigheden)',
    );
    expect(r.stderr).toMatch(/1 fout en 0 waarschuwingen\. Los de fouten op/);
  });

  it('with --github, also prints each problem as a pull-request annotation', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/content/check.ts'), fixture('broken-link'), '--github'], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      '::error file=content/practices/lezen-in-groep-5.md,line=23,title=npm run check::(tekst): link naar /themas/lezen/ gaat naar een pagina die niet bestaat',
    );
  });

  it('exits 0 with warnings only, and prints them', () => {
    const r = run(fixture('theme-without-items'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('content/themes/leskwaliteit.md:1  (thema)  waarschuwing: ');
  });

  it('exits 0 on valid content and says how long it took', () => {
    const r = run(join(FIXTURES, 'base'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^4 bestanden gecontroleerd in \d+ ms: 0 fouten en 0 waarschuwingen\. Inhoud in orde\.$/m);
  });
});

describe('safe by construction (issue 14)', () => {
  it('impossible-date: refuses a day that does not exist (2026-02-30) instead of rolling over to March', async () => {
    expect(await linesOf('impossible-date')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:4  publishDate  "2026-02-30": die dag bestaat niet: februari 2026 heeft 28 dagen",
      ]
    `);
  });

  it('impossible-month: refuses month 13 instead of rolling over into the next year', async () => {
    expect(await linesOf('impossible-month')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:4  publishDate  "2026-13-05": er is geen maand 13; de maand is 01 tot en met 12",
      ]
    `);
  });

  it('misspelled-draft: a misspelled draft field is an error with "bedoelt u draft?", not a silently published item', async () => {
    expect(await linesOf('misspelled-draft')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:5  darft  onbekend veld "darft"; bedoelt u "draft"?  (toegestaan: title, summary, image, draft, publishDate, updatedDate, changes, reviewBy, themes, standards, sectors, school, approach, outcomes, setbacks, quote, source, sourceNote, expertSchool)",
      ]
    `);
  });

  it('decimal-comma: a decimal comma gets "gebruik een punt"', async () => {
    expect(await linesOf('decimal-comma')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:15  school.schoolweging  "36,2": gebruik een punt: 36.2",
      ]
    `);
  });

  it('empty-date: an empty date says the field is empty, not "null: ..."', async () => {
    expect(await linesOf('empty-date')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:4  publishDate  het veld is leeg: schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01",
      ]
    `);
  });

  it('enum-typo: a near miss in a list of values gets the closest allowed value', async () => {
    expect(await linesOf('enum-typo')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:11  school.region  "nord": onbekende regio (landsdeel); bedoelt u "noord"?  (toegestaan: noord, oost, west, zuid)",
      ]
    `);
  });

  it('media-path-escape: a media path cannot climb out of public/', async () => {
    expect(await linesOf('media-path-escape')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:9  image.src  "/media/../../package.json": een pad mag geen .. of // bevatten; schrijf het volledige pad, bijvoorbeeld /media/podcasts/aflevering-1.mp3",
      ]
    `);
  });

  it('javascript-url: a javascript: URL is refused', async () => {
    expect(await linesOf('javascript-url')).toMatchInlineSnapshot(`
      [
        "content/frameworks/2021.yaml:11  source.url  "javascript:alert(document.cookie)": alleen webadressen die beginnen met https:// zijn toegestaan",
      ]
    `);
  });

  it('yaml-alias-bomb: a YAML alias bomb is one clear error, not a hang or a stack trace', async () => {
    expect(await linesOf('yaml-alias-bomb')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:2  (yaml)  YAML-fout: dit bestand verwijst te vaak naar eerdere stukken (met * en &); schrijf de waarden gewoon uit",
      ]
    `);
  });

  it('reference-to-scheduled: a reference to an item that appears later is refused with the date', async () => {
    expect(await linesOf('reference-to-scheduled')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:22  expertSchool  "obs-de-vroege-vogel" verschijnt pas op 2099-01-01; zet publishDate van dit item op 2099-01-01 of later, of haal de verwijzing weg tot dan",
      ]
    `);
  });
});

describe('one content tree rule and one YAML reader (issue 26)', () => {
  it('subfolder-in-collection: a folder inside a collection is refused, not read (the build used to crash on it)', async () => {
    expect(await linesOf('subfolder-in-collection')).toMatchInlineSnapshot(`
      [
        "content/practices/2026:1  (map)  deze map wordt niet gelezen: zet de bestanden in content/practices/<naam>.md, of begin de mapnaam met _ als het notities zijn",
      ]
    `);
  });

  it('standard-too-deep: a standard sits exactly one folder (its edition) deep', async () => {
    expect(await linesOf('standard-too-deep')).toMatchInlineSnapshot(`
      [
        "content/standards/2021/concept:1  (map)  deze map wordt niet gelezen: zet de bestanden in content/standards/<editie>/<naam>.yaml, of begin de mapnaam met _ als het notities zijn",
      ]
    `);
  });

  it('standard-outside-edition: a standard outside an edition folder is refused', async () => {
    expect(await linesOf('standard-outside-edition')).toMatchInlineSnapshot(`
      [
        "content/standards/op1.yaml:1  (bestand)  dit bestand staat niet in een map per editie: zet het in content/standards/<editie>/<naam>.yaml",
      ]
    `);
  });

  it('unknown-folder: a folder content/ does not know is refused, with the folders it does know', async () => {
    expect(await linesOf('unknown-folder')).toMatchInlineSnapshot(`
      [
        "content/nieuws:1  (map)  onbekende map: de site leest alleen de mappen van de soorten inhoud. Verplaats de bestanden naar de juiste map, of begin de mapnaam met _ als het notities zijn  (toegestaan: agenda, brochures, expert-schools, frameworks, investigations, pages, podcasts, practices, reflection-guides, search-terms, standards, themes, toezicht, webinars)",
      ]
    `);
  });

  it('wrong-file-kind: a YAML file among Markdown items is refused, not silently ignored', async () => {
    expect(await linesOf('wrong-file-kind')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-6.yaml:1  (bestand)  dit soort bestand wordt in content/practices/ niet gelezen; hernoem het of zet het in de map van zijn soort  (toegestaan: .md, .mdx)",
      ]
    `);
  });

  it('yaml-tag-include: a YAML tag is refused at its field', async () => {
    expect(await linesOf('yaml-tag-include')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:21  source  YAML-fout: YAML-tags zoals !include worden niet gelezen: haal !include weg en schrijf de waarde zelf uit (begint de tekst met !, zet hem dan tussen aanhalingstekens)",
      ]
    `);
  });

  it('yaml-tag-js-function: !!js/function in an MDX file is refused', async () => {
    expect(await linesOf('yaml-tag-js-function')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-6.mdx:18  approach  YAML-fout: YAML-tags zoals !!js/function worden niet gelezen: haal !!js/function weg en schrijf de waarde zelf uit (begint de tekst met !, zet hem dan tussen aanhalingstekens)",
      ]
    `);
  });

  it('yaml-tag-binary: !!binary in a YAML file is refused (and references to the file are not reported again)', async () => {
    expect(await linesOf('yaml-tag-binary')).toMatchInlineSnapshot(`
      [
        "content/frameworks/2021.yaml:3  shortTitle  YAML-fout: YAML-tags zoals !!binary worden niet gelezen: haal !!binary weg en schrijf de waarde zelf uit (begint de tekst met !, zet hem dan tussen aanhalingstekens)",
      ]
    `);
  });

  it('yaml-tag-explicit: even a standard tag (!!str) is refused', async () => {
    expect(await linesOf('yaml-tag-explicit')).toMatchInlineSnapshot(`
      [
        "content/standards/2021/op0.yaml:2  name  YAML-fout: YAML-tags zoals !!str worden niet gelezen: haal !!str weg en schrijf de waarde zelf uit (begint de tekst met !, zet hem dan tussen aanhalingstekens)",
      ]
    `);
  });

  it('yaml-directive: %YAML 1.1 (which would turn yes into true) is refused', async () => {
    expect(await linesOf('yaml-directive')).toMatchInlineSnapshot(`
      [
        "content/frameworks/2021.yaml:1  (yaml)  YAML-fout: regels die met % beginnen (%YAML, %TAG) zijn niet toegestaan; haal de regel weg",
      ]
    `);
  });

  it('yaml-control-character: an invisible control character (the build\'s YAML reader fails on it) is refused', async () => {
    expect(await linesOf('yaml-control-character')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:2  (yaml)  YAML-fout: deze regel bevat een onzichtbaar stuurteken (vaak uit geplakte tekst); typ de regel opnieuw",
      ]
    `);
  });

  it('yaml-ambiguous-anchor: what the YAML library only warns about is refused', async () => {
    expect(await linesOf('yaml-ambiguous-anchor')).toMatchInlineSnapshot(`
      [
        "content/practices/lezen-in-groep-5.md:21  (yaml)  YAML-fout: deze regel is geen gewone YAML; schrijf de waarde eenvoudiger of zet de tekst tussen aanhalingstekens",
      ]
    `);
  });
});

it('every fixture folder has a test above', () => {
  expect(readdirSync(BROKEN).filter((n) => !tested.has(n))).toEqual([]);
});
