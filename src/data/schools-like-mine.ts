/** Filter options and no-JavaScript links for the "Scholen zoals de mijne" island on /goede-voorbeelden/. */
import { facetsOf, itemsOf, themeTitles } from './content.ts';
import { listingPath } from '../lib/site/routes.ts';
import { FILTER_KEYS, SIZE_BANDS, valuesOf, WEGING_BANDS, type FilterKey, type SchoolFacts } from '../lib/catalog/schools-like-mine.ts';
import { dutchCollator } from '../core/top.ts';
import { t, tDynamic } from '../i18n/t.ts';

export async function schoolsLikeMineProps() {
  const practices = await itemsOf('practices');
  const titles = await themeTitles();
  const facts: SchoolFacts[] = practices.map((p) => ({ id: p.id, themes: p.themes, ...p.school! }));
  const present = (key: FilterKey) => new Set(facts.flatMap((f) => valuesOf(f, key)));
  const label = (key: FilterKey, value: string): string => {
    switch (key) {
      case 'thema': return titles.get(value) ?? value;
      case 'sector': return tDynamic(`sector.${value}`);
      case 'regio': return tDynamic(`region.${value}`);
      case 'grootte': return tDynamic(`school.size.${value}`);
      case 'schoolweging': return tDynamic(`school.weging.${value}`);
      default: return value;
    }
  };
  // Bands keep their natural order; other values are sorted as a Dutch reader expects.
  const ordered: Partial<Record<FilterKey, string[]>> = { grootte: SIZE_BANDS.map((b) => b.id), schoolweging: WEGING_BANDS.map((b) => b.id) };
  const options = Object.fromEntries(
    FILTER_KEYS.map((key) => {
      const values = [...present(key)];
      const sorted = ordered[key] ? ordered[key]!.filter((v) => values.includes(v)) : values.sort((a, b) => dutchCollator.compare(label(key, a), label(key, b)));
      return [key, sorted.map((value) => ({ value, label: label(key, value) }))];
    }),
  ) as Record<FilterKey, { value: string; label: string }[]>;
  const base = listingPath('practices');
  const singleFilters = await Promise.all(
    (['sector', 'thema'] as const).map(async (kind) => ({
      title: t(kind === 'sector' ? 'slm.sector' : 'slm.theme'),
      links: (await facetsOf('practices', kind)).map((v) => ({ href: `${base}${kind}/${v.value}/`, label: label(kind, v.value), count: v.count })),
    })),
  );
  return { options, singleFilters, dataUrl: `${base}scholen.json` };
}
