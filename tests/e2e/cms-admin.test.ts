/**
 * The editors' CMS at /admin/ as the built site serves it: it asks nothing of any other host (its
 * scripts, translations and fonts come from the site), it speaks Dutch whatever the browser's
 * language, its screens pass axe-core, it carries its own Content-Security-Policy, and search
 * engines, the sitemap, the feeds and the search index never see it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_CSP } from '../../src/lib/site/admin-page.ts';
import { axeViolations, baseUrl, launchBrowser, openPage, trackExternalRequests } from './browser.ts';
import { copyProject, newEntry, openCms, openEntry, removeProject } from './cms.ts';
import { DIST } from './site.ts';

let browser: Browser;
let repo: string;

beforeAll(async () => {
  browser = await launchBrowser();
  repo = copyProject();
});

afterAll(async () => {
  await browser?.close();
  if (repo) removeProject(repo);
});

describe('/admin/', { timeout: 180_000 }, () => {
  it('loads only from the site, in Dutch for an English browser, with no axe violations on the sign-in screen', async () => {
    const page = await openPage(browser, { locale: 'en-US' });
    const external = trackExternalRequests(page);
    const local: string[] = [];
    page.on('request', (r) => local.push(new URL(r.url()).pathname));
    await page.goto(`${baseUrl()}/admin/`);
    await page.getByRole('button', { name: 'Werken met een lokale repository' }).waitFor();
    expect(await page.getByRole('button', { name: /Inloggen met .*GitHub/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // The fonts came from the site (they are requested once the page draws text).
    await page.evaluate(() => document.fonts.ready);
    expect(local.some((p) => /^\/admin\/assets\/.+\.woff2$/.test(p))).toBe(true);
    expect(local.some((p) => p === '/admin/config.yml')).toBe(true);
    expect(external).toEqual([]);
    await page.context().close();
  });

  it('its editing screens (lists, an existing item, new items with lists and choices) make no request elsewhere and pass axe-core', async () => {
    const page = await openCms(browser, repo, baseUrl());
    const external = trackExternalRequests(page);
    const problems: string[] = [];
    const screens: [string, () => Promise<void>][] = [
      ['lijst goede voorbeelden', () => page.goto(`${baseUrl()}/admin/#/collections/practices`).then(() => page.getByText('Goede voorbeelden').first().waitFor())],
      ['goed voorbeeld bewerken', () => openEntry(page, 'practices', 'doorlopende-leerlijn-rekenen')],
      ['nieuw webinar', () => newEntry(page, 'webinars')],
      ['nieuwe podcastaflevering', () => newEntry(page, 'podcasts')],
      ['kennisagenda 2026', () => openEntry(page, 'agenda', '2026')],
      ['nieuw thema', () => newEntry(page, 'themes')],
      ['media', () => page.goto(`${baseUrl()}/admin/#/assets`).then(() => page.waitForTimeout(1000))],
    ];
    for (const [name, open] of screens) {
      await open();
      for (const v of await axeViolations(page)) problems.push(`${name}: ${v}`);
    }
    expect(problems).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });

  it('keeps pinch-zoom (the CMS asks for maximum-scale=1; src/admin/a11y.ts takes it out)', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl()}/admin/`);
    await page.getByRole('button', { name: 'Werken met een lokale repository' }).waitFor();
    const viewports = await page.locator('meta[name="viewport"]').evaluateAll((els) => els.map((e) => e.getAttribute('content') ?? ''));
    expect(viewports.length).toBeGreaterThan(0);
    for (const v of viewports) expect(v).not.toMatch(/maximum-scale|user-scalable/);
    await page.context().close();
  });

  it('carries its own Content-Security-Policy: scripts from the site only, no eval, GitHub only for the editorial workflow', () => {
    const html = readFileSync(join(DIST, 'admin/index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="content-security-policy" content="${ADMIN_CSP}">`);
    expect(ADMIN_CSP).toContain("script-src 'self';");
    expect(ADMIN_CSP).not.toMatch(/unsafe-eval|githubstatus|jsdelivr|unpkg/);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<html lang="nl">');
  });

  it('is in no sitemap, feed or search index, and no page links to it', () => {
    const texts = readdirSync(DIST, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(xml|html|json)$/.test(e.name) && !join(e.parentPath, e.name).startsWith(join(DIST, 'admin')))
      .map((e) => ({ file: join(e.parentPath, e.name), text: readFileSync(join(e.parentPath, e.name), 'utf8') }));
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => /\/admin\//.test(t.text)).map((t) => t.file)).toEqual([]);
    // Every page Pagefind indexed has a fragment with its address (gzip, after a short signature).
    const fragments = readdirSync(join(DIST, 'pagefind/fragment')).map((f) => gunzipSync(readFileSync(join(DIST, 'pagefind/fragment', f))).toString('utf8'));
    expect(fragments.length).toBeGreaterThan(50);
    expect(fragments.every((f) => f.includes('"url":"/'))).toBe(true);
    expect(fragments.filter((f) => f.includes('"url":"/admin/'))).toEqual([]);
  });

  it('ships the CMS at the version pinned in package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['@sveltia/cms']).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = JSON.parse(readFileSync('node_modules/@sveltia/cms/package.json', 'utf8')) as { version: string };
    expect(installed.version).toBe(pkg.devDependencies['@sveltia/cms']);
  });
});
