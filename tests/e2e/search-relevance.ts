/**
 * The relevance table: what a teacher, school leader or board member types, with graded pages
 * (3 = the page meant, 2 = very useful, 1 = related). Pages are named by title, compared without
 * case, punctuation and a leading standard code (src/lib/search/relevance.ts), so renamed slugs
 * and recoded standards keep the table valid. Judged by reading the pages, before measuring.
 */
import type { Judgements } from '../../src/lib/search/relevance.ts';

export type QueryKind = 'samenstelling' | 'typefout' | 'afkorting' | 'soort' | 'standaard' | 'transcript' | 'woordvorm';

export interface RelevanceQuery {
  query: string;
  kind: QueryKind;
  judgements: Judgements;
}

// Titles used more than once.
const T = {
  basis: 'Basisvaardigheden',
  burgerschap: 'Burgerschap',
  kwaliteit: 'Kwaliteitszorg en kwaliteitscultuur',
  les: 'Leskwaliteit',
  ruimte: 'Ruimte in regels',
  ouders: 'Samenwerking met ouders en partners',
  veiligheid: 'Sociale veiligheid',
  zicht: 'Zicht op ontwikkeling en ondersteuning',
  podKwaliteit: 'Kwaliteitszorg: van een dik plan naar samen leren',
  podVeilig: 'Sociale veiligheid: de hele school doet mee',
  podLes: 'Leskwaliteit: samen kijken naar lessen',
  podBurger: 'Burgerschap: democratie oefenen op school',
  podBezoek: 'Sterk samenwerken met de inspectie: de dag van het bezoek',
  podBasis: 'Basisvaardigheden: wat ziet de inspectie in de klas?',
  rwKwaliteit: 'Reflectiewijzer kwaliteitszorg en kwaliteitscultuur',
  rwBasis: 'Reflectiewijzer basisvaardigheden: doelen en aanbod in het po',
  rwVeilig: 'Reflectiewijzer sociale veiligheid: veiligheid en klimaat in het vo',
  toVeilig: 'Themaonderzoek sociale veiligheid in het vo',
  toLees: 'Themaonderzoek basisvaardigheden: het leesaanbod in groep 5 tot en met 8',
  brKwaliteit: 'Kwaliteitszorg die werkt',
  brVeilig: 'Sociale veiligheid meten en gebruiken',
  brRuimte: 'Wat mag wel? Onderwijstijd, maatwerk en toetsing in het vo',
  brBasis: 'Basisvaardigheden: wat werkt in het aanbod',
  brBurger: 'Burgerschap: van losse projecten naar een doorlopende lijn',
  brLes: 'Leskwaliteit in beeld',
  wbBasis: 'Een jaar standaard Basisvaardigheden',
  wbOuders: 'Ouders betrekken bij de kwaliteit van het onderwijs',
  wbRuimte: 'Waar zit de ruimte in de regels van het vo?',
  wbSamen: 'Sterk samenwerken met de inspectie',
  wbZicht: 'Zicht op ontwikkeling: van gegevens naar handelen',
  gvBurgerPro: 'Burgerschap oefenen in de wijk in het praktijkonderwijs',
  gvSbo: 'Elke zes weken kijken of een leerling op koers ligt in het sbo',
  gvLessen: 'Samen werken aan sterke lessen op een havo-vwo-school',
  gvLezen: 'Meer leestijd en kennisrijke teksten in een Rotterdamse wijk',
  gvDriehoek: 'Driehoeksgesprekken met ouders op een kleine dorpsschool',
  gvSo: 'Resultaten per leerroute bespreken in het speciaal onderwijs',
  gvVmbo: 'Leerlingen helpen mee aan een veilige school in het vmbo',
  gvNiveau2: 'Burgerschap dichtbij het vak in een niveau-2-opleiding',
  gvRekenen: 'Een doorlopende leerlijn rekenen-wiskunde van groep 1 tot en met 8',
  gvHavo: 'Mavoleerlingen doen een vak op havoniveau',
  gvOpp: 'Het ontwikkelingsperspectief als leidraad naar een passende uitstroom',
  gvVso: 'Eén lijn in de aanpak van conflicten op een vso-school',
  gvStage: 'Een vaste stagecoördinator tegen stagediscriminatie',
  gvPanels: 'Studentenpanels als vast onderdeel van de kwaliteitscyclus',
  // The current (2021) successors of superseded standards, graded beside them since issue 29 (current edition first);
  // compared without their code, so BKA1 and BKA2 (same names, board level) count as these too.
  ska1: 'SKA1 Visie, ambities en doelen',
  ska2: 'SKA2 Uitvoering en kwaliteitscultuur',
  ska3: 'SKA3 Evaluatie, verantwoording en dialoog',
  // Audience pages, in the index since issue 29.
  voorOuders: 'Voor ouders en verzorgers',
  voorLeerlingen: 'Voor leerlingen en studenten',
} as const;

