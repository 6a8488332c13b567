/**
 * Zod compiles fast object parsers with `new Function`, and probes for it once, in the reader's
 * browser. The site's Content-Security-Policy forbids eval, so the probe would fire a
 * `securitypolicyviolation` on every page whose island validates data. Jitless mode skips both.
 * Import this first in an island that (indirectly) uses zod: schemas read the setting when they are made.
 * The build (no document) keeps the fast parsers.
 */
import { z } from 'astro/zod';

if (typeof document !== 'undefined') z.config({ jitless: true });
