/**
 * Starting files for `npm run new`: one template per content type, with every required field
 * filled in with a placeholder that passes the schema, and a Dutch comment above each field.
 * Pure: scripts/content/new.ts gathers what it needs from disk (themes, episode numbers, media sizes).
 */
import { CONTENT_MODEL, type ContentModel } from '../../schemas/registry.ts';
import type { CollectionName } from '../../schemas/reference.ts';
import { secondsToTimestamp } from '../../core/duration.ts';
import { fieldHelp, fileComment } from './field-help.ts';
import { SECTORS } from '../../schemas/sector.ts';
import { REGIONS, SCHOOL_TYPE_IDS, schoolTypesOf } from '../../schemas/school.ts';
import { listOr } from '../../i18n/t.ts';

/** The types an editor can create; each is a folder under content/ (from the content model). */
export type NewType = { [C in CollectionName]: ContentModel[C]['newable'] extends true ? C : never }[CollectionName];
export const NEW_TYPES = (Object.keys(CONTENT_MODEL) as CollectionName[]).filter((c): c is NewType => CONTENT_MODEL[c].newable);

/** How an editor says it: the Dutch label the menu shows, plus every other word `--type` accepts. */
export const TYPE_INFO = Object.fromEntries(
  NEW_TYPES.map((t) => {
    const spec = CONTENT_MODEL[t];
    return [t, { label: spec.label.one, aliases: [spec.label.one, spec.label.other, spec.path, ...spec.aliases] }];
  }),
) as unknown as Record<NewType, { label: string; aliases: readonly string[] }>;

/** Words compare without case, and with spaces, hyphens and underscores alike: "Goed voorbeeld" = "goed-voorbeeld". */
const normaliseWord = (v: string) => v.trim().toLowerCase().replace(/[\s_-]+/g, '-');

/** "goed voorbeeld", "Podcast", "reflectiewijzers" or "practices" → the collection; undefined when unknown. */
export function resolveType(value: string): NewType | undefined {
  const v = normaliseWord(value);
  return NEW_TYPES.find((t) => normaliseWord(t) === v || TYPE_INFO[t].aliases.some((a) => normaliseWord(a) === v));
}

/**
 * File name from a title: lower case, ASCII letters and digits, hyphens; accents dropped
 * ("Één school, één aanpak" → "een-school-een-aanpak"); at most 80 characters, cut between words.
 */
export function slugify(title: string): string {
  const slug = title
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 81);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 80).replace(/-+$/, '');
}

export interface ThemeInfo {
  id: string;
  title: string;
  /** Standard ids, such as "2021/op0". */
  standards: string[];
  sectors: string[];
}

export interface MediaInfo {
  /** Site path, such as /media/podcasts/aflevering.mp3. */
  file: string;
  bytes: number;
  durationSeconds: number;
}

export interface TemplateInput {
  type: NewType;
  title: string;
  slug: string;
  /** At least one, in the order the editor gave them. */
  themes: ThemeInfo[];
  /** publishDate, JJJJ-MM-DD. */
  date: string;
  summary?: string;
  /** Write .mdx with an example of the components; otherwise .md. */
  mdx?: boolean;
  /** Podcasts: next free episode number. */
  episode?: { season: number; episode: number };
  /** Podcasts: the audio file (the placeholder under /media/voorbeeld/ until the real one exists). */
  audio?: MediaInfo;
  /** Podcasts: WebVTT transcript, site path. */
  transcript?: string;
}

export const PLACEHOLDER_AUDIO = '/media/voorbeeld/voorbeeld.mp3';
export const PLACEHOLDER_TRANSCRIPT = '/media/voorbeeld/voorbeeld.vtt';

/**
 * Phrases only a template contains. `npm run check` refuses a published item (draft: false) that
 * still has one, so an unfinished file cannot go live by accident. Keep in step with the templates
 * (tests/unit/content/new.test.ts checks that every template is covered).
 */
