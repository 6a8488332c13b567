import type { SchoolCard } from './items.ts';
import { wegingBand } from './schools-like-mine.ts';
import { plural, t, tDynamic } from '../../i18n/t.ts';

/** Who a school counts: pupils, but students in mbo and ho and children in voorschoolse educatie. */
function learnersKey(sector: string): 'school.pupils' | 'school.students' | 'school.children' {
  return sector === 'mbo' || sector === 'ho' ? 'school.students' : sector === 'vve' ? 'school.children' : 'school.pupils';
}

/** "265 leerlingen", "1.080 leerlingen", "48 kinderen", "1 student". */
export function learnersInWords(sector: string, n: number): string {
  return plural(learnersKey(sector), n, { n: n.toLocaleString('nl-NL') });
}

/** "Primair onderwijs · Rotterdam · 265 leerlingen · schoolweging 32 of hoger": the card's "is this like my school?" line. */
export function schoolLine(school: Pick<SchoolCard, 'sector' | 'place' | 'pupils' | 'schoolweging'>): string {
  const band = wegingBand(school.schoolweging);
  return [
    tDynamic(`sector.${school.sector}`),
    school.place,
    learnersInWords(school.sector, school.pupils),
    ...(band ? [t('school.weging', { band: tDynamic(`school.weging.${band}`) })] : []),
  ].join(' · ');
}
