/** Filter options and no-JavaScript links for the "Scholen zoals de mijne" island on /goede-voorbeelden/. */
import { facetsOf, itemsOf, standardLabels, themeTitles } from './content.ts';
import { listingPath } from '../lib/site/routes.ts';
import { FILTER_KEYS, SIZE_BANDS, valuesOf, WEGING_BANDS, type FilterKey, type SchoolFacts } from '../lib/catalog/schools-like-mine.ts';
import { dutchCollator } from '../core/top.ts';
import { t, tDynamic } from '../i18n/t.ts';

export async function schoolsLikeMineProps() {
  const practices = await itemsOf('practices');
  const titles = await themeTitles();
  const standards = await standardLabels();
  const facts: SchoolFacts[] = practices.map((p) => ({ id: p.id, themes: p.themes, ...p.school! }));
  const present = (key: FilterKey) => new Set(facts.flatMap((f) => valuesOf(f, key)));
  const label = (key: FilterKey, value: string): string => {
    switch (key) {
      case 'thema': return titles.get(value) ?? value;
      case 'sector': return tDynamic(`sector.${value}`);
      case 'soort': return tDynamic(`schoolType.${value}`);
      case 'regio': return tDynamic(`region.${value}`);
      case 'grootte': return tDynamic(`school.size.${value}`);
      case 'schoolweging': return tDynamic(`school.weging.${value}`);
      default: return value;
    }
  };
  // Bands: all of them in their natural order (a band without examples yet still finds the
  // closest ones); other values as far as examples have them, sorted as a Dutch reader expects.
  const ordered: Partial<Record<FilterKey, string[]>> = { grootte: SIZE_BANDS.map((b) => b.id), schoolweging: WEGING_BANDS.map((b) => b.id) };
  const options = Object.fromEntries(
    FILTER_KEYS.map((key) => {
      const values = [...present(key)];
      const sorted = ordered[key] ?? values.sort((a, b) => dutchCollator.compare(label(key, a), label(key, b)));
      return [key, sorted.map((value) => ({ value, label: label(key, value) }))];
    }),
  ) as Record<FilterKey, { value: string; label: string }[]>;
  const base = listingPath('practices');
  // Without JavaScript: the pre-rendered single-filter pages, the listing's only filters.
  const facetLabel = (kind: 'sector' | 'thema' | 'standaard', value: string) => (kind === 'standaard' ? standards.get(value.replace('-', '/')) ?? value : label(kind, value));
  const singleFilters = await Promise.all(
    (['sector', 'thema', 'standaard'] as const).map(async (kind) => ({
      title: t(kind === 'sector' ? 'slm.sector' : kind === 'thema' ? 'slm.theme' : 'slm.standard'),
      links: (await facetsOf('practices', kind)).map((v) => ({ href: `${base}${kind}/${v.value}/`, label: facetLabel(kind, v.value), count: v.count })),
    })),
  );
  return { options, singleFilters, dataUrl: `${base}scholen.json` };
}