export const PLACEHOLDER_MARKERS = [
  'Vervang deze zin',
  'Vervang dit door',
  'Naam van de ',
  'Naam van een partner',
  'Plaatsnaam',
  'Beschrijf in één of twee zinnen',
  'Beschrijf de steekproef',
  'Schrijf hier ',
  'Titel van dit onderdeel',
  'Eén zin over waar dit onderdeel over gaat',
  'Wat de inspectie hierbij bekeek',
  'Vertel hier ',
  'Vat hier ',
  'Leg hier uit',
  'Een kader met een korte tip',
  '/media/voorbeeld/',
] as const;

const DEFAULT_SUMMARY = 'Vervang deze zin door een samenvatting van één of twee zinnen: waar gaat dit over en voor wie is het?';

/** A YAML string that survives any title: quotes, colons, accents. JSON strings are valid YAML. */
const q = (s: string) => JSON.stringify(s);

function addYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`.replace(/-02-29$/, '-02-28');
}

/**
 * The comment above a field: its hint from field-help.ts, the one source the CMS forms and the
 * guide use too (or its label when it has no hint), plus what only matters when writing the file.
 */
function about(type: CollectionName, path: string, indent = '', extra = ''): string {
  const parts = path.split('.');
  const text = fileComment(type, parts) || `${fieldHelp(type, parts)?.label ?? path}.`;
  return `${indent}# ${[text, extra].filter(Boolean).join(' ')}`;
}

/** Path (relative to the project) and text of the new file. */
export function renderTemplate(input: TemplateInput): { file: string; text: string } {
  const ext = input.mdx ? 'mdx' : 'md';
  const frontmatter = [...commonFields(input), ...TYPE_FIELDS[input.type](input)].join('\n');
  const body = bodyFor(input);
  return { file: `content/${CONTENT_MODEL[input.type].folder}/${input.slug}.${ext}`, text: `---\n${frontmatter}\n---\n${body}` };
}

function standardsOf(input: TemplateInput): string[] {
  return [...new Set(input.themes.flatMap((t) => t.standards))].slice(0, 2);
}

function sectorsOf(input: TemplateInput): string[] {
  return input.themes[0]?.sectors.slice(0, 1) ?? ['po'];
}

function commonFields(input: TemplateInput): string[] {
  const lines = [
    `# Het nieuwe item is nog een concept. Vervang alle voorbeeldteksten. Uitleg per veld: docs/redactiehandleiding.md`,
    about(input.type, 'title'),
    `title: ${q(input.title)}`,
    about(input.type, 'summary'),
    `summary: ${q(input.summary ?? DEFAULT_SUMMARY)}`,
    about(input.type, 'draft'),
    `draft: true`,
    about(input.type, 'publishDate'),
    `publishDate: ${input.date}`,
    about(input.type, 'reviewBy'),
    `reviewBy: ${addYears(input.date, 1)}`,
    about(input.type, 'themes'),
    `themes: [${input.themes.map((t) => t.id).join(', ')}]`,
    about(input.type, 'standards'),
    `standards: [${standardsOf(input).join(', ')}]`,
    about(input.type, 'sectors'),
    `sectors: [${sectorsOf(input).join(', ')}]`,
  ];
  if (input.type !== 'expert-schools') {
    lines.push(
      about(input.type, 'image', '', 'Mag weg. alt: wat staat er op de afbeelding?'),
      `# image:`,
      `#   src: /images/${input.slug}.jpg`,
      `#   alt: Beschrijf wat er op de foto te zien is`,
    );
  }
  return lines;
}

type Fields = (input: TemplateInput) => string[];

