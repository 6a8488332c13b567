/**
 * The count nouns of the site, from its own texts: the word after {n} in every `.other` form of
 * nl.json ("resultaten", "scholen", "pagina's") and the last word of each content type's plural
 * ("brochures", "voorbeelden"). Shared by the unit test of nl.json and the scan of built pages.
 */
import nl from '../src/i18n/nl.json' with { type: 'json' };

export function countNouns(strings: Record<string, string> = nl): Set<string> {
  return new Set([
    ...Object.entries(strings)
      .filter(([k]) => k.endsWith('.other'))
      .flatMap(([, v]) => [...v.matchAll(/\{n\} ([\p{L}']+)/gu)].map((m) => m[1]!)),
    ...Object.entries(strings)
      .filter(([k]) => /^type\.[\w-]+\.plural$/.test(k))
      .map(([, v]) => v.toLowerCase().split(' ').at(-1)!),
  ]);
}

/** "stap(pen)", "leerling(en)", "foto('s)": a plural written as a shortcut. */
export const PSEUDO_PLURAL = /\p{L}\((e?n|s|pen|'s)\)/u;
