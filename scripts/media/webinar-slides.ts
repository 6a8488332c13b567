/**
 * The slides of each past webinar, by file name (slug) of content/webinars/<slug>.md.
 * webinar-video.ts shows them in the recording and writes them as the slides PDF.
 *
 * `at` is the start of the caption (cue) text where the slide appears in the video; the first
 * slide always starts at 0:00. Matching on text, not on time, keeps a slide with its caption when
 * the timings change.
 */
export interface Slide {
  title: string;
  /** Bullet points; on the first slide, plain lines under the title. */
  lines?: string[];
  at?: string;
}

export const WEBINAR_SLIDES: Record<string, Slide[]> = {
  'sterk-samenwerken-met-de-inspectie': [
    { title: 'Sterk samenwerken met de inspectie', lines: ['Webinar in de themamaand november 2025', 'Met Hanneke Smit en Joost van der Meulen'] },
    { title: 'Toezicht op drie niveaus', lines: ['Het bestuur', 'De school', 'Het stelsel', 'Elk jaar een analyse van alle scholen'], at: 'De inspectie houdt toezicht' },
    { title: 'Het gesprek met de inspectie', lines: ['Vertel waar u trots op bent', 'Vertel waar u nog zoekt', 'Blijf samen scherp'], at: 'Voor mij is het gesprek' },
    { title: 'Goed voorbereid', lines: ['Ken uw eigen school', 'Laat voorbeelden uit de klas zien', 'Maak geen extra papier'], at: 'Wat is een goede voorbereiding' },
    { title: 'Een oordeel is geen eindpunt', lines: ['Het begin van een gesprek over verbeteren', 'Nieuw onderzoekskader: naar verwachting augustus 2027'], at: 'Een oordeel is geen eindpunt' },
  ],
  'ruimte-in-regels-in-het-vo': [
    { title: 'Ruimte in regels in het voortgezet onderwijs', lines: ['Webinar', 'Met Kees Dijkman en Priya Ramdin'] },
    { title: 'Onderwijstijd', lines: ['De wet noemt een totaal aantal uren voor de hele opleiding', 'De school verdeelt de uren over de jaren en de weken'], at: 'Neem de onderwijstijd' },
    { title: 'Een vak op een hoger niveau', lines: ['Het kan', 'Regel het goed in het examenreglement'], at: 'Wij wilden dat leerlingen' },
    { title: 'Toetsing', lines: ['Het programma van toetsing en afsluiting is duidelijk voor leerlingen', 'Aantal en vorm van de toetsen kiest de school'], at: 'Ook bij toetsing' },
    { title: 'Wat moet wel?', lines: ['Leerlingen en ouders weten waar ze aan toe zijn', 'De kwaliteit blijft goed', 'Twijfelt u? Vraag het na'], at: 'Wat moet wel?' },
  ],
  'een-jaar-standaard-basisvaardigheden': [
    { title: 'Een jaar standaard Basisvaardigheden', lines: ['Webinar', 'Met Ruben Kalkman en Fatima El Amrani'] },
    { title: 'Wat zien we na een jaar?', lines: ['Lezen en rekenen: vaak een duidelijk plan', 'Burgerschap: vaak nog losse projecten'], at: 'Wat zien we na een jaar?' },
    { title: 'Van plan naar klas', lines: ['Het plan is in elke klas te zien', 'Het team bespreekt samen de resultaten'], at: 'Het verschil zit in de uitvoering' },
    { title: 'Voorbeeld: elke dag lezen', lines: ['Alle groepen lezen elke ochtend twintig minuten', 'De zwakke lezers gingen het meest vooruit'], at: 'Bij ons lezen alle groepen' },
    { title: 'Tips', lines: ['Schrijf op wat leerlingen in elk leerjaar leren', 'Begin klein en houd het een jaar vol'], at: 'Veel vragen in de chat' },
  ],
};
