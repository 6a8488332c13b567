/**
 * The editors' CMS at /admin/, served by the site itself. Sveltia CMS comes from npm (pinned in
 * package.json) and is bundled here with esbuild, with its fonts, translations and code chunks
 * next to it, so loading /admin/ asks nothing of any other host. The bundle is made once per
 * version and kept in node_modules/.cache; `astro build` copies it into dist/admin/ with the page
 * (src/lib/site/admin-page.ts) and the generated configuration (src/admin/config.yml), and
 * `astro dev` (npm run dev, npm run redactie) serves the same files.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { ADMIN_PATH, adminPage } from '../lib/site/admin-page.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = join(ROOT, 'src/admin/cms.ts');
export const CMS_CONFIG = join(ROOT, 'src/admin/config.yml');
const SCRIPT = 'cms.js';

/** Sveltia's npm build: npm/index.js with its fonts and decoders in npm/assets/. */
function sveltia(): { dir: string; version: string } {
  const main = createRequire(import.meta.url).resolve('@sveltia/cms');
  const dir = dirname(main);
  const pkg = JSON.parse(readFileSync(join(dir, '..', 'package.json'), 'utf8')) as { version: string };
  return { dir, version: pkg.version };
}

/**
 * Sveltia's stylesheet names its fonts on cdn.jsdelivr.net as a fallback, and a browser may ask for
 * them before the copies it loads itself are ready. Point those rules at the copies in /admin/assets/.
 * A font without a local copy stops the build, so a new version cannot quietly load from a CDN again.
 */
function localFonts(assets: string[]): Plugin {
  const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;
  return {
    name: 'kennisplatform-local-fonts',
    setup(b) {
      b.onLoad({ filter: /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, (args) => {
        const code = readFileSync(args.path, 'utf8').replace(CDN_FONT, (url, family: string, subset: string) => {
          const local = assets.find((a) => a.startsWith(`${family}-${subset}-`) && a.endsWith('.woff2'));
          if (!local) throw new Error(`cms-admin: geen eigen kopie van ${url} in @sveltia/cms/npm/assets`);
          return `${ADMIN_PATH}assets/${local}`;
        });
        return { contents: code, loader: 'js' };
      });
    },
  };
}

/** The folder holding the bundle (cms.js, its chunks, assets/), made when not cached yet. */
export async function cmsBundle(): Promise<string> {
  const { dir, version } = sveltia();
  const key = createHash('sha256')
    .update([version, ...readdirSync(dirname(ENTRY)).filter((f) => f.endsWith('.ts')).sort().map((f) => readFileSync(join(dirname(ENTRY), f), 'utf8')), readFileSync(fileURLToPath(import.meta.url), 'utf8')].join('\0'))
    .digest('hex')
    .slice(0, 16);
  const cache = join(ROOT, 'node_modules/.cache/kennisplatform-cms');
  const out = join(cache, key);
  if (existsSync(join(out, SCRIPT))) return out;
  const assets = readdirSync(join(dir, 'assets'));
  const tmp = `${out}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  await build({
    entryPoints: { cms: ENTRY },
    bundle: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outdir: tmp,
    // Flat: Sveltia finds its assets relative to the file that asks (new URL('assets/…', import.meta.url)).
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    logLevel: 'error',
    plugins: [localFonts(assets)],
  });
  cpSync(join(dir, 'assets'), join(tmp, 'assets'), { recursive: true });
  for (const file of readdirSync(tmp).filter((f) => f.endsWith('.js'))) {
    if (readFileSync(join(tmp, file), 'utf8').includes('cdn.jsdelivr.net/fontsource')) throw new Error(`cms-admin: ${file} laadt nog een lettertype van een CDN`);
  }
  mkdirSync(cache, { recursive: true });
  try {
    renameSync(tmp, out);
  } catch {
    // Another build finished the same bundle first.
    rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

/** Writes dist/admin/: the bundle, the page and the configuration. */
export async function writeAdmin(dist: string): Promise<void> {
  const target = join(dist, ADMIN_PATH);
  cpSync(await cmsBundle(), target, { recursive: true });
  writeFileSync(join(target, 'index.html'), adminPage(SCRIPT));
  cpSync(CMS_CONFIG, join(target, 'config.yml'));
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.yml': 'application/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export function cmsAdminIntegration(): AstroIntegration {
  return {
    name: 'kennisplatform:cms-admin',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
          if (path === ADMIN_PATH.slice(0, -1)) {
            res.writeHead(301, { location: ADMIN_PATH }).end();
            return;
          }
          if (!path.startsWith(ADMIN_PATH)) return next();
          const send = (type: string, body: string | Buffer) => res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
          if (path === ADMIN_PATH) return send('text/html; charset=utf-8', adminPage(SCRIPT));
          // Read on every request: after `npm run cms:config` a reload shows the new forms.
          if (path === `${ADMIN_PATH}config.yml`) return send(TYPES['.yml']!, readFileSync(CMS_CONFIG));
          cmsBundle().then(
            (dir) => {
              const file = join(dir, path.slice(ADMIN_PATH.length));
              if (!relative(dir, file).split(sep).includes('..') && existsSync(file)) send(TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
              else next();
            },
            (e: unknown) => next(e),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeAdmin(fileURLToPath(dir));
        logger.info(`CMS voor de redactie in ${ADMIN_PATH} gezet`);
      },
    },
  };
}
