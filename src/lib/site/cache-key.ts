/**
 * Cache keys for Astro's incremental build: a page whose key did not change since the last
 * build (and whose code did not change) is copied from the cache instead of rendered again.
 * A key is a digest of everything the page shows, so it must be built from values, never
 * from object identity or the moment of the build.
 */
import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted, Maps and Sets as arrays and Dates as ISO text, so the same
 * data always gives the same text, whatever order it was assembled in.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, key: string, raw: unknown) {
    // JSON.stringify has already called Date#toJSON on `raw`; read the original to be explicit.
    const original = (this as Record<string, unknown>)[key];
    if (original instanceof Date) return Number.isNaN(original.getTime()) ? 'Invalid Date' : original.toISOString();
    if (raw instanceof Map) return { '<map>': [...raw.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0)) };
    if (raw instanceof Set) return { '<set>': [...raw].map(String).sort() };
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      return Object.fromEntries(Object.keys(raw).sort().map((k) => [k, (raw as Record<string, unknown>)[k]]));
    }
    return raw;
  });
}

/** A short hex digest (SHA-256, 128 bits) of any JSON-able values; the order of the arguments counts. */
export function digest(...parts: unknown[]): string {
  return createHash('sha256').update(stableJson(parts)).digest('hex').slice(0, 32);
}
