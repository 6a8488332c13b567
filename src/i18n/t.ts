// The import attribute lets plain Node (scripts/feedback/links.ts) load this module too, not only Vite.
import nl from './nl.json' with { type: 'json' };
import { pluralForm } from '../core/format.ts';

export type UiKey = keyof typeof nl;
type Params = Record<string, string | number>;

/** Keys that come as a pair `<key>.one` / `<key>.other`, for plural(). */
export type PluralKey = { [K in UiKey]: K extends `${infer B}.one` ? (`${B}.other` extends UiKey ? B : never) : never }[UiKey];

const lists = new Intl.ListFormat('nl', { style: 'long', type: 'conjunction' });
const alternatives = new Intl.ListFormat('nl', { style: 'long', type: 'disjunction' });

/**
 * A placeholder without a value is a bug in the code, not something to show a reader. On the
 * server (build, scripts, tests) it throws so the string cannot ship; in a reader's browser it is
 * logged and the rest of the text is still shown.
 */
function missing(key: string, name: string): string {
  const message = `t("${key}"): geen waarde voor {${name}}`;
  if (typeof window === 'undefined') throw new Error(message);
  console.error(message);
  return '';
}

function fill(key: string, template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : missing(key, name)));
}

/** Every UI string comes from nl.json; `{name}` placeholders are filled from params. */
export function t(key: UiKey, params: Params = {}): string {
  return fill(key, nl[key], params);
}

/**
 * "1 fout" / "3 fouten": the one way to put a count in words. Picks `<key>.one` or `<key>.other`
 * by the Dutch plural rule (pluralForm in src/core/format.ts); `{n}` is the count.
 */
export function plural(key: PluralKey, n: number, params: Params = {}): string {
  const full = `${key}.${pluralForm(n)}` as UiKey;
  return fill(full, nl[full], { n, ...params });
}

/** "a, b en c". */
export function listAnd(items: readonly string[]): string {
  return lists.format(items);
}

/** "a, b of c". */
export function listOr(items: readonly string[]): string {
  return alternatives.format(items);
}

/** Whether nl.json has a text for a key built from data. */
export function hasText(key: string): key is UiKey {
  return key in nl;
}

/** For keys built from data (sector codes, collection names): falls back to the raw value. */
export function tDynamic(key: string, params: Params = {}): string {
  return key in nl ? t(key as UiKey, params) : key.split('.').pop() ?? key;
}