const TYPE_FIELDS: Record<NewType, Fields> = {
  brochures: (input) => [
    about('brochures', 'madeWith'),
    `madeWith:`,
    `  - Naam van een partner`,
    about('brochures', 'lastChecked'),
    `lastChecked: ${input.date}`,
    about('brochures', 'pdf', '', 'bytes = exacte grootte; npm run check noemt het goede getal.'),
    `# pdf:`,
    `#   file: /downloads/${input.slug}.pdf`,
    `#   bytes: 123456`,
    `#   pages: 12`,
  ],
  practices: (input) => [
    about('practices', 'school'),
    `school:`,
    about('practices', 'school.name', '  '),
    `  name: Naam van de school`,
    ...whereLines(input, '  '),
    about('practices', 'school.pupils', '  '),
    `  pupils: 300`,
    about('practices', 'school.schoolweging', '  '),
    `  # schoolweging: 30`,
    about('practices', 'school.context', '  '),
    `  context: Beschrijf in één of twee zinnen de leerlingen en de omgeving van de school.`,
    about('practices', 'school.fictional', '  ', 'true = verzonnen, false = echt.'),
    `  fictional: false`,
    about('practices', 'approach'),
    `approach: Beschrijf in één of twee zinnen wat de school anders is gaan doen.`,
    about('practices', 'outcomes'),
    `outcomes:`,
    `  - Schrijf hier wat er veranderde.`,
    about('practices', 'quote'),
    `# quote:`,
    `#   text: Wat iemand van de school zegt.`,
    `#   name: Naam`,
    `#   role: leraar groep 5`,
    about('practices', 'source', '', 'themaonderzoek, kwaliteitsonderzoek, bestuursonderzoek, aanmelding-school of expertschool.'),
    `source: themaonderzoek`,
  ],
  'reflection-guides': (input) => {
    const standard = standardsOf(input)[0] ?? '2021/op0';
    return [
      about('reflection-guides', 'version'),
      `version: 1`,
      about('reflection-guides', 'audience'),
      `audience: Schoolleiders en teams in het primair onderwijs`,
      about('reflection-guides', 'durationMinutes'),
      `durationMinutes: 45`,
      about('reflection-guides', 'scale'),
      `scale:`,
      `  - { value: 1, label: Nog niet }`,
      `  - { value: 2, label: Soms }`,
      `  - { value: 3, label: Meestal }`,
      `  - { value: 4, label: Altijd }`,
      about('reflection-guides', 'sections', '', 'Standaard als editie/code.'),
      about('reflection-guides', 'sections.questions.id'),
      `sections:`,
      `  - standard: ${standard}`,
      `    title: Titel van dit onderdeel`,
      `    intro: Eén zin over waar dit onderdeel over gaat.`,
      `    questions:`,
      `      - id: ${input.slug.slice(0, 20).replace(/-+$/, '')}-1`,
      `        text: Vervang dit door de eerste vraag voor het team.`,
      `        evidence: Waar zien we dat aan?`,
      `      - id: ${input.slug.slice(0, 20).replace(/-+$/, '')}-2`,
      `        text: Vervang dit door de tweede vraag voor het team.`,
    ];
  },
  webinars: (input) => [
    about('webinars', 'start'),
    `start: "${input.date} 15:30"`,
    about('webinars', 'durationMinutes'),
    `durationMinutes: 60`,
    about('webinars', 'speakers', '', 'fictional: true alleen voor verzonnen personen.'),
    `speakers:`,
    `  - name: Naam van de spreker`,
    `    role: functie`,
    `    fictional: false`,
    about('webinars', 'uid', '', '(npm run new maakt hem uit de datum en de titel.)'),
    `uid: webinar-${input.date.slice(0, 7)}-${input.slug}@kennisplatform.example`,
    about('webinars', 'registrationUrl'),
    `# registrationUrl: https://www.onderwijsinspectie.nl/`,
    about('webinars', 'recording', '', 'bytes en durationSeconds noemt npm run check.'),
    `# recording:`,
    `#   video: /media/webinars/${input.slug}.mp4`,
    `#   captions: /media/webinars/${input.slug}.vtt`,
    `#   bytes: 123456`,
    `#   durationSeconds: 3600`,
    about('webinars', 'slides'),
    `# slides:`,
    `#   file: /media/webinars/${input.slug}.pdf`,
    `#   bytes: 123456`,
    `#   pages: 20`,
  ],
  podcasts: (input) => {
    const audio = input.audio ?? { file: PLACEHOLDER_AUDIO, bytes: 1, durationSeconds: 5 };
    const ep = input.episode ?? { season: 1, episode: 1 };
    const second = Math.floor(audio.durationSeconds / 2);
    const isPlaceholder = audio.file === PLACEHOLDER_AUDIO;
    return [
      about('podcasts', 'season'),
      `season: ${ep.season}`,
      about('podcasts', 'episode', '', 'npm run new koos het eerstvolgende vrije nummer.'),
      `episode: ${ep.episode}`,
      about('podcasts', 'guid', '', '(npm run new maakt hem uit de titel.)'),
      `guid: kennisplatform-podcast-${input.slug}`,
      about('podcasts', 'host', '', 'fictional: true alleen voor een verzonnen persoon.'),
      `host:`,
      `  name: Naam van de presentator`,
      `  role: functie`,
      `  fictional: false`,
      about('podcasts', 'guests', '', 'Geen gasten? Schrijf [].'),
      `guests:`,
      `  - name: Naam van de gast`,
      `    role: functie`,
      `    fictional: false`,
      `# Het geluidsbestand in public/media/podcasts/.${isPlaceholder ? ' Nu staat hier nog een voorbeeldbestand.' : ''}`,
      `# bytes = exacte grootte, durationSeconds = duur in seconden. npm run check noemt de juiste getallen.`,
      `audio:`,
      `  file: ${audio.file}`,
      about('podcasts', 'audio.type', '  '),
      `  type: audio/mpeg`,
      `  bytes: ${audio.bytes}`,
      `  durationSeconds: ${audio.durationSeconds}`,
      about('podcasts', 'transcript'),
      `transcript: ${input.transcript ?? PLACEHOLDER_TRANSCRIPT}`,
      about('podcasts', 'chapters', '', 'Begintijd als "m:ss", tussen aanhalingstekens.'),
      `chapters:`,
      `  - start: "0:00"`,
      `    title: Welkom`,
      ...(second >= 1 ? [`  - start: "${secondsToTimestamp(second)}"`, `    title: Het gesprek`] : []),
    ];
  },
  investigations: (input) => {
    const year = Number(input.date.slice(0, 4));
    return [
      about('investigations', 'year'),
      `year: ${year}`,
      about('investigations', 'period', '', 'JJJJ-MM-DD; end ligt na start.'),
      `period:`,
      `  start: ${year}-01-15`,
      `  end: ${year}-06-30`,
      about('investigations', 'sample'),
      `sample:`,
      `  schools: 100`,
      `  description: Beschrijf de steekproef, bijvoorbeeld welke scholen uit welke sectoren.`,
      about('investigations', 'findings'),
      `findings:`,
      `  - Schrijf hier de eerste belangrijke uitkomst.`,
      about('investigations', 'scaleMax'),
      `scaleMax: 4`,
      about('investigations', 'indicators', '', 'id: kleine letters, cijfers en streepjes.'),
      `indicators:`,
      `  - id: indicator-1`,
      `    label: Naam van de indicator`,
      `    description: Wat de inspectie hierbij bekeek.`,
      ...(standardsOf(input)[0] ? [`    standard: ${standardsOf(input)[0]}`] : []),
      about('investigations', 'indicators.lowBelow', '    '),
      `    lowBelow: 2.5`,
      `# Groepen vergelijkbare scholen, met per indicator de verdeling van de scores (p10 ≤ p25 ≤ median ≤ p75 ≤ p90).`,
      `comparisonGroups:`,
      `  - id: alle-scholen`,
      `    label: Alle scholen`,
      `    description: Alle scholen uit de steekproef.`,
      `    schools: 100`,
      `    scores:`,
      `      indicator-1: { p10: 1.8, p25: 2.3, median: 2.8, p75: 3.2, p90: 3.6 }`,
    ];
  },
  supervision: () => [
    `# Plaats in de lijst van Zo werkt het toezicht (lager = eerder).`,
    `order: 100`,
    `# Voor wie dit de ingang is (mag leeg): ouders, leerlingen-en-studenten, besturen-en-mr, inspecteurs.`,
    `audiences: []`,
    `# Iets dat u over de tijd volgt (zoals het nieuwe kader)? Per stap: datum, gebeurd of gepland, tekst en bron. Mag weg.`,
    `# timeline:`,
    `#   - date: ${'2027-08-01'}`,
    `#     status: gepland`,
    `#     text: Wat er dan gebeurt, in één zin.`,
    `#     source: { title: "Titel van de bron, maker, datum", url: "https://www.onderwijsinspectie.nl/" }`,
  ],
  'expert-schools': (input) => [
    ...whereLines(input),
    about('expert-schools', 'programme'),
    `programme: Ontwikkelkracht`,
    about('expert-schools', 'expertise'),
    `expertise:`,
    `  - Schrijf hier waar de school goed in is.`,
    about('expert-schools', 'website'),
    `# website: https://www.example.org/`,
    about('expert-schools', 'fictional', '', 'true = verzonnen, false = echt.'),
    `fictional: false`,
  ],
};

