// The import attribute lets plain Node (scripts/feedback-links.ts) load this module too, not only Vite.
import nl from './nl.json' with { type: 'json' };

export type UiKey = keyof typeof nl;

/** Every UI string comes from nl.json; `{name}` placeholders are filled from params. */
export function t(key: UiKey, params: Record<string, string | number> = {}): string {
  const template: string = nl[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** For keys built from data (sector codes, collection names): falls back to the raw value. */
export function tDynamic(key: string, params: Record<string, string | number> = {}): string {
  return key in nl ? t(key as UiKey, params) : key.split('.').pop() ?? key;
}
