/**
 * Starting files for `npm run new`: one template per content type, with every required field
 * filled in with a placeholder that passes the schema, and a Dutch comment above each field.
 * Pure: scripts/content/new.ts gathers what it needs from disk (themes, episode numbers, media sizes).
 */
import { CONTENT_MODEL, type ContentModel } from '../../schemas/registry.ts';
import type { CollectionName } from '../../schemas/reference.ts';
import { secondsToTimestamp } from '../../core/duration.ts';

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
    `# Titel zoals lezers hem zien: 5 tot 120 tekens.`,
    `title: ${q(input.title)}`,
    `# Samenvatting voor overzichten en zoekresultaten: 40 tot 320 tekens.`,
    `summary: ${q(input.summary ?? DEFAULT_SUMMARY)}`,
    `# Concept: true = alleen te zien op uw eigen computer (npm run dev). Zet op false als het klaar is.`,
    `draft: true`,
    `# Datum van publicatie (JJJJ-MM-DD). Een datum in de toekomst: het item verschijnt vanzelf op die dag.`,
    `publishDate: ${input.date}`,
    `# Vóór deze datum controleert de redactie of de inhoud nog klopt. Daarna waarschuwt npm run check.`,
    `reviewBy: ${addYears(input.date, 1)}`,
    `# Thema's (bestandsnamen uit content/themes). Minstens één.`,
    `themes: [${input.themes.map((t) => t.id).join(', ')}]`,
    `# Standaarden uit het onderzoekskader, als editie/code: 2021/op0. Geen standaard? Schrijf [].`,
    `standards: [${standardsOf(input).join(', ')}]`,
    `# Sectoren: vve, po, sbo, so, vso, vo, pro, mbo, ho. Mag leeg blijven: [].`,
    `sectors: [${sectorsOf(input).join(', ')}]`,
  ];
  if (input.type !== 'expert-schools') {
    lines.push(
      `# Afbeelding (mag weg). Zet het bestand in public/images/ (max. 400 kB). alt: wat staat er op de afbeelding?`,
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
    `# Met wie de brochure is gemaakt (wetenschap, scholen). Niemand? Schrijf [].`,
    `madeWith:`,
    `  - Naam van een partner`,
    `# Laatst gecontroleerd: lezers zien deze datum bij de brochure.`,
    `lastChecked: ${input.date}`,
    `# Pdf om te downloaden (mag weg). bytes = exacte grootte; npm run check noemt het goede getal.`,
    `# pdf:`,
    `#   file: /downloads/${input.slug}.pdf`,
    `#   bytes: 123456`,
    `#   pages: 12`,
  ],
  practices: (input) => [
    `# De school die het voorbeeld geeft.`,
    `school:`,
    `  # Naam van de school.`,
    `  name: Naam van de school`,
    ...whereLines(input, '  '),
    `  # Soort school, bijvoorbeeld basisschool, vmbo-basis/kader, so cluster 4, mbo niveau 2.`,
    `  type: basisschool`,
    `  # Aantal leerlingen (een heel getal).`,
    `  pupils: 300`,
    `  # Schoolweging van het CBS (alleen po, ongeveer 20 tot 40). Mag weg.`,
    `  # schoolweging: 30`,
    `  # De leerlingen en de omgeving, in één of twee zinnen.`,
    `  context: Beschrijf in één of twee zinnen de leerlingen en de omgeving van de school.`,
    `  # true = verzonnen school (alleen voor voorbeeldinhoud), false = een echte school.`,
    `  fictional: false`,
    `# Wat de school doet, in één of twee zinnen.`,
    `approach: Beschrijf in één of twee zinnen wat de school anders is gaan doen.`,
    `# Wat het opleverde, als korte punten.`,
    `outcomes:`,
    `  - Schrijf hier wat er veranderde.`,
    `# Citaat van iemand van de school (mag weg).`,
    `# quote:`,
    `#   text: Wat iemand van de school zegt.`,
    `#   name: Naam`,
    `#   role: leraar groep 5`,
    `# Hoe de inspectie het voorbeeld kent: themaonderzoek, kwaliteitsonderzoek, bestuursonderzoek, aanmelding-school of expertschool.`,
    `source: themaonderzoek`,
  ],
  'reflection-guides': (input) => {
    const standard = standardsOf(input)[0] ?? '2021/op0';
    return [
      `# Versie van de vragen. Verander je vragen na publicatie? Verhoog dit getal met 1.`,
      `version: 1`,
      `# Voor wie de reflectiewijzer is.`,
      `audience: Schoolleiders en teams in het primair onderwijs`,
      `# Hoe lang het gesprek ongeveer duurt, in minuten.`,
      `durationMinutes: 45`,
      `# De schaal voor elk antwoord, van laag naar hoog. Minstens twee stappen.`,
      `scale:`,
      `  - { value: 1, label: Nog niet }`,
      `  - { value: 2, label: Soms }`,
      `  - { value: 3, label: Meestal }`,
      `  - { value: 4, label: Altijd }`,
      `# Onderdelen, elk bij één standaard (editie/code). Elke vraag heeft een vaste id: kleine letters, cijfers en streepjes.`,
      `# Verander de id van een vraag nooit meer: opgeslagen antwoorden van scholen horen erbij.`,
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
    `# Begin van het webinar, tussen aanhalingstekens, in Nederlandse tijd: "JJJJ-MM-DD UU:MM".`,
    `start: "${input.date} 15:30"`,
    `# Duur in minuten (10 tot 480).`,
    `durationMinutes: 60`,
    `# Sprekers. fictional: true alleen voor verzonnen personen.`,
    `speakers:`,
    `  - name: Naam van de spreker`,
    `    role: functie`,
    `    fictional: false`,
    `# Vaste id voor agenda's (.ics). Verander hem nooit meer na publicatie.`,
    `uid: webinar-${input.date.slice(0, 7)}-${input.slug}@kennisplatform.example`,
    `# Aanmelden (mag weg): volledig webadres.`,
    `# registrationUrl: https://www.onderwijsinspectie.nl/`,
    `# Na afloop: de opname met ondertiteling (.vtt). bytes en durationSeconds noemt npm run check.`,
    `# recording:`,
    `#   video: /media/webinars/${input.slug}.mp4`,
    `#   captions: /media/webinars/${input.slug}.vtt`,
    `#   bytes: 123456`,
    `#   durationSeconds: 3600`,
    `# Dia's als pdf (mag weg).`,
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
      `# Seizoen van de podcast (een getal).`,
      `season: ${ep.season}`,
      `# Nummer van de aflevering in dit seizoen. npm run new koos het eerstvolgende vrije nummer.`,
      `episode: ${ep.episode}`,
      `# Vaste id voor podcast-apps. Verander hem nooit meer na publicatie.`,
      `guid: kennisplatform-podcast-${input.slug}`,
      `# Presentator. fictional: true alleen voor verzonnen personen.`,
      `host:`,
      `  name: Naam van de presentator`,
      `  role: functie`,
      `  fictional: false`,
      `# Gasten (mag leeg: []).`,
      `guests:`,
      `  - name: Naam van de gast`,
      `    role: functie`,
      `    fictional: false`,
      `# Het geluidsbestand in public/media/podcasts/.${isPlaceholder ? ' Nu staat hier nog een voorbeeldbestand.' : ''}`,
      `# bytes = exacte grootte, durationSeconds = duur in seconden. npm run check noemt de juiste getallen.`,
      `audio:`,
      `  file: ${audio.file}`,
      `  # audio/mpeg (mp3), audio/mp4 (m4a) of audio/ogg.`,
      `  type: audio/mpeg`,
      `  bytes: ${audio.bytes}`,
      `  durationSeconds: ${audio.durationSeconds}`,
      `# Uitgeschreven tekst (WebVTT, .vtt), met <v Naam> voor wie er spreekt.`,
      `transcript: ${input.transcript ?? PLACEHOLDER_TRANSCRIPT}`,
      `# Hoofdstukken: begintijd (m:ss) op volgorde, elk vóór het einde van de audio.`,
      `chapters:`,
      `  - start: "0:00"`,
      `    title: Welkom`,
      ...(second >= 1 ? [`  - start: "${secondsToTimestamp(second)}"`, `    title: Het gesprek`] : []),
    ];
  },
  investigations: (input) => {
    const year = Number(input.date.slice(0, 4));
    return [
      `# Jaar van het onderzoek.`,
      `year: ${year}`,
      `# Wanneer de inspectie de scholen bezocht (JJJJ-MM-DD). end ligt na start.`,
      `period:`,
      `  start: ${year}-01-15`,
      `  end: ${year}-06-30`,
      `# Hoeveel scholen, en welke.`,
      `sample:`,
      `  schools: 100`,
      `  description: Beschrijf de steekproef, bijvoorbeeld welke scholen uit welke sectoren.`,
      `# Belangrijkste uitkomsten, als korte zinnen.`,
      `findings:`,
      `  - Schrijf hier de eerste belangrijke uitkomst.`,
      `# Hoogste score op de schaal (scores lopen van 1 tot dit getal).`,
      `scaleMax: 4`,
      `# Indicatoren die per school een score kregen. id: kleine letters, cijfers en streepjes.`,
      `indicators:`,
      `  - id: indicator-1`,
      `    label: Naam van de indicator`,
      `    description: Wat de inspectie hierbij bekeek.`,
      ...(standardsOf(input)[0] ? [`    standard: ${standardsOf(input)[0]}`] : []),
      `    # Een score lager dan dit getal is laag: de school krijgt dan vervolgstappen te zien.`,
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
    `# Soort school, bijvoorbeeld basisschool of vmbo.`,
    `type: basisschool`,
    `# Programma waarin de school expertschool is.`,
    `programme: Ontwikkelkracht`,
    `# Waar andere scholen hier van kunnen leren, als korte punten.`,
    `expertise:`,
    `  - Schrijf hier waar de school goed in is.`,
    `# Website van de school (mag weg): volledig webadres.`,
    `# website: https://www.example.org/`,
    `# true = verzonnen school (alleen voor voorbeeldinhoud), false = een echte school.`,
    `fictional: false`,
  ],
};

/** Place, region and sector with their explanation: the same for a practice's school and an expert school. */
function whereLines(input: TemplateInput, indent = ''): string[] {
  return [
    `# Plaats.`,
    `place: Plaatsnaam`,
    `# Regio: noord, oost, zuid, west, midden of randstad.`,
    `region: midden`,
    `# Sector van de school: vve, po, sbo, so, vso, vo, pro, mbo of ho.`,
    `sector: ${sectorsOf(input)[0] ?? 'po'}`,
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
