/**
 * Zod compiles fast object parsers with `new Function`, and probes for it when an object schema is
 * made, in the reader's browser. The site's Content-Security-Policy forbids eval, so the probe would
 * fire a `securitypolicyviolation` on every page whose island validates data. Jitless mode skips both.
 * Zod keeps its settings on `globalThis.__zod_globalConfig` and reads `jitless` when a schema is
 * made, so this sets it without importing zod: a shared chunk that makes schemas may be evaluated
 * before any island code, but never before this module, which depends on nothing.
 * Import this first in an island that (indirectly) uses zod. The build (no document) keeps the fast parsers.
 */
type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };

if (typeof document !== 'undefined') {
  const g = globalThis as ZodGlobal;
  g.__zod_globalConfig = Object.assign(g.__zod_globalConfig ?? {}, { jitless: true });
}
