import type { SchoolCard } from './items.ts';
import { wegingBand } from './schools-like-mine.ts';
import { t, tDynamic } from '../../i18n/t.ts';

/** "Primair onderwijs · Rotterdam · 265 leerlingen · schoolweging 32 of hoger": the card's "is this like my school?" line. */
export function schoolLine(school: Pick<SchoolCard, 'sector' | 'place' | 'pupils' | 'schoolweging'>): string {
  const band = wegingBand(school.schoolweging);
  return [
    tDynamic(`sector.${school.sector}`),
    school.place,
    t('school.pupils', { n: school.pupils.toLocaleString('nl-NL') }),
    ...(band ? [t('school.weging', { band: tDynamic(`school.weging.${band}`) })] : []),
  ].join(' · ');
}
