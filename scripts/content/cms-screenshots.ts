/**
 * npm run docs:screenshots: the screenshots in chapter 21 of docs/redactiehandleiding.md, taken
 * with headless Chromium from the built CMS (run `npm run build` first) in a throw-away copy of the
 * project, the way the CMS browser test drives it (tests/e2e/cms.ts). Written as small PNGs
 * (256 colours) under docs/cms/.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sharp from 'sharp';
import sirv from 'sirv';
import { launchBrowser } from '../../tests/e2e/browser.ts';
import { choose, copyProject, field, fill, newEntry, openCms, openEntry, removeProject, reveal } from '../../tests/e2e/cms.ts';
import type { Page } from 'playwright-core';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'docs/cms');

const serve = sirv(join(ROOT, 'dist'), { dev: false, extensions: ['html'] });
const server = createServer((req, res) => serve(req, res, () => {
  res.writeHead(404).end();
}));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchBrowser();
const repo = copyProject();

async function shot(page: Page, name: string) {
  const png = await page.screenshot({ type: 'png' });
  await sharp(png).png({ palette: true, colours: 256, compressionLevel: 9 }).toFile(join(OUT, `${name}.png`));
  console.log(`geschreven: docs/cms/${name}.png`);
}

try {
  // 1. The start screen, as an editor sees it on a laptop.
  const start = await (await browser.newContext({ viewport: { width: 1000, height: 640 }, locale: 'nl-NL' })).newPage();
  await start.goto(`${base}/admin/`);
  await start.getByRole('button', { name: 'Werken met een lokale repository' }).waitFor();
  await start.evaluate(() => document.fonts.ready);
  await shot(start, '1-start');
  await start.context().close();

  const page = await openCms(browser, repo, base);
  await page.setViewportSize({ width: 1000, height: 640 });
  // 2. The list of good practices.
  await page.getByText('Goede voorbeelden', { exact: true }).first().click();
  await page.getByText('Een school laat zien hoe zij het aanpakt').waitFor();
  // Let the list's fade-in finish.
  await page.waitForTimeout(800);
  await shot(page, '2-lijst');
  // 3. A new good practice: title and summary filled in, the photo field open.
  await newEntry(page, 'practices');
  await fill(page, 'Titel', 'Samen lezen in groep 5 in Zwolle');
  await fill(page, 'Samenvatting', 'Een basisschool in Zwolle laat kinderen in groep 5 elke dag samen lezen.');
  await field(page, 'Afbeelding').getByRole('checkbox').check();
  await page.getByRole('group', { name: 'Content-editor' }).locator('text=Titel').first().scrollIntoViewIfNeeded();
  await shot(page, '3-nieuw-voorbeeld');
  // 4. The agenda: a planned webinar, linked to the webinar that appeared.
  await openEntry(page, 'agenda', '2026');
  const linked = field(page, 'Verschenen item').first();
  await reveal(linked);
  await linked.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await shot(page, '4-agenda');
  // 5. A theme: the same form starts a new one.
  await newEntry(page, 'themes');
  await fill(page, 'Titel', 'Digitale geletterdheid');
  await choose(page, page, 'Sectoren', 'Primair onderwijs (po)');
  await shot(page, '5-nieuw-thema');
  await page.context().close();
} finally {
  await browser.close();
  server.close();
  removeProject(repo);
}
