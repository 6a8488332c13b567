/** Podcast and webinar pages in Chromium: chapter seeking, timestamp links, captions, click-to-load. */
import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, launchBrowser, openPage } from './browser.ts';
import { firstPageUnder, readDist } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('podcast episode page', () => {
  it('a chapter link moves the player to the chapter start', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl()}${firstPageUnder('/podcasts/')}`);
    const audio = page.locator('audio[data-kp-player]');
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.readyState)).toBeGreaterThanOrEqual(1);
    const chapters = page.getByRole('navigation', { name: 'Hoofdstukken' }).getByRole('link');
    expect(await chapters.count()).toBeGreaterThanOrEqual(2);
    const second = chapters.nth(1);
    const target = Number(await second.getAttribute('data-seek'));
    expect(target).toBeGreaterThan(0);
    await second.click();
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThanOrEqual(target - 0.5);
    expect(page.url()).toMatch(/#t-\d+m\d{2}s$/);
    await page.context().close();
  });

  it('a timestamp in the URL (from a search hit) starts the player there', async () => {
    const page = await openPage(browser);
    const path = firstPageUnder('/podcasts/');
    await page.goto(`${baseUrl()}${path}`);
    const cue = page.locator('.kp-transcript__time').nth(3);
    const seconds = Number(await cue.getAttribute('data-seek'));
    const anchor = (await cue.getAttribute('href'))!;
    await page.goto(`${baseUrl()}${path}${anchor}`);
    await page.reload();
    const audio = page.locator('audio[data-kp-player]');
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThanOrEqual(seconds - 1);
    await page.context().close();
  });

  it('plays without JavaScript (native controls, transcript on the page)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${firstPageUnder('/podcasts/')}`);
    expect(await page.locator('audio[controls] source[type="audio/mpeg"]').count()).toBe(1);
    expect(await page.locator('.kp-transcript__cue').count()).toBeGreaterThan(10);
    await context.close();
  });
});

describe('webinar pages', () => {
  // Detail pages only: not the filter (thema/sector/standaard) or pagination folders.
  const webinarDirs = readdirSync('dist/webinars', { withFileTypes: true })
    .filter((d) => d.isDirectory() && !['thema', 'sector', 'standaard', 'pagina'].includes(d.name))
    .map((d) => `/webinars/${d.name}/`);

  it('past webinars show a captioned recording, slides and transcript; upcoming ones a calendar file', () => {
    let past = 0;
    let upcoming = 0;
    for (const path of webinarDirs) {
      const html = readDist(`${path.slice(1)}index.html`);
      if (html.includes('<video')) {
        past++;
        expect(html, path).toMatch(/<track kind="captions" src="\/media\/webinars\/[^"]+\.vtt" srclang="nl"/);
        expect(html, path).toContain('Uitgeschreven tekst');
      } else {
        upcoming++;
        expect(html, path).toContain(`href="${path.slice(0, -1)}.ics"`);
      }
    }
    expect(past).toBeGreaterThanOrEqual(2);
    expect(upcoming).toBeGreaterThanOrEqual(1);
  });

  it('loads a third-party recording only after the reader clicks', async () => {
    const path = webinarDirs.find((p) => readDist(`${p.slice(1)}index.html`).includes('data-kp-load-external="'));
    expect(path, 'een webinar met externe opname').toBeDefined();
    const page = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
    expect(requests.filter((u) => !u.startsWith(baseUrl()))).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Laad de opname/ }).click();
    expect(await page.locator('iframe.kp-external-frame').getAttribute('src')).toMatch(/^https:\/\//);
    await page.context().close();
  });
});