/** Place, region, sector and school type with their explanation: the same for a practice's school and an expert school. */
function whereLines(input: TemplateInput, indent = ''): string[] {
  const sector = sectorsOf(input)[0] ?? 'po';
  return [
    about(input.type, 'place'),
    `place: Plaatsnaam`,
    about(input.type, 'region', '', `${listOr(REGIONS)}.`),
    `region: west`,
    about(input.type, 'sector', '', `${listOr(SECTORS)}.`),
    `sector: ${sector}`,
    about(input.type, 'type', '', `${listOr(schoolTypesOf(sector))}.`),
    `type: ${schoolTypesOf(sector)[0] ?? SCHOOL_TYPE_IDS[0]}`,
  ].map((line) => indent + line);
}

function bodyFor(input: TemplateInput): string {
  const theme = input.themes[0]!;
  const standardId = standardsOf(input)[0];
  const [edition, code] = standardId ? standardId.split('/') : [];
  const intro: Record<NewType, string> = {
    brochures: 'Schrijf hier de tekst van de brochure. Begin met wat de lezer eraan heeft.',
    practices: 'Vertel hier het verhaal van de school: wat was het probleem, wat deden ze, wat leverde het op?',
    'reflection-guides': 'Leg hier uit hoe het team de reflectiewijzer gebruikt: wie doet mee, hoe lang duurt het, wat doet u met de antwoorden?',
    webinars: 'Vertel hier waar het webinar over gaat en voor wie het is.',
    podcasts: 'Vertel hier in een paar zinnen waar de aflevering over gaat en wie er aan het woord zijn.',
    investigations: 'Vat hier het themaonderzoek samen: waarom, hoe, en wat de inspectie zag.',
    'expert-schools': 'Vertel hier wat andere scholen bij deze expertschool kunnen leren en hoe ze contact opnemen.',
    supervision: 'Leg hier in korte zinnen uit hoe dit deel van het toezicht werkt. Zet achter elk feit een voetnoot met de bron.[^1]\n\n[^1]: Vervang dit door de bron: titel, maker en datum, of een link naar de openbare pagina.',
  };
  // A supervision page cites a source in every section, so its template has one section with one footnote.
  const lines = input.type === 'supervision' ? [intro[input.type], ''] : [intro[input.type], '', '## Verder lezen', '', `Meer over dit thema: [${theme.title}](/themas/${theme.id}/).`, ''];
  if (input.mdx) {
    lines.push(
      '<Callout title="Goed om te weten">',
      'Een kader met een korte tip. Gebruik het spaarzaam.',
      '</Callout>',
      '',
      ...(code && edition ? [`Dit hoort bij de standaard <Standaard code="${code.toUpperCase()}" editie="${edition}" />.`, ''] : []),
    );
  }
  return lines.join('\n');
}