const all = (titles: string[], grade: number): Judgements => Object.fromEntries(titles.map((t) => [t, grade]));
const PODCASTS = [T.podKwaliteit, T.podVeilig, T.podLes, T.podBurger, T.podBezoek, T.podBasis];
const WEBINARS = [T.wbBasis, T.wbOuders, T.wbRuimte, T.wbSamen, T.wbZicht];
const BROCHURES = [T.brKwaliteit, T.brVeilig, T.brRuimte, T.brBasis, T.brBurger, T.brLes];
const EXPERT_SCHOOLS = ['College De Eemhof', 'Openbare basisschool De Kiezelsteen', 'School voor speciaal onderwijs De Kompasroos', 'Basisschool De Vlinderkamp', 'Stedelijk Lyceum De Lange Akker', 'MBO College De Lindeboog'];

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  // Compounds: a part of a compound, or the compound itself.
  { query: 'cultuur', kind: 'samenstelling', judgements: { 'KA2 Kwaliteitscultuur': 3, [T.kwaliteit]: 3, [T.rwKwaliteit]: 2, [T.podKwaliteit]: 1, [T.ska2]: 3 } },
  { query: 'aanbod', kind: 'samenstelling', judgements: { 'OP1 Aanbod': 3, [T.brBasis]: 3, [T.toLees]: 2, [T.rwBasis]: 2 } },
  { query: 'klimaat', kind: 'samenstelling', judgements: { 'SK2 Pedagogisch klimaat': 3, [T.rwVeilig]: 3, [T.veiligheid]: 2, 'VS2 Schoolklimaat': 3 } },
  { query: 'zorg', kind: 'samenstelling', judgements: { 'KA1 Kwaliteitszorg': 3, [T.kwaliteit]: 3, [T.brKwaliteit]: 2, [T.rwKwaliteit]: 2, [T.ska1]: 2, [T.ska3]: 2 } },
  { query: 'discriminatie', kind: 'samenstelling', judgements: { [T.gvStage]: 3, 'Stagediscriminatie in het mbo': 3, 'Toezicht in het mbo': 1, [T.voorLeerlingen]: 1, [T.voorOuders]: 1 } },
  { query: 'panel', kind: 'samenstelling', judgements: { [T.gvPanels]: 3 } },
  { query: 'cyclus', kind: 'samenstelling', judgements: { [T.gvPanels]: 3, [T.brKwaliteit]: 1 } },
  { query: 'niveau', kind: 'samenstelling', judgements: { [T.gvHavo]: 3, [T.gvNiveau2]: 3 } },
  { query: 'perspectief', kind: 'samenstelling', judgements: { [T.gvOpp]: 3 } },
  { query: 'bezoek', kind: 'samenstelling', judgements: { [T.podBezoek]: 3, 'Voor, tijdens en na een inspectiebezoek': 3, 'Voorbereiden op een bezoek: wat moet wel, wat niet?': 2, [T.gvLessen]: 2, [T.wbSamen]: 1, 'Voor inspecteurs': 2 } },
  { query: 'lesbezoek', kind: 'samenstelling', judgements: { [T.gvLessen]: 3, [T.podLes]: 2, [T.les]: 1 } },
  { query: 'kwaliteitscultuur', kind: 'samenstelling', judgements: { 'KA2 Kwaliteitscultuur': 3, [T.kwaliteit]: 3, [T.rwKwaliteit]: 2, [T.ska2]: 3 } },
  { query: 'leesaanbod', kind: 'samenstelling', judgements: { [T.toLees]: 3, [T.brBasis]: 1 } },
  { query: 'veiligheidsbeleving', kind: 'samenstelling', judgements: { 'SK1 Veiligheid': 3, [T.brVeilig]: 2, [T.veiligheid]: 1 } },
  { query: 'groepsplan', kind: 'samenstelling', judgements: { [T.gvSbo]: 3 } },
  { query: 'leerlijn', kind: 'samenstelling', judgements: { [T.gvRekenen]: 3, [T.brBurger]: 1 } },
  { query: 'stagediscriminatie', kind: 'samenstelling', judgements: { [T.gvStage]: 3, 'Stagediscriminatie in het mbo': 3, 'Toezicht in het mbo': 2 } },
  { query: 'havoniveau', kind: 'samenstelling', judgements: { [T.gvHavo]: 3 } },
  { query: 'inspectiebezoek', kind: 'samenstelling', judgements: { [T.podBezoek]: 3, 'Voor, tijdens en na een inspectiebezoek': 3, [T.wbSamen]: 2 } },
  // Typos.
  { query: 'pestne', kind: 'typefout', judgements: { [T.veiligheid]: 3, [T.gvVmbo]: 2, [T.podVeilig]: 2 } },
  { query: 'kwalitietszorg', kind: 'typefout', judgements: { [T.kwaliteit]: 3, 'KA1 Kwaliteitszorg': 2, [T.brKwaliteit]: 2, [T.ska1]: 2, [T.ska3]: 2 } },
  { query: 'burgershap', kind: 'typefout', judgements: { [T.burgerschap]: 3, [T.podBurger]: 2, [T.brBurger]: 2 } },
  { query: 'basisvaardighedn', kind: 'typefout', judgements: { [T.basis]: 3, [T.brBasis]: 2, [T.rwBasis]: 2 } },
  { query: 'leskwalitiet', kind: 'typefout', judgements: { [T.les]: 3, [T.brLes]: 2, [T.podLes]: 2 } },
  { query: 'stagediscrimnatie', kind: 'typefout', judgements: { [T.gvStage]: 3, 'Stagediscriminatie in het mbo': 3 } },
  { query: 'democraite', kind: 'typefout', judgements: { [T.podBurger]: 3 } },
  // Abbreviations and the editors' synonyms.
  { query: 'vso', kind: 'afkorting', judgements: { [T.gvVso]: 3, 'Toezicht in het speciaal onderwijs (so en vso)': 2 } },
  { query: 'voortgezet speciaal onderwijs', kind: 'afkorting', judgements: { [T.gvVso]: 3, 'Toezicht in het speciaal onderwijs (so en vso)': 2 } },
  { query: 'mr', kind: 'afkorting', judgements: { [T.wbOuders]: 2, [T.rwKwaliteit]: 2, [T.brKwaliteit]: 2, 'Voor besturen en medezeggenschapsraden': 3 } },
  { query: 'opp', kind: 'afkorting', judgements: { [T.gvOpp]: 3 } },
  { query: 'sbo', kind: 'afkorting', judgements: { [T.gvSbo]: 3, 'Toezicht in het primair onderwijs': 1 } },
  { query: 'mbo', kind: 'afkorting', judgements: { 'MBO College De Lindeboog': 3, 'Toezicht in het mbo': 3, 'Stagediscriminatie in het mbo': 2, [T.gvStage]: 2, [T.gvPanels]: 2, [T.gvNiveau2]: 2 } },
  { query: 'pesten', kind: 'afkorting', judgements: { [T.veiligheid]: 3, [T.gvVmbo]: 3, [T.podVeilig]: 2 } },
  { query: 'praktijkonderwijs', kind: 'afkorting', judgements: { [T.gvBurgerPro]: 3 } },
  { query: 'po', kind: 'afkorting', judgements: { [T.rwBasis]: 3, 'Toezicht in het primair onderwijs': 2 } },
  // Content types, alone and with a topic.
  { query: 'podcast', kind: 'soort', judgements: all(PODCASTS, 2) },
  { query: 'podcast kwaliteitszorg', kind: 'soort', judgements: { [T.podKwaliteit]: 3 } },
  { query: 'webinar', kind: 'soort', judgements: all(WEBINARS, 2) },
  { query: 'webinar ouders', kind: 'soort', judgements: { [T.wbOuders]: 3 } },
  { query: 'expertschool', kind: 'soort', judgements: all(EXPERT_SCHOOLS, 2) },
  { query: 'expertschool mbo', kind: 'soort', judgements: { 'MBO College De Lindeboog': 3 } },
  { query: 'expertschool speciaal onderwijs', kind: 'soort', judgements: { 'School voor speciaal onderwijs De Kompasroos': 3 } },
  { query: 'brochure', kind: 'soort', judgements: all(BROCHURES, 2) },
  { query: 'brochure sociale veiligheid', kind: 'soort', judgements: { [T.brVeilig]: 3 } },
  { query: 'reflectiewijzer', kind: 'soort', judgements: all([T.rwBasis, T.rwKwaliteit, T.rwVeilig], 2) },
  { query: 'reflectiewijzer basisvaardigheden', kind: 'soort', judgements: { [T.rwBasis]: 3 } },
  { query: 'reflectiewijzer veiligheid', kind: 'soort', judgements: { [T.rwVeilig]: 3 } },
  { query: 'goed voorbeeld rekenen', kind: 'soort', judgements: { [T.gvRekenen]: 3 } },
  { query: 'themaonderzoek', kind: 'soort', judgements: all([T.toVeilig, T.toLees], 2) },
  { query: 'themaonderzoek sociale veiligheid', kind: 'soort', judgements: { [T.toVeilig]: 3 } },
  // Standard codes.
  { query: 'OP0', kind: 'standaard', judgements: { 'OP0 Basisvaardigheden': 3 } },
  { query: 'OP1', kind: 'standaard', judgements: { 'OP1 Aanbod': 3 } },
  { query: 'OP3', kind: 'standaard', judgements: { 'OP3 Didactisch handelen': 3 } },
  { query: 'OP8', kind: 'standaard', judgements: { 'OP8 Toetsing en afsluiting': 3 } },
  { query: 'KA1', kind: 'standaard', judgements: { 'KA1 Kwaliteitszorg': 3 } },
  { query: 'KA2', kind: 'standaard', judgements: { 'KA2 Kwaliteitscultuur': 3 } },
  { query: 'OR1', kind: 'standaard', judgements: { 'OR1 Resultaten': 3 } },
  // Words and phrases that occur only in a podcast or webinar transcript.
  { query: 'kantine', kind: 'transcript', judgements: { [T.podVeilig]: 3 } },
  { query: 'wisbordje', kind: 'transcript', judgements: { [T.podLes]: 3 } },
  { query: 'verkiezingen', kind: 'transcript', judgements: { [T.podBurger]: 3 } },
  { query: 'slecht nieuws', kind: 'transcript', judgements: { [T.podKwaliteit]: 3 } },
  { query: 'elke ochtend twintig minuten', kind: 'transcript', judgements: { [T.wbBasis]: 3 } },
  { query: 'onderzoekskader augustus 2027', kind: 'transcript', judgements: { [T.wbSamen]: 3, 'Nieuw onderzoekskader 2027': 3 } },
  // Inflections, plurals and phrases.
  { query: 'gepest', kind: 'woordvorm', judgements: { [T.veiligheid]: 3, [T.gvVmbo]: 2, [T.podVeilig]: 2 } },
  { query: 'ouders', kind: 'woordvorm', judgements: { [T.ouders]: 3, [T.gvDriehoek]: 2, [T.wbOuders]: 2 } },
  { query: 'rekenen', kind: 'woordvorm', judgements: { [T.basis]: 3, [T.gvRekenen]: 3 } },
  { query: 'onderwijstijd', kind: 'woordvorm', judgements: { 'OP5 Onderwijstijd': 3, [T.wbRuimte]: 1 } },
  { query: 'ruimte in regels', kind: 'woordvorm', judgements: { [T.ruimte]: 3, [T.wbRuimte]: 3, [T.brRuimte]: 3 } },
  { query: 'studentenpanel', kind: 'woordvorm', judgements: { [T.gvPanels]: 3 } },
  { query: 'zicht op ontwikkeling', kind: 'woordvorm', judgements: { [T.zicht]: 3, 'OP2 Zicht op ontwikkeling en begeleiding': 3, 'OP2 Zicht op ontwikkeling': 3, [T.wbZicht]: 2 } },
];
