/**
 * What each content field is called in Dutch and one line on what to fill in: the one source for
 * the CMS forms (cms-config.ts: label and hint), the comments `npm run new` writes above each field
 * (templates.ts) and the field table in the editors' guide (model-doc.ts).
 *
 * Keys are field paths without list positions (`school.name`, `speakers.name`); a key with a
 * collection in front (`practices:source`) wins over the plain path, and a field's own name alone
 * (`name`) is the fallback for fields that mean the same everywhere. tests/unit/content/cms-config.test.ts
 * fails when a field the CMS shows has no entry here.
 */
import type { CollectionName } from '../../schemas/reference.ts';
import { SECTORS } from '../../schemas/sector.ts';

export interface FieldHelp {
  /** Label in the CMS form and the guide. */
  label: string;
  /** What to fill in, in one or two short sentences (CMS hint, comment in new files). */
  hint?: string;
  /** Added to the hint only in files written by `npm run new` (how to write it in YAML). */
  fileHint?: string;
  /** Never change it after publication: the CMS makes it once and shows it read-only. */
  stableId?: boolean;
}

export const FIELD_HELP: Readonly<Record<string, FieldHelp>> = {
  // Every item
  title: { label: 'Titel', hint: 'Titel zoals lezers hem zien: 5 tot 120 tekens.' },
  summary: { label: 'Samenvatting', hint: 'Samenvatting voor overzichten en zoekresultaten: 40 tot 320 tekens.' },
  draft: {
    label: 'Concept',
    hint: 'Aan = concept: alleen te zien in de voorvertoning. Zet uit als het klaar is.',
    fileHint: 'In het bestand: true = concept, false = publiceren.',
  },
  publishDate: { label: 'Publicatiedatum', hint: 'Een datum in de toekomst: het item verschijnt vanzelf op die dag.', fileHint: 'Schrijf JJJJ-MM-DD.' },
  updatedDate: { label: 'Bijgewerkt op', hint: 'Datum van een belangrijke wijziging; niet vóór de publicatiedatum.' },
  changes: { label: 'Wijzigingen', hint: 'Korte lijst van wijzigingen na publicatie; staat onder "Laatst gewijzigd" op de pagina.' },
  'changes.date': { label: 'Datum' },
  'changes.note': { label: 'Wat is er veranderd?', hint: 'Eén zin, 5 tot 200 tekens.' },
  reviewBy: { label: 'Controleren vóór', hint: 'Vóór deze datum controleert de redactie of de inhoud nog klopt. Daarna waarschuwt de controle.' },
  themes: { label: "Thema's", hint: "Thema's waar dit bij hoort; minstens één.", fileHint: 'Bestandsnamen uit content/themes.' },
  standards: { label: 'Standaarden', hint: 'Standaarden uit het onderzoekskader waar dit bij hoort.', fileHint: 'Schrijf editie/code: 2021/op0. Geen standaard? Schrijf [].' },
  sectors: { label: 'Sectoren', hint: 'Sectoren waar dit over gaat. Mag leeg blijven.', fileHint: `${SECTORS.join(', ')}; leeg: [].` },
  image: { label: 'Afbeelding', hint: 'Een foto mag groot zijn: de site maakt hem zelf kleiner.', fileHint: 'Zet het bestand in public/images/.' },
  'image.src': { label: 'Bestand', hint: 'Een foto (jpg, png of webp). De bestandsnaam wordt kleine letters zonder spaties.' },
  'image.alt': { label: 'Wat staat er op de afbeelding?', hint: 'Verplicht: beschrijf de afbeelding voor wie hem niet ziet (alt-tekst), minstens 5 tekens.' },
  'image.caption': { label: 'Onderschrift', hint: 'Mag leeg blijven.' },
  body: { label: 'Tekst', hint: 'Kopjes, opsommingen en links mogen. HTML, scripts en plaatjes van andere sites weigert de controle.' },

  // Brochure
  madeWith: { label: 'Gemaakt met', hint: 'Met wie de brochure is gemaakt (wetenschap, scholen).', fileHint: 'Niemand? Schrijf [].' },
  'madeWith.': { label: 'Partner' },
  lastChecked: { label: 'Laatst gecontroleerd', hint: 'Lezers zien deze datum bij de brochure.' },
  pdf: { label: 'Pdf om te downloaden', hint: 'Mag weg.' },
  'pdf.file': { label: 'Pdf-bestand' },
  bytes: { label: 'Grootte in bytes', hint: 'De exacte grootte van het bestand. Klopt het niet, dan noemt de controle het goede getal.' },
  pages: { label: "Aantal pagina's" },

  // Goed voorbeeld
  school: { label: 'School', hint: 'De school die het voorbeeld geeft.' },
  'school.name': { label: 'Naam van de school' },
  place: { label: 'Plaats' },
  region: { label: 'Regio', hint: 'Landsdeel van het CBS. Noord: Groningen, Fryslân, Drenthe. Oost: Overijssel, Flevoland, Gelderland. West: Utrecht, Noord-Holland, Zuid-Holland, Zeeland. Zuid: Noord-Brabant, Limburg.' },
  sector: { label: 'Sector' },
  type: { label: 'Soort school', hint: 'Kies een soort die bij de sector past: basisschool bij po, vmbo of havo-vwo bij vo, een cluster bij so en vso, roc bij mbo.' },
  'school.pupils': { label: 'Aantal leerlingen', hint: 'Een heel getal.' },
  'school.schoolweging': { label: 'Schoolweging', hint: 'Schoolweging van het CBS (alleen po, ongeveer 20 tot 40; hoger = meer leerlingen met kans op een achterstand). Mag leeg blijven.' },
  'school.context': { label: 'Leerlingen en omgeving', hint: 'De leerlingen en de omgeving, in één of twee zinnen.' },
  'school.denomination': { label: 'Richting', hint: 'Openbaar, rooms-katholiek, protestants-christelijk, ... Mag leeg blijven: niet elke sector kent het.' },
  fictional: { label: 'Verzonnen', hint: 'Alleen aan voor verzonnen voorbeeldinhoud; uit voor een echte school of persoon.' },
  approach: { label: 'Aanpak', hint: 'Wat de school doet, in één of twee zinnen.' },
  outcomes: { label: 'Wat het opleverde', hint: 'Korte punten, minstens één.' },
  'outcomes.': { label: 'Punt' },
  setbacks: { label: 'Wat (nog) niet lukte', hint: 'Korte punten; een echt verhaal heeft ze ook. Mag leeg blijven.' },
  'setbacks.': { label: 'Punt' },
  quote: { label: 'Citaat', hint: 'Citaat van iemand van de school. Mag weg.' },
  'quote.text': { label: 'Wat zegt iemand?' },
  name: { label: 'Naam' },
  role: { label: 'Functie' },
  'practices:source': { label: 'Bron', hint: 'Hoe de inspectie het voorbeeld kent.' },
  sourceNote: { label: 'Toelichting bij de bron', hint: 'Mag leeg blijven.' },
  expertSchool: { label: 'Expertschool', hint: 'Als het voorbeeld van een expertschool komt.' },

  // Reflectiewijzer
  version: { label: 'Versie van de vragen', hint: 'Verandert u de vragen na publicatie? Verhoog dit getal met 1.' },
  audience: { label: 'Voor wie', hint: 'Voor wie de reflectiewijzer is.' },
  durationMinutes: { label: 'Duur in minuten' },
  'reflection-guides:durationMinutes': { label: 'Duur in minuten', hint: 'Hoe lang het gesprek ongeveer duurt.' },
  scale: { label: 'Schaal', hint: 'De schaal voor elk antwoord, van laag naar hoog. Minstens twee stappen.' },
  'scale.value': { label: 'Waarde' },
  'scale.label': { label: 'Naam van de stap' },
  'scale.description': { label: 'Uitleg' },
  sections: { label: 'Onderdelen', hint: 'Elk onderdeel hoort bij één standaard.' },
  'sections.standard': { label: 'Standaard' },
  'sections.title': { label: 'Titel van het onderdeel' },
  'sections.intro': { label: 'Inleiding', hint: 'Eén zin over waar dit onderdeel over gaat.' },
  'sections.questions': { label: 'Vragen' },
  'sections.questions.id': {
    label: 'Vaste id van de vraag',
    hint: 'Kleine letters, cijfers en streepjes. Verander hem nooit meer: opgeslagen antwoorden van scholen horen erbij.',
  },
  'sections.questions.text': { label: 'Vraag' },
  'sections.questions.evidence': { label: 'Waar zien we dat aan?', hint: 'Vraag naar bewijs. Mag leeg blijven.' },

  // Webinar
  start: { label: 'Begin', hint: 'Datum en tijd in Nederlandse tijd.', fileHint: 'Tussen aanhalingstekens: "JJJJ-MM-DD UU:MM".' },
  invented: { label: 'Verzonnen gegevens', hint: 'Alleen voor voorbeeldinhoud: welke gegevens verzonnen zijn (de pagina zegt het erbij).' },
  'webinars:durationMinutes': { label: 'Duur in minuten', hint: '10 tot 480.' },
  speakers: { label: 'Sprekers', hint: 'Minstens één.' },
  registrationUrl: { label: 'Aanmelden', hint: 'Volledig webadres dat begint met https://. Mag leeg blijven.' },
  uid: { label: "Vaste id voor agenda's", hint: 'Wordt vanzelf gemaakt. Verander hem nooit meer na publicatie.', stableId: true },
  recording: { label: 'Opname', hint: 'Na afloop: de video met ondertiteling. Mag weg.' },
  'recording.video': { label: 'Video', hint: 'Een .mp4- of .webm-bestand.' },
  'recording.captions': { label: 'Ondertiteling', hint: 'Een .vtt-bestand (WebVTT).' },
  'recording.poster': { label: 'Beeld vóór het afspelen', hint: 'Mag leeg blijven.' },
  durationSeconds: { label: 'Duur in seconden', hint: 'Klopt het niet, dan noemt de controle het goede getal.' },
  externalRecording: { label: 'Opname op een andere site', hint: 'Laadt pas als de lezer erop klikt. Mag weg.' },
  'externalRecording.url': { label: 'Webadres van de opname' },
  'externalRecording.provider': { label: 'Naam van die site', hint: 'Bijvoorbeeld Vimeo.' },
  slides: { label: "Dia's", hint: "De dia's als pdf. Mag weg." },
  'slides.file': { label: 'Pdf-bestand' },

  // Podcast
  season: { label: 'Seizoen', hint: 'Seizoen van de podcast: een getal.' },
  episode: { label: 'Aflevering', hint: 'Nummer van de aflevering in dit seizoen.' },
  guid: { label: 'Vaste id voor podcast-apps', hint: 'Wordt vanzelf gemaakt. Verander hem nooit meer na publicatie.', stableId: true },
  explicit: { label: 'Expliciete inhoud', hint: 'Alleen aan als de aflevering niet geschikt is voor kinderen.' },
  host: { label: 'Presentator', hint: 'Wie de aflevering presenteert.' },
  guests: { label: 'Gasten', hint: 'Gasten in deze aflevering. Mag leeg blijven.' },
  audio: { label: 'Geluid', hint: 'Het geluidsbestand van de aflevering.' },
  'audio.file': { label: 'Geluidsbestand', hint: 'Een mp3-, m4a- of ogg-bestand.' },
  'audio.type': { label: 'Soort bestand', hint: 'audio/mpeg voor mp3, audio/mp4 voor m4a, audio/ogg voor ogg.' },
  transcript: { label: 'Uitgeschreven tekst', hint: 'Een .vtt-bestand (WebVTT), met <v Naam> voor wie er spreekt.' },
  chapters: { label: 'Hoofdstukken', hint: 'Op volgorde van tijd, elk vóór het einde van de audio.' },
  'chapters.start': { label: 'Begint op', hint: 'Minuten en seconden: 0:00, 12:30 of 1:05:00.', fileHint: 'Tussen aanhalingstekens.' },
  'chapters.title': { label: 'Titel van het hoofdstuk' },

  // Themaonderzoek
  'investigations:year': { label: 'Jaar van het onderzoek' },
  period: { label: 'Periode', hint: 'Wanneer de inspectie de scholen bezocht.' },
  'period.start': { label: 'Van' },
  'period.end': { label: 'Tot en met', hint: 'Na de begindatum.' },
  sample: { label: 'Steekproef', hint: 'Hoeveel scholen, en welke.' },
  'sample.schools': { label: 'Aantal scholen' },
  'sample.description': { label: 'Welke scholen', hint: 'Bijvoorbeeld welke scholen uit welke sectoren.' },
  findings: { label: 'Uitkomsten', hint: 'De belangrijkste uitkomsten, als korte zinnen.' },
  'findings.': { label: 'Uitkomst' },
  scaleMax: { label: 'Hoogste score', hint: 'Scores lopen van 1 tot dit getal.' },
  indicators: { label: 'Indicatoren', hint: 'Wat per school een score kreeg.' },
  'indicators.id': { label: 'Vaste id', hint: 'Kleine letters, cijfers en streepjes.' },
  'indicators.label': { label: 'Naam' },
  'indicators.description': { label: 'Wat de inspectie bekeek' },
  'indicators.standard': { label: 'Standaard', hint: 'Mag leeg blijven.' },
  'indicators.lowBelow': { label: 'Laag onder', hint: 'Een score lager dan dit is laag: de school krijgt dan vervolgstappen te zien.' },
  comparisonGroups: { label: 'Vergelijkingsgroepen', hint: 'Groepen vergelijkbare scholen. De verdeling van de scores per indicator staat in het bestand.' },
  'comparisonGroups.id': { label: 'Vaste id', hint: 'Kleine letters, cijfers en streepjes.' },
  'comparisonGroups.label': { label: 'Naam' },
  'comparisonGroups.description': { label: 'Welke scholen' },
  'comparisonGroups.schools': { label: 'Aantal scholen' },
  'comparisonGroups.match': { label: 'Welke voorbeelden passen', hint: 'Mag weg.' },
  'comparisonGroups.match.schoolTypes': { label: 'Soorten school', hint: 'Voorbeelden van deze soorten school passen bij deze groep. Dezelfde lijst als bij een goed voorbeeld.' },
  'comparisonGroups.match.schoolTypes.': { label: 'Soort school' },
  'comparisonGroups.match.schoolweging': { label: 'Schoolweging' },
  min: { label: 'Vanaf' },
  max: { label: 'Tot' },

  // Expertschool
  programme: { label: 'Programma', hint: 'Programma waarin de school expertschool is.' },
  expertise: { label: 'Waar andere scholen van leren', hint: 'Korte punten, minstens één.' },
  'expertise.': { label: 'Punt' },
  website: { label: 'Website', hint: 'Volledig webadres dat begint met https://. Mag leeg blijven.' },

  // Thema
  'themes:title': { label: 'Titel', hint: 'De naam van het thema zoals lezers hem zien.' },
  'themes:summary': { label: 'Samenvatting', hint: 'Waar het thema over gaat, 40 tot 320 tekens; staat op de themapagina en in overzichten.' },
  'themes:conversation': { label: 'Kern voor het gesprek (bezoekkit)', hint: 'Waar inspecteur en school het samen over hebben, in twee of drie zinnen van 40 tot 400 tekens. Schrijf over de school (de school, het team), niet tegen de school: geen u of uw.' },
  'themes:standards': { label: 'Standaarden', hint: 'Minstens één standaard uit het onderzoekskader.' },
  'themes:sectors': { label: 'Sectoren', hint: 'Minstens één.' },
  agendaYears: { label: 'Jaren in de kennisagenda', hint: 'In welke jaren dit thema een prioriteit is.' },
  'agendaYears.': { label: 'Jaar' },
  order: { label: 'Volgorde', hint: 'Lager staat eerder in de lijst van thema\'s.' },
  'themes:audiences': { label: 'Ook voor', hint: 'Lezers voor wie het thema ook belangrijk is. De themapagina linkt naar hun pagina "Voor wie"; bij ouders of leerlingen ook naar de weg voor een klacht. Mag leeg blijven.' },

  // Kennisagenda
  'agenda:year': { label: 'Jaar', hint: 'Het jaar van deze agenda; ook de bestandsnaam.' },
  'agenda:title': { label: 'Titel' },
  adoptedOn: { label: 'Vastgesteld op', hint: 'Mag leeg blijven; alleen met een bron.' },
  adoptedSource: { label: 'Bron van de vaststelling', hint: 'Verplicht bij een vaststellingsdatum: de openbare pagina waar het besluit staat.' },
  'adoptedSource.quote': { label: 'Citaat', hint: 'Een kort citaat uit die pagina, of vul hieronder het hoofdstuk in.' },
  'agenda:fictional': { label: 'Verzonnen planning', hint: 'Alleen voor voorbeeldinhoud: de pagina zegt dan boven de planning dat die verzonnen is.' },
  intro: { label: 'Inleiding', hint: 'Minstens 40 tekens.' },
  priorities: { label: 'Prioriteiten', hint: 'Per thema: waarom, en wat er dit jaar verschijnt.' },
  'priorities.theme': { label: 'Thema' },
  'priorities.why': { label: 'Waarom dit thema', hint: 'Minstens 20 tekens.' },
  'priorities.planned': { label: 'Gepland', hint: 'Wat er dit jaar verschijnt. Kies eerst de soort.' },
  'priorities.planned.title': { label: 'Werktitel' },
  'priorities.planned.quarter': { label: 'Kwartaal', hint: '1, 2, 3 of 4.' },
  'priorities.planned.item': { label: 'Verschenen item', hint: 'Koppel het item zodra het er is: dan staat het op de agenda als "verschenen".' },

  // Zo werkt het toezicht
  'supervision:order': { label: 'Volgorde', hint: 'Lager staat eerder in de lijst van toezichtpagina\'s.' },
  audiences: { label: 'Voor wie', hint: 'Lezers voor wie deze pagina de ingang is; hun pagina "Voor wie" linkt ernaar. Mag leeg blijven.' },
  timeline: { label: 'Tijdlijn', hint: 'Wat er gebeurde en wat er gepland is, elk met een bron. Mag leeg blijven.' },
  'timeline.date': { label: 'Datum' },
  'timeline.precision': { label: 'Precisie', hint: 'dag, of maand als de bron alleen de maand noemt.' },
  'timeline.status': { label: 'Status', hint: 'gebeurd of gepland; gepland staat nooit als feit op de pagina.' },
  'timeline.text': { label: 'Wat', hint: 'In één zin, minstens 10 tekens.' },
  'timeline.source': { label: 'Bron' },
  'timeline.source.title': { label: 'Titel van de bron', hint: 'Zo dat een lezer hem kan vinden: titel, maker, datum.' },
  url: { label: 'Webadres', hint: 'Volledig webadres dat begint met https://.' },
  section: { label: 'Hoofdstuk of paragraaf' },
  checkedOn: { label: 'Nagekeken op', hint: 'De dag waarop u de bron las.' },

  // Standards, shown in the CMS only to choose from (the collection itself is for experts)
  'standards:code': { label: 'Code' },
  'standards:name': { label: 'Naam' },
  'standards:edition': { label: 'Editie' },
};

/** The help for a field, by collection and path without list positions; undefined when there is none. */
export function fieldHelp(collection: CollectionName, path: readonly string[]): FieldHelp | undefined {
  const key = path.join('.');
  return FIELD_HELP[`${collection}:${key}`] ?? FIELD_HELP[key] ?? FIELD_HELP[path.at(-1) ?? ''];
}

/** The comment `npm run new` writes above a field: the hint, then how to write it in a file. */
export function fileComment(collection: CollectionName, path: readonly string[]): string {
  const help = fieldHelp(collection, path);
  return [help?.hint, help?.fileHint].filter(Boolean).join(' ');
}
