/**
 * What a teacher or school leader types, and the page that must be in the top 3. Typos, plurals,
 * inflections and multi-word queries included. When content grows, this table grows with it.
 */
export interface SearchQuery {
  query: string;
  expected: string;
  /** Why this query is here (what it exercises). */
  note: string;
  /** The expected hit is inside a podcast/webinar transcript (used to test timestamp links). */
  transcript?: boolean;
}

export const SEARCH_QUERIES: SearchQuery[] = [
  { query: 'pesten', expected: '/themas/sociale-veiligheid/', note: 'theme by a common word' },
  { query: 'gepest', expected: '/themas/sociale-veiligheid/', note: 'inflected form' },
  { query: 'pestne', expected: '/themas/sociale-veiligheid/', note: 'typo (swapped letters)' },
  { query: 'kantine', expected: '/podcasts/veilig-op-school/', note: 'word only in a podcast transcript', transcript: true },
  { query: 'inspectiebezoek', expected: '/podcasts/het-inspectiebezoek/', note: 'compound word in a title' },
  { query: 'democratie', expected: '/podcasts/burgerschap-oefenen/', note: 'topic word in summary' },
  { query: 'lesdoel', expected: '/podcasts/leskwaliteit-samen-kijken/', note: 'word in summary and transcript' },
  { query: 'groepsbespreking', expected: '/webinars/zicht-op-ontwikkeling-van-gegevens-naar-handelen/', note: 'webinar by a practice term' },
  { query: 'ruimte in regels', expected: '/webinars/ruimte-in-regels-in-het-vo/', note: 'multi-word phrase' },
  { query: 'ouders', expected: '/themas/samenwerking-met-ouders/', note: 'plural noun' },
  { query: 'onderwijstijd', expected: '/onderzoekskader/2017/op5/', note: 'a standard that only exists in the 2017 framework' },
  { query: 'rekenen', expected: '/themas/basisvaardigheden/', note: 'verb form of rekenvaardigheid' },
  { query: 'kwalitietszorg', expected: '/themas/kwaliteitszorg/', note: 'typo corrected from the site vocabulary' },
  { query: 'Basisvaardigheden', expected: '/onderzoekskader/2021/op0/', note: 'capitalised standard name' },
  { query: 'veiligheidsbeleving', expected: '/onderzoekskader/2021/vs1/', note: 'long compound from a standard' },
  { query: 'stagediscriminatie', expected: '/goede-voorbeelden/stagecoordinator-tegen-stagediscriminatie/', note: 'mbo good practice by its topic' },
  { query: 'leesaanbod', expected: '/themaonderzoeken/basisvaardigheden-leesaanbod-groep-5-8/', note: 'themed investigation by its subject' },
  { query: 'reflectiewijzer veiligheid', expected: '/reflectiewijzers/sociale-veiligheid-en-klimaat-vo/', note: 'type word plus topic' },
  { query: 'studentenpanel', expected: '/goede-voorbeelden/studentenpanels-in-de-kwaliteitscyclus/', note: 'singular of a plural in the title' },
  { query: 'havoniveau', expected: '/goede-voorbeelden/mavo-leerlingen-vak-op-havoniveau/', note: 'compound in a title' },
  { query: 'ontwikkelingsperspectief', expected: '/goede-voorbeelden/ontwikkelingsperspectief-en-uitstroom-so/', note: 'so practice by a term of the trade' },
  { query: 'expertschool mbo', expected: '/expertscholen/mbo-college-de-lindeboog/', note: 'expert school by type and sector' },
  { query: 'rekenles', expected: '/goede-voorbeelden/doorlopende-leerlijn-rekenen/', note: 'word from a practice body' },
];
