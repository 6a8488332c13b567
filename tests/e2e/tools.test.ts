/**
 * The two school tools in the built site, in Chromium, as a school would use them:
 * - reflection guide: fill in (keyboard only for the answers and the export), reload, export,
 *   import into a fresh browser profile (a tampered file is refused and changes nothing), merge two
 *   colleagues' files in team mode, the summary per standard and its print layout;
 * - feedback page: a personal link made by `npm run feedback-links` from the sample CSV opens the
 *   verdict in a phone's first screen, next steps only on the investigation's theme and sector,
 *   the chart and its table; a missing or changed link shows a message and the general page, a
 *   cut-off one is called incomplete (never forged);
 * - board page: the same command's board link shows that board's schools side by side and no
 *   other board's, and prints on one A4.
 * axe-core is run in every state. No request may leave the local server, only GETs are made, and
 * nothing a school types or is shown about itself appears in any request.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContentSource } from '../../src/lib/content/source.ts';
import { serializeAnswers } from '../../src/lib/self-evaluation/answers.ts';
import { boardPagePath, decodeBoardCode, decodeFeedbackCode, encodeFeedbackCode, feedbackPagePath, type FeedbackPayload, type Signer } from '../../src/lib/feedback/code.ts';
import { loadCollectionSources } from '../../src/lib/content/loader.ts';
import { entryPath } from '../../src/lib/site/routes.ts';
import { parse as parseCsv } from 'csv-parse/sync';
import { formatScore, formatScoreAgainst, investigationDefinition } from '../../src/lib/feedback/report.ts';
import { generateKeyPair, publicPart, type PrivateJwk } from '../../src/lib/feedback/signing/ecdsa.ts';
import type { TrustedKey } from '../../src/lib/feedback/signing/key-list.ts';
import { testPrivateKey } from '../../src/lib/feedback/signing/test-key.ts';
import { trustedKeys } from '../../src/lib/feedback/signing/trusted-keys.ts';
import { axeViolations, baseUrl, launchBrowser, VIEWPORTS } from './browser.ts';
import { sampleInvestigation } from './feedback.ts';
import { firstPageUnder } from './site.ts';

let browser: Browser;
const tmp = mkdtempSync(join(tmpdir(), 'kp-tools-'));
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('tests/screenshots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Every request a page makes: only GETs to the local server, carrying none of `secrets`. */
function watchRequests(page: Page) {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return {
    check(secrets: string[]) {
      const bad = requests.filter((r) => {
        const url = new URL(r.url());
        if (url.protocol === 'blob:' || url.protocol === 'data:') return false;
        const local = url.hostname === '127.0.0.1' && r.method() === 'GET' && !r.postData();
        const text = decodeURIComponent(`${r.url()} ${JSON.stringify(r.headers())}`);
        return !local || secrets.some((s) => text.includes(s));
      });
      expect(bad.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
    },
  };
}

/** Presses Tab until the focused element matches `selector` (and has `text`, if given): keyboard-only operation. */
async function tabTo(page: Page, selector: string, text?: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(([s, t]) => {
      const el = document.activeElement;
      return !!el?.matches(s!) && (t === undefined || el.textContent?.trim() === t);
    }, [selector, text] as const);
    if (hit) return;
  }
  throw new Error(`Tab bereikt ${selector} ${text ?? ''} niet`);
}

const status = (page: Page) => page.locator('.kp-selfeval__messages [role=status]');

async function expectAxeClean(page: Page, state: string) {
  expect(await axeViolations(page), state).toEqual([]);
}

/** What the content says about every item a next step may point to, by its page address: themes and sectors. */
function itemTags(): Map<string, { themes: string[]; sectors: string[]; title: string }> {
  const tags = new Map<string, { themes: string[]; sectors: string[]; title: string }>();
  for (const collection of ['brochures', 'reflection-guides', 'practices', 'expert-schools'] as const) {
    for (const { id, source } of loadCollectionSources('.', collection)) {
      const d = source.data as { themes?: string[]; sectors?: string[]; title?: string };
      tags.set(entryPath(collection, id), { themes: d.themes ?? [], sectors: d.sectors ?? [], title: d.title ?? id });
    }
  }
  return tags;
}

/** The subject of a content file (an investigation or a guide): its themes and sectors as written. */
function subjectOf(file: string): { themes: string[]; sectors: string[] } {
  const d = parseContentSource(readFileSync(file, 'utf8'), false).data as { themes: string[]; sectors: string[] };
  return { themes: d.themes, sectors: d.sectors ?? [] };
}

/** Every linked item is on one of the subject's themes and for one of its sectors (or none): the rule of src/lib/catalog/suitable.ts, from the content files. */
function expectOnSubject(hrefs: string[], subject: { themes: string[]; sectors: string[] }) {
  const tags = itemTags();
  for (const href of hrefs) {
    const item = tags.get(href);
    expect(item, `${href} is geen brochure, reflectiewijzer, goed voorbeeld of expertschool`).toBeDefined();
    expect(item!.themes.some((th) => subject.themes.includes(th)), `${href} (${item!.title}) valt buiten het thema ${subject.themes.join(', ')}`).toBe(true);
    expect(item!.sectors.length === 0 || subject.sectors.length === 0 || item!.sectors.some((sc) => subject.sectors.includes(sc)), `${href} (${item!.title}) is voor ${item!.sectors.join(', ')}, niet voor ${subject.sectors.join(', ')}`).toBe(true);
  }
}

// ---------------------------------------------------------------- reflection guide

const GUIDE = firstPageUnder('/reflectiewijzers/');
const ANNA = { name: 'Anna Testpersoon', evidence: 'Monitor besproken in teamvergadering 12 maart' };
let annaFile = '';
let annaAnswers: Record<string, { rating?: number; evidence?: string }> = {};
let firstQuestion = { radioName: '', labels: [] as string[], values: [] as number[] };

async function openGuide(context: BrowserContext) {
  const page = await context.newPage();
  const requests = watchRequests(page);
  await page.goto(`${baseUrl()}${GUIDE}`, { waitUntil: 'networkidle' });
  await page.locator('.kp-selfeval').waitFor();
  return { page, requests };
}

const question = (page: Page, n: number) => page.locator('.kp-selfeval__q').nth(n);

async function exportFile(page: Page, via: 'keyboard' | 'click', name: string): Promise<string> {
  const button = page.getByRole('button', { name: 'Antwoorden exporteren' });
  const download = page.waitForEvent('download');
  if (via === 'keyboard') {
    await tabTo(page, 'button', 'Antwoorden exporteren');
    await page.keyboard.press('Enter');
  } else await button.click();
  const file = join(tmp, name);
  await (await download).saveAs(file);
  return file;
}

describe('self-evaluation with a reflection guide', () => {
  // Many keyboard steps and reloads: on a busy shared 2-core machine this takes up to a minute.
  it('is filled in with the keyboard, saved in the browser, and survives a reload and going offline', { timeout: 150_000 }, async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const { page, requests } = await openGuide(context);
    // The static paper form steps aside once the tool runs; it stays for print and no-JS.
    expect(await page.locator('.kp-guide-static').isVisible()).toBe(false);
    expect(await page.locator('.kp-guide-static fieldset').count()).toBeGreaterThan(0);
    await expectAxeClean(page, 'leeg formulier');

    const q1 = question(page, 0);
    firstQuestion = {
      radioName: (await q1.locator('input[type=radio]').first().getAttribute('name'))!,
      labels: (await q1.locator('.kp-selfeval__scale label').allInnerTexts()).map((s) => s.trim()),
      values: (await q1.locator('input[type=radio]').evaluateAll((els) => els.map((e) => Number((e as HTMLInputElement).value)))),
    };
    expect(firstQuestion.labels.length).toBeGreaterThanOrEqual(2);
    expect(await q1.locator('legend').innerText()).toMatch(/^1\. \S/);

    // Offline from here on: everything below works without the network.
    await context.setOffline(true);

    // Keyboard only: name, first scale step with Space, the next with an arrow key, then the evidence.
    await page.getByLabel('Uw naam').focus();
    await page.keyboard.type(ANNA.name);
    await tabTo(page, `input[name="${firstQuestion.radioName}"]`);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    expect(await q1.getByRole('radio', { name: firstQuestion.labels[1]!, exact: true }).isChecked()).toBe(true);
    expect(await q1.getByRole('radio', { name: firstQuestion.labels[0]!, exact: true }).isChecked()).toBe(false);
    await page.keyboard.press('Tab'); // "Antwoord wissen"
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type(ANNA.evidence);
    // Second question with the mouse, lowest step.
    await question(page, 1).getByRole('radio').first().check();
    await expect.poll(() => page.locator('.kp-selfeval__progress strong').innerText()).toMatch(/^2 van \d+ vragen beantwoord$/);
    await expect.poll(() => page.locator('.kp-selfeval__progress').innerText()).toMatch(/Bewaard in deze browser om \d\d\.\d\d uur/);

    // Export with the keyboard, still offline.
    annaFile = await exportFile(page, 'keyboard', 'anna.json');
    const exported = JSON.parse(readFileSync(annaFile, 'utf8'));
    expect(exported).toMatchObject({ format: 'kennisplatform-reflectiewijzer', version: 1, guide: GUIDE.split('/')[2], respondent: ANNA.name });
    expect(exported.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    annaAnswers = exported.answers;
    expect(Object.values(annaAnswers)).toEqual([
      { rating: firstQuestion.values[1], evidence: ANNA.evidence },
      { rating: expect.any(Number) },
    ]);
    await expect.poll(() => status(page).innerText()).toMatch(/Uw antwoorden staan in het bestand reflectiewijzer-.*-anna-testpersoon-\d{4}-\d\d-\d\d\.json/);
    await expectAxeClean(page, 'ingevuld en geëxporteerd');

    // Back online, reload: everything is still there.
    await context.setOffline(false);
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('.kp-selfeval').waitFor();
    expect(await page.getByLabel('Uw naam').inputValue()).toBe(ANNA.name);
    expect(await question(page, 0).getByRole('radio', { name: firstQuestion.labels[1]!, exact: true }).isChecked()).toBe(true);
    expect(await question(page, 0).getByLabel('Waar zien we dat aan?').inputValue()).toBe(ANNA.evidence);
    expect(await question(page, 1).getByRole('radio').first().isChecked()).toBe(true);
    await page.screenshot({ path: 'tests/screenshots/tools-guide-desktop.png', fullPage: true });
    requests.check([ANNA.name, ANNA.evidence, 'Testpersoon']);
    await context.close();
  });

  it('imports an export into a fresh profile, and refuses a tampered or foreign file without changing anything', async () => {
    expect(annaFile).not.toBe('');
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const { page, requests } = await openGuide(context);
    expect(await page.locator('.kp-selfeval__progress strong').innerText()).toMatch(/^0 van/);
    // Something of its own first, which a bad file must not overwrite.
    const last = firstQuestion.labels.length - 1;
    await question(page, 0).getByRole('radio', { name: firstQuestion.labels[last]!, exact: true }).check();

    const tampered = JSON.parse(readFileSync(annaFile, 'utf8'));
    const [firstId] = Object.keys(tampered.answers);
    tampered.answers[firstId!].rating = firstQuestion.values[0];
    const tamperedFile = join(tmp, 'tampered.json');
    writeFileSync(tamperedFile, JSON.stringify(tampered));
    const importInput = page.getByLabel('Antwoorden importeren');
    await importInput.setInputFiles(tamperedFile);
    await expect.poll(() => status(page).innerText()).toMatch(/niet geïmporteerd[\s\S]*controlegetal klopt niet meer[\s\S]*niet veranderd/);
    expect(await question(page, 0).getByRole('radio', { name: firstQuestion.labels[last]!, exact: true }).isChecked()).toBe(true);
    await expectAxeClean(page, 'foutmelding bij import');

    const foreign = join(tmp, 'foreign.json');
    writeFileSync(foreign, JSON.stringify({ naam: 'boodschappenlijst', items: ['melk'] }));
    await importInput.setInputFiles(foreign);
    await expect.poll(() => status(page).innerText()).toMatch(/Dit is geen antwoordbestand van een reflectiewijzer/);
    const big = join(tmp, 'big.json');
    writeFileSync(big, 'x'.repeat(300_000));
    await importInput.setInputFiles(big);
    await expect.poll(() => status(page).innerText()).toMatch(/te groot \(300 kB\)/);
    expect(await question(page, 0).getByRole('radio', { name: firstQuestion.labels[last]!, exact: true }).isChecked()).toBe(true);

    // The real file: Anna's answers replace the form, with an undo.
    await importInput.setInputFiles(annaFile);
    await expect.poll(() => status(page).innerText()).toMatch(/De antwoorden uit anna\.json staan nu in het formulier: 2 van de \d+ vragen\./);
    expect(await question(page, 0).getByRole('radio', { name: firstQuestion.labels[1]!, exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Uw naam').inputValue()).toBe(ANNA.name);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    expect(await question(page, 0).getByRole('radio', { name: firstQuestion.labels[last]!, exact: true }).isChecked()).toBe(true);
    await importInput.setInputFiles(annaFile);
    await expect.poll(() => question(page, 0).getByRole('radio', { name: firstQuestion.labels[1]!, exact: true }).isChecked()).toBe(true);
    // Imported answers are saved in this profile too.
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('.kp-selfeval').waitFor();
    expect(await question(page, 0).getByLabel('Waar zien we dat aan?').inputValue()).toBe(ANNA.evidence);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontaal scrollen op 375 px').toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'tests/screenshots/tools-guide-phone.png', fullPage: true });
    requests.check([ANNA.name, ANNA.evidence]);
    await context.close();
  });

  it('merges two colleagues’ files in team mode and shows who chose what', async () => {
    // Bram answers in his own browser and exports.
    const bramContext = await browser.newContext();
    const bram = await openGuide(bramContext);
    await bram.page.getByLabel('Uw naam').fill('Bram Testpersoon');
    const bramLabel = firstQuestion.labels.at(-1)!;
    await question(bram.page, 0).getByRole('radio', { name: bramLabel, exact: true }).check();
    await question(bram.page, 1).getByRole('radio').first().check();
    const bramFile = await exportFile(bram.page, 'click', 'bram.json');
    await bramContext.close();

    // The team leader, with no answers of her own, adds both files.
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const { page, requests } = await openGuide(context);
    await page.getByRole('tab', { name: 'Team' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('tab', { name: 'Team' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByText('Voeg bestanden van collega').count()).toBeGreaterThan(0);
    await page.getByLabel("Bestanden van collega's toevoegen").setInputFiles([annaFile, bramFile]);
    await expect.poll(() => status(page).innerText()).toBe('2 bestanden toegevoegd.');
    expect(await page.locator('.kp-selfeval__members li').allInnerTexts()).toEqual([
      expect.stringMatching(/^Anna Testpersoon \(.*, 2 van \d+ vragen ingevuld\) Verwijderen/),
      expect.stringMatching(/^Bram Testpersoon \(.*, 2 van \d+ vragen ingevuld\) Verwijderen/),
    ]);
    const first = page.locator('.kp-selfeval__spread').first();
    const options = await first.locator('.kp-selfeval__options li').allInnerTexts();
    expect(options.find((o) => o.startsWith(firstQuestion.labels[1]!))).toMatch(/1: Anna Testpersoon$/);
    expect(options.find((o) => o.startsWith(bramLabel))).toMatch(/1: Bram Testpersoon$/);
    expect(await first.locator('.kp-selfeval__badge').innerText()).toMatch(/^Verschillend: (1 stap|[2-9] stappen) uit elkaar$/);
    const second = page.locator('.kp-selfeval__spread').nth(1);
    expect(await second.locator('.kp-selfeval__badge').innerText()).toBe('Iedereen koos hetzelfde');
    await page.getByLabel('Alleen vragen tonen waarbij de antwoorden verschillen').check();
    expect(await page.locator('.kp-selfeval__spread').count()).toBe(1);
    await first.getByText('Toelichting van het team (1)').click();
    expect(await first.locator('details li').innerText()).toContain(ANNA.evidence);
    await expectAxeClean(page, 'teamweergave');
    await page.screenshot({ path: 'tests/screenshots/tools-team-desktop.png', fullPage: true });

    // The same file twice is not counted twice; the team survives a reload.
    await page.getByLabel("Bestanden van collega's toevoegen").setInputFiles([bramFile]);
    await expect.poll(() => status(page).innerText()).toMatch(/bram\.json: dit bestand staat er al/);
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('tab', { name: 'Team' }).click();
    await expect.poll(() => page.locator('.kp-selfeval__members li').count()).toBe(2);
    requests.check(['Anna Testpersoon', 'Bram Testpersoon', ANNA.evidence]);
    await context.close();
  });

  it('loads an export made before the guide changed, and keeps answers to removed questions, flagged', async () => {
    const guideId = GUIDE.split('/')[2]!;
    const firstId = firstQuestion.radioName.split('-q-').pop()!;
    const old = join(tmp, 'oud.json');
    writeFileSync(
      old,
      await serializeAnswers({
        format: 'kennisplatform-reflectiewijzer',
        version: 1,
        guide: guideId,
        guideVersion: 1,
        savedAt: '2024-05-01T09:00:00.000Z',
        answers: { [firstId]: { rating: firstQuestion.values[0]! }, 'vraag-die-verdween': { rating: firstQuestion.values[1]!, notes: 'Oude aantekening' } },
      }),
    );
    const context = await browser.newContext();
    const { page } = await openGuide(context);
    await page.getByLabel('Antwoorden importeren').setInputFiles(old);
    await expect.poll(() => status(page).innerText()).toMatch(/: 1 van de \d+ vragen\.[\s\S]*1 antwoord hoort bij een vraag die niet meer in deze reflectiewijzer staat/);
    const removed = page.locator('.kp-selfeval__removed');
    expect(await removed.getByRole('heading').innerText()).toBe('Antwoorden op vragen die niet meer in deze reflectiewijzer staan');
    expect(await removed.innerText()).toMatch(/Vraag ‘vraag-die-verdween’[\s\S]*Oude aantekening/);
    expect(await question(page, 0).getByRole('radio', { name: firstQuestion.labels[0]!, exact: true }).isChecked()).toBe(true);
    await expectAxeClean(page, 'antwoorden op verwijderde vragen');
    // Still there after a reload, and exported again.
    await page.reload({ waitUntil: 'networkidle' });
    const again = JSON.parse(readFileSync(await exportFile(page, 'click', 'opnieuw.json'), 'utf8'));
    expect(again.answers['vraag-die-verdween']).toEqual({ rating: firstQuestion.values[1], notes: 'Oude aantekening' });
    await context.close();
  });

  it('keeps every valid answer of a corrupted draft, sets the rest aside to copy or restore, and keeps earlier versions', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const { page } = await openGuide(context);
    const key = `kennisplatform:reflectiewijzer:${GUIDE.split('/').filter(Boolean).pop()}`;
    const ids = await page.locator('.kp-selfeval__q').evaluateAll((qs) => qs.map((q) => q.id.split('-q-').pop()!));
    const values = await question(page, 0).locator('input[type=radio]').evaluateAll((els) => els.map((e) => Number((e as HTMLInputElement).value)));
    const [a, b, c, d] = ids as [string, string, string, string];
    const long = `Begin ${'lange tekst '.repeat(460)}`;
    const corrupt = {
      format: 'kennisplatform-reflectiewijzer', version: 1, guide: key.split(':').pop(), guideVersion: 1, savedAt: '2026-11-20T10:00:00.000Z', respondent: 'Bea Proef',
      answers: { [a]: { rating: 99, notes: 'Notitie blijft' }, [b]: { rating: values[0], evidence: long }, [c]: { rating: values[1], kleur: 'rood' }, [d]: { rating: values[0], notes: 'Vierde blijft' } },
    };
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, JSON.stringify(corrupt)]);
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('.kp-selfeval').waitFor();
    const q = (id: string) => page.locator(`.kp-selfeval__q[id$="-q-${id}"]`);
    const checked = (id: string) => q(id).locator('input[type=radio]:checked').evaluateAll((els) => els.map((e) => Number((e as HTMLInputElement).value)));
    // Every valid answer is on the form.
    expect(await q(a).locator('textarea').nth(1).inputValue()).toBe('Notitie blijft');
    expect(await checked(a)).toEqual([]);
    expect(await checked(b)).toEqual([values[0]]);
    expect(await checked(c)).toEqual([values[1]]);
    expect(await checked(d)).toEqual([values[0]]);
    expect(await q(d).locator('textarea').nth(1).inputValue()).toBe('Vierde blijft');
    expect(await page.getByLabel(/Uw naam/).inputValue()).toBe('Bea Proef');
    expect(await status(page).innerText()).toMatch(/Wat niet paste \(3\), staat apart/);
    // What did not fit is listed, to copy or put back.
    const aside = page.locator('.kp-selfeval__aside-item');
    expect(await aside.count()).toBe(3);
    expect(await aside.nth(0).innerText()).toMatch(/Bij vraag 1:[\s\S]*staat niet op de schaal/);
    expect(await aside.nth(1).locator('textarea').inputValue()).toBe(long);
    await expectAxeClean(page, 'apart gezet');
    await aside.nth(1).getByRole('button', { name: /Terugzetten bij de vraag/ }).click();
    expect(await q(b).locator('textarea').first().inputValue()).toBe(long.slice(0, 5000));
    expect(await page.locator('.kp-selfeval__aside-status').innerText()).toMatch(/ingekort tot 5000 tekens/);

    // A second failure adds to what was set aside; the earlier items stay, and the form's version before it is in the history.
    await page.evaluate((k) => localStorage.setItem(k, '{"format": "kennisplatform-reflectiewijzer", "answers": {'), key);
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('.kp-selfeval').waitFor();
    expect(await aside.count()).toBe(4);
    expect(await aside.nth(3).locator('textarea').inputValue()).toBe('{"format": "kennisplatform-reflectiewijzer", "answers": {');
    await page.locator('.kp-selfeval__history summary').click();
    const versions = page.locator('.kp-selfeval__history li');
    expect(await versions.count()).toBeGreaterThanOrEqual(2);
    await page.locator('.kp-selfeval__history li').filter({ hasText: /4 antwoord/ }).first().getByRole('button').click();
    expect(await q(d).locator('textarea').nth(1).inputValue()).toBe('Vierde blijft');

    // A save that fails (storage full) is reported as failed.
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('vol', 'QuotaExceededError');
      };
    });
    await q(a).locator('textarea').nth(1).fill('Nog een notitie');
    await expect.poll(() => status(page).innerText()).toMatch(/Bewaren in deze browser is mislukt/);
    await context.close();
  });

  it('open in two tabs: each takes over what the other saved, keeps both answers where they differ, and says so', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const [{ page: one }, { page: two }] = [await openGuide(context), await openGuide(context)];
    const labels = (await question(one, 0).locator('.kp-selfeval__scale label').allInnerTexts()).map((s) => s.trim());
    const rating = (page: Page, n: number, label: string) => question(page, n).getByRole('radio', { name: label, exact: true });
    const notes = (page: Page, n: number) => question(page, n).getByLabel('Aantekeningen');
    const evidence = (page: Page, n: number) => question(page, n).getByLabel('Waar zien we dat aan?');
    const soon = { timeout: 5000 };

    // Different questions in each tab: each sees the other's answer, without a reload.
    await rating(one, 0, labels[0]!).check();
    await evidence(two, 1).fill('Uit tabblad 2');
    await expect.poll(() => rating(two, 0, labels[0]!).isChecked(), soon).toBe(true);
    await expect.poll(() => evidence(one, 1).inputValue(), soon).toBe('Uit tabblad 2');
    // The notice may come a render after the answer: wait for it as for the answer.
    await expect.poll(() => status(one).innerText(), soon).toMatch(/ook open in een ander tabblad of venster\. Wat u daar invult, staat nu ook hier/);
    expect(await status(one).getAttribute('aria-live')).toBe('polite');

    // The same question in both: tab 2 answers it differently after tab 1 did. Both answers are kept, both tabs say so.
    await notes(one, 2).fill('Notitie uit tabblad 1');
    await rating(one, 2, labels[1]!).check();
    await expect.poll(() => rating(two, 2, labels[1]!).isChecked(), soon).toBe(true);
    await notes(two, 2).fill('Notitie uit tabblad 2');
    await rating(two, 2, labels.at(-1)!).check();
    const warning = /Let op: in twee tabbladen of vensters zijn verschillende antwoorden gegeven bij vraag 3\. We hebben beide bewaard/;
    await expect.poll(() => status(two).innerText(), soon).toMatch(warning);
    await expect.poll(() => status(one).innerText(), soon).toMatch(warning);
    await expect.poll(() => notes(one, 2).inputValue(), soon).toBe('Notitie uit tabblad 2');

    // A tab that missed the other's saves (no event, e.g. a sleeping tab) still never writes over them.
    await two.evaluate(() => {
      for (const type of ['storage', 'focus', 'pageshow']) addEventListener(type, (e) => e.stopImmediatePropagation(), true);
      document.addEventListener('visibilitychange', (e) => e.stopImmediatePropagation(), true);
    });
    await evidence(one, 3).fill('Eerst in tabblad 1');
    await rating(one, 4, labels[0]!).check();
    await evidence(two, 3).fill('Daarna in tabblad 2');
    await expect.poll(() => status(two).innerText(), soon).toMatch(/verschillende antwoorden gegeven bij vraag 4\./);
    expect(await rating(two, 4, labels[0]!).isChecked()).toBe(true);

    // After a reload of both, nothing is lost: every answer is in the form or set aside, with the reason.
    for (const page of [one, two]) {
      await page.reload({ waitUntil: 'networkidle' });
      await page.locator('.kp-selfeval').waitFor();
      expect(await rating(page, 0, labels[0]!).isChecked()).toBe(true);
      expect(await evidence(page, 1).inputValue()).toBe('Uit tabblad 2');
      expect(await notes(page, 2).inputValue()).toBe('Notitie uit tabblad 2');
      expect(await rating(page, 2, labels.at(-1)!).isChecked()).toBe(true);
      expect(await evidence(page, 3).inputValue()).toBe('Daarna in tabblad 2');
      expect(await rating(page, 4, labels[0]!).isChecked()).toBe(true);
      const aside = page.locator('.kp-selfeval__aside-item');
      expect(await aside.evaluateAll((items) => items.map((i) => [(i as HTMLElement).dataset.field, i.querySelector('textarea')!.value]))).toEqual([
        ['notes', 'Notitie uit tabblad 1'],
        ['rating', labels[1]],
        ['evidence', 'Eerst in tabblad 1'],
      ]);
      expect(await aside.first().innerText()).toMatch(/Bij vraag 3:[\s\S]*In twee tabbladen of vensters met deze reflectiewijzer zijn hier verschillende antwoorden gegeven/);
    }
    await expectAxeClean(one, 'twee tabbladen, apart gezet');

    // Putting the other rating back swaps them: the one in the form is set aside in its place.
    await one.locator('.kp-selfeval__aside-item[data-field=rating]').getByRole('button', { name: /Terugzetten bij de vraag/ }).click();
    expect(await rating(one, 2, labels[1]!).isChecked()).toBe(true);
    expect(await one.locator('.kp-selfeval__aside-status').innerText()).toBe(`Het antwoord ‘${labels[1]}’ staat weer bij vraag 3.`);
    expect(await one.locator('.kp-selfeval__aside-item[data-field=rating] textarea').inputValue()).toBe(labels.at(-1));
    await expect.poll(() => rating(two, 2, labels[1]!).isChecked(), soon).toBe(true);

    // Clearing everything in one tab is on purpose: the other takes it over as it is and says so;
    // nothing more is set aside (the old version is in the history).
    await two.getByRole('button', { name: 'Alle antwoorden wissen' }).click();
    await two.getByRole('button', { name: 'Ja, wis alles' }).click();
    await expect.poll(() => status(one).innerText(), soon).toMatch(/In een ander tabblad of venster zijn alle antwoorden vervangen of gewist\. Dat ziet u nu ook hier\. De vorige versie staat onder ‘Eerdere versies in deze browser’\./);
    expect(await one.locator('.kp-selfeval__q input[type=radio]:checked').count()).toBe(0);
    expect(await one.locator('.kp-selfeval__aside-item').count()).toBe(3);
    await one.locator('.kp-selfeval__history summary').click();
    expect(await one.locator('.kp-selfeval__history li').first().innerText()).toMatch(/: 5 antwoorden/);
    await context.close();
  });

  it('summarises per standard with further reading, and prints only the summary', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const { page } = await openGuide(context);
    await page.getByLabel('Antwoorden importeren').setInputFiles(annaFile);
    await expect.poll(() => status(page).innerText()).toMatch(/staan nu in het formulier/);
    // Arrow keys move between the tabs.
    await page.getByRole('tab', { name: 'Invullen' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Samenvatting' }).getAttribute('aria-selected')).toBe('true');
    const blocks = page.locator('.kp-selfeval__standard-summary');
    expect(await blocks.count()).toBeGreaterThan(0);
    expect(await blocks.first().innerText()).toContain(ANNA.evidence);
    expect(await blocks.first().locator('.kp-selfeval__standard a').getAttribute('href')).toMatch(/^\/onderzoekskader\/\d{4}\/[a-z]{2}\d+\/$/);
    const further = page.locator('.kp-selfeval__further a');
    expect(await further.count(), 'links naar brochures en goede voorbeelden bij de standaarden').toBeGreaterThan(0);
    const furtherHrefs = await further.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of furtherHrefs) expect(href).toMatch(/^\/(brochures|goede-voorbeelden)\/[^/]+\/$/);
    // Only the guide's own theme and sector: a po guide never suggests vo or praktijkonderwijs material.
    expectOnSubject(furtherHrefs, subjectOf(['md', 'mdx'].map((ext) => `content/reflection-guides/${GUIDE.split('/')[2]}.${ext}`).find(existsSync)!));
    await expectAxeClean(page, 'samenvatting');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.kp-selfeval__print-head').isVisible()).toBe(true);
    expect(await page.locator('.kp-selfeval__tabs').isVisible()).toBe(false);
    expect(await page.locator('.kp-item > .kp-prose').first().isVisible()).toBe(false);
    expect(await blocks.first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync('tests/screenshots/tools-summary-print.pdf', pdf);
    // The page says the summary fits on one A4 with short answers, as here.
    expect(await page.locator('.kp-selfeval__summary .kp-prose').first().textContent()).toMatch(/past de samenvatting op één A4/);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    await page.screenshot({ path: 'tests/screenshots/tools-summary-print.png', fullPage: true });
    await context.close();
  });
});

// ---------------------------------------------------------------- feedback page

/** The keys a test run trusts: made fresh, injected into the page in place of the committed list. */
async function testKeys() {
  const [current, retired, revoked] = await Promise.all([generateKeyPair(), generateKeyPair(), generateKeyPair()]);
  const keyDir = mkdtempSync(join(tmpdir(), 'kp-sleutel-'));
  const made = spawnSync(resolve('node_modules/.bin/node'), ['scripts/feedback/keys.ts', '--id', '2026-1', '--map', keyDir], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
  const keyFile = join(keyDir, 'terugkoppeling-sleutel-2026-1.json');
  const { privateKey } = JSON.parse(readFileSync(keyFile, 'utf8')) as { privateKey: PrivateJwk };
  const list = trustedKeys({
    keys: [
      { id: '2026-1', publicKey: publicPart(privateKey), validFrom: '2026-01-01' },
      { id: '2025-1', publicKey: current.publicJwk, validFrom: '2025-01-01', validUntil: '2025-12-31' },
      { id: '2024-1', publicKey: revoked.publicJwk, validFrom: '2024-01-01', revoked: '2025-06-01' },
    ],
  });
  return { keyDir, keyFile, list, real: { keyId: '2026-1', privateKey } as Signer, retired: { keyId: '2025-1', privateKey: current.privateJwk } as Signer, revoked: { keyId: '2024-1', privateKey: revoked.privateJwk } as Signer, stranger: retired };
}

/** A browser context whose feedback pages trust `keys` (the built page embeds only the committed list and the test key). */
async function contextTrusting(keys: TrustedKey[], options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route(/\/themaonderzoeken\/[^/]+\/(terugkoppeling|bestuur)\/$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/(<script type="application\/json" id="kp-feedback-keys">)[\s\S]*?(<\/script>)/, (_, open: string, close: string) => `${open}${JSON.stringify(keys)}${close}`);
    if (!body.includes(JSON.stringify(keys))) throw new Error('sleutellijst niet gevonden in de pagina');
    await route.fulfill({ response, body });
  });
  return context;
}

const TODAY = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

describe('feedback page after a themed investigation', () => {
  const sample = sampleInvestigation();
  const pageUrl = (p: string) => `${baseUrl()}${p}`;
  let keys: Awaited<ReturnType<typeof testKeys>>;
  beforeAll(async () => {
    keys = await testKeys();
  });
  afterAll(() => rmSync(keys.keyDir, { recursive: true, force: true }));
  const linkFor = async (p: Partial<FeedbackPayload>, signer: Signer = keys.real, on = TODAY) =>
    `${pageUrl(feedbackPagePath(sample.id))}#${await encodeFeedbackCode({ investigation: sample.id, group: sample.definition.comparisonGroups[0]!.id, school: 'OBS Proefschool', scores: sample.definition.indicators.map(() => 3), ...p }, signer, on)}`;

  it('turns the sample CSV into signed links whose page says it is genuine and shows the chart, the table and one action list', async () => {
    const out = join(tmp, 'links');
    const run = spawnSync(resolve('node_modules/.bin/node'), ['scripts/feedback/links.ts', sample.csv, '--out', out, '--site', baseUrl(), '--sleutel', keys.keyFile], { encoding: 'utf8', env: { ...process.env, KP_SITE: '' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Adres van de links: ${baseUrl()}`);
    const rows = readFileSync(join(out, 'links.csv'), 'utf8').trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'qr', `${rows[0]!.split(',')[0]}.svg`), 'utf8')).toMatch(/^<svg /);
    const link = rows[0]!.match(/(http:\/\/127\.0\.0\.1:\d+\/\S+?#v3\.[A-Za-z0-9_.-]+)/)![1]!;
    expect(new URL(link).pathname).toBe(feedbackPagePath(sample.id));
    const decoded = await decodeFeedbackCode(new URL(link).hash, keys.list, TODAY);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.value.demo).toBe(false);
    const group = sample.definition.comparisonGroups.find((g) => g.id === decoded.value.group)!;

    for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
      const context = await contextTrusting(keys.list, { viewport });
      const page = await context.newPage();
      const requests = watchRequests(page);
      await page.goto(link, { waitUntil: 'networkidle' });
      const table = page.locator('.kp-feedback table');
      await table.waitFor();
      expect(await page.locator('[data-authenticity=genuine]').innerText()).toMatch(/Ondertekend door de inspectie op \d+ \w+ \d{4} \(sleutel 2026-1, in gebruik sinds 1 januari 2026\)\. Deze link heeft geen einddatum\./);
      expect(await page.getByRole('heading', { level: 2, name: `Uitkomsten voor ${decoded.value.school}` }).count()).toBe(1);

      // The table: one row per indicator, the school's score and the comparison group's median.
      const cells = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.trim())));
      expect(cells.map((r) => r[0])).toEqual(sample.definition.indicators.map((i) => i.label));
      sample.definition.indicators.forEach((ind, i) => {
        const score = decoded.value.scores[i] ?? null;
        expect(cells[i]![1]).toBe(score === null ? 'geen score' : formatScoreAgainst(score, ind.lowBelow));
        expect(cells[i]![2]).toBe(formatScore(group.scores[ind.id]!.median));
        expect(cells[i]![5]).toMatch(score !== null && score < ind.lowBelow ? /^Ja/ : /^Nee$/);
      });
      expect(await table.locator('caption').innerText()).toContain(group.label);

      // The chart: an image per indicator, named by a full sentence; plus a sentence below each.
      const charts = page.getByRole('img');
      const names = await page.locator('svg.kp-feedback__chart').evaluateAll((svgs) => svgs.map((s) => document.getElementById(s.getAttribute('aria-labelledby')!)?.textContent ?? ''));
      expect(names).toHaveLength(sample.definition.indicators.length);
      for (const name of names) expect(name).toMatch(/: uw school (\d+(,\d+)?( \(laag\))?|geen score)\. Een score lager dan \d+(,\d+)? is laag\. Vergelijkbare scholen: de middelste school scoort/);
      expect(await charts.count()).toBeGreaterThanOrEqual(names.length);
      expect(await page.locator('.kp-feedback__sentence').first().innerText()).toMatch(/^(Uw school scoort op .+ (lager|hoger|even hoog)|Voor .+ is er geen score)/);

      // One action list when an indicator is low: the conversation first, each item once.
      const low = sample.definition.indicators.filter((ind, i) => (decoded.value.scores[i] ?? Infinity) < ind.lowBelow);
      if (low.length) {
        expect(await page.locator('.kp-feedback__action--talk').innerText()).toMatch(/Vraag een gesprek aan met de inspectie/);
        const urls = await page.locator('.kp-feedback__actions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(new Set(urls).size).toBe(urls.length);
      }

      // The general page is still there below the report.
      expect(await page.getByRole('heading', { name: 'Over dit onderzoek' }).isVisible()).toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontaal scrollen').toBeLessThanOrEqual(0);
      // The table scrolls on its own on a phone, in a labelled region with a hint, reachable with the keyboard.
      const region = page.getByRole('region', { name: 'De cijfers in een tabel' });
      expect(await region.getAttribute('tabindex')).toBe('0');
      expect(await page.locator(`#${await region.getAttribute('aria-describedby')}`).innerText()).toMatch(/schuift u de tabel opzij/);
      await expectAxeClean(page, `rapport (${viewportName})`);
      await page.screenshot({ path: `tests/screenshots/tools-feedback-${viewportName}.png`, fullPage: true });
      requests.check([decoded.value.school, new URL(link).hash.slice(1, 40)]);
      await context.close();
    }
  });

  /** Scores that put half the indicators well below their threshold and the group's middle. */
  const mixedScores = () => sample.definition.indicators.map((ind, i) => (i % 2 === 0 ? Math.max(1, Math.round((ind.lowBelow - 0.6) * 100) / 100) : Math.min(sample.definition.scaleMax, ind.lowBelow + 0.9)));

  it('puts the verdict in a phone’s first screen: school, investigation, date of the scores, one line per group of indicators; chart and table after it', async () => {
    const link = await linkFor({ school: 'OBS Eerste Scherm', scores: mixedScores() });
    const context = await contextTrusting(keys.list, { viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    await page.goto(link, { waitUntil: 'networkidle' });
    await page.locator('.kp-feedback__verdict').waitFor();
    const bottom = (selector: string) => page.locator(selector).evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().bottom + scrollY)));
    const top = (selector: string) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().top + scrollY);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    const firstScreen = { school: '.kp-feedback__title', investigation: '.kp-feedback-title__subject', date: '[data-scores-date]', verdict: '.kp-feedback__verdict-line' };
    for (const [what, selector] of Object.entries(firstScreen)) expect(await bottom(selector), `${what} in het eerste scherm (667 px)`).toBeLessThanOrEqual(667);
    expect(await page.locator('.kp-feedback__title').innerText()).toBe('Uitkomsten voor OBS Eerste Scherm');
    expect(await page.locator('.kp-feedback-title__subject').innerText()).toBe(sample.definition.title);
    expect(await page.locator('[data-scores-date]').innerText()).toMatch(/^Scores van \w+( tot en met \w+)? \d{4}\.$/);
    // One line per standard the indicators are on; every indicator named once, under its tone.
    const lines = await page.locator('.kp-feedback__verdict-line').allInnerTexts();
    expect(lines).toHaveLength(new Set(sample.definition.indicators.map((i) => i.standard ?? '')).size);
    for (const ind of sample.definition.indicators) expect(lines.join(' ').split(ind.label).length - 1, ind.label).toBeGreaterThanOrEqual(1);
    expect(lines.join(' ')).toMatch(/Laag: /);
    // The chart and the table come after the verdict.
    const verdictEnd = await bottom('.kp-feedback__verdict');
    expect(await top('svg.kp-feedback__chart')).toBeGreaterThan(verdictEnd);
    expect(await top('.kp-feedback table')).toBeGreaterThan(verdictEnd);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 'horizontaal scrollen').toBeLessThanOrEqual(0);
    await expectAxeClean(page, 'eerste scherm (375 px)');
    await page.screenshot({ path: 'tests/screenshots/tools-feedback-first-screen-375.png' });
    await context.close();
  });

  it('suggests only items on the investigation’s theme and for its sector, each naming the indicators it helps with', async () => {
    const scores = mixedScores();
    const context = await contextTrusting(keys.list, { viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(await linkFor({ school: 'OBS Lage Leesscores', scores }), { waitUntil: 'networkidle' });
    await page.locator('.kp-feedback__actions').waitFor();
    const hrefs = await page.locator('.kp-feedback__action:not(.kp-feedback__action--talk) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const items = hrefs.filter((h) => !h.startsWith('/onderzoekskader/'));
    expect(items.length, 'minstens één volgende stap').toBeGreaterThan(0);
    const file = ['md', 'mdx'].map((ext) => `content/investigations/${sample.id}.${ext}`).find(existsSync)!;
    expectOnSubject(items, subjectOf(file));
    // Each says by name which of the school's weaker indicators it helps with; never a count.
    const labels = sample.definition.indicators.map((i) => i.label);
    for (const helps of await page.locator('.kp-feedback__action-helps').allInnerTexts()) {
      expect(helps).toMatch(/^Helpt bij: /);
      expect(helps).not.toMatch(/\d+ (van uw lage )?indicatoren/);
      expect(labels.some((l) => helps.includes(l)), helps).toBe(true);
    }
    // The general "read further" lists on the page follow the same rule.
    const general = await page.locator('.kp-feedback-page__kinds a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expectOnSubject(general, subjectOf(file));
    await page.screenshot({ path: 'tests/screenshots/tools-feedback-next-steps-1280.png', fullPage: true });
    await context.close();
  });

  it('calls a link cut short by a mail program incomplete, says how to open it again, and opens one with a full stop glued to its end', async () => {
    const genuine = await linkFor({ school: 'OBS Afgebroken' });
    const [base, code] = genuine.split('#') as [string, string];
    const context = await contextTrusting(keys.list, { viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    const cuts = [Math.floor(code.length * 0.3), code.length - 40, code.length - 1, code.lastIndexOf('.') + 1];
    for (const end of cuts) {
      await page.goto('about:blank');
      await page.goto(`${base}#${code.slice(0, end)}`, { waitUntil: 'networkidle' });
      const notice = page.locator('[data-problem]');
      await notice.waitFor();
      expect(await notice.getAttribute('data-problem'), `afgebroken na ${end} tekens`).toBe('incomplete');
      const text = await notice.innerText();
      expect(text).toMatch(/^Deze link is niet compleet\n/);
      expect(text).toMatch(/Kopieer de hele link uit de brief[\s\S]*scan de QR-code[\s\S]*Vraag de inspectie om de link opnieuw te sturen/);
      expect(text).not.toMatch(/Vertrouw|ondertekening klopt niet/);
      expect(await page.locator('svg.kp-feedback__chart').count()).toBe(0);
    }
    await expectAxeClean(page, 'onvolledige link');
    await page.screenshot({ path: 'tests/screenshots/tools-feedback-incomplete-375.png' });
    // A sentence's full stop (or a bracket) after the link is not part of it.
    await page.goto('about:blank');
    await page.goto(`${genuine}).`, { waitUntil: 'networkidle' });
    await page.locator('[data-authenticity=genuine]').waitFor();
    await context.close();
  });

  it('shows a board’s link from npm run feedback-links with its schools side by side, no other board’s, and prints it on one A4', async () => {
    const out = join(tmp, 'links-besturen');
    const run = spawnSync(resolve('node_modules/.bin/node'), ['scripts/feedback/links.ts', sample.csv, '--out', out, '--site', baseUrl(), '--sleutel', keys.keyFile, '--geldig-tot', '2099-12-31'], { encoding: 'utf8', env: { ...process.env, KP_SITE: '' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const boards = parseCsv(readFileSync(join(out, 'besturen.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const schools = parseCsv(readFileSync(join(out, 'links.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(boards.length, 'de voorbeeld-CSV noemt besturen').toBeGreaterThan(1);
    const board = [...boards].sort((a, b) => b.scholen!.split(' ').length - a.scholen!.split(' ').length)[0]!;
    const own = board.scholen!.split(' ');
    expect(own.length, 'een bestuur met meer scholen').toBeGreaterThan(1);
    const others = schools.filter((r) => !own.includes(r.brin!));
    expect(others.length).toBeGreaterThan(0);
    expect(new URL(board.link!).pathname).toBe(boardPagePath(sample.id));
    const decoded = await decodeBoardCode(new URL(board.link!).hash, keys.list, TODAY);
    if (!decoded.ok) throw new Error(decoded.error);

    for (const [viewportName, viewport] of [['375', { width: 375, height: 667 }], ['1280', VIEWPORTS.desktop]] as const) {
      const context = await contextTrusting(keys.list, { viewport });
      const page = await context.newPage();
      const requests = watchRequests(page);
      await page.goto(board.link!, { waitUntil: 'networkidle' });
      await page.locator('.kp-board__table').waitFor();
      expect(await page.locator('.kp-feedback__title').innerText()).toBe(`Uitkomsten voor ${board.bestuursnaam}`);
      expect(await page.locator('[data-authenticity=genuine]').innerText()).toContain('Deze link werkt tot en met 31 december 2099.');
      // Side by side: one column per own school, each with its own comparison group.
      const columns = await page.locator('.kp-board__table thead th[scope=col]').allInnerTexts();
      expect(columns.slice(1)).toEqual(own.map((brin) => `${schools.find((r) => r.brin === brin)!.school} (${brin})`));
      const groups = await page.locator('.kp-board__group').allInnerTexts();
      expect(groups).toEqual(own.map((brin) => sample.definition.comparisonGroups.find((g) => g.id === schools.find((r) => r.brin === brin)!.groep)!.label));
      expect(await page.locator('.kp-board__table tbody tr').count()).toBe(sample.definition.indicators.length + 1);
      expect(await page.locator('.kp-feedback__verdict-line').count()).toBe(own.length);
      // No other board's school anywhere on the page.
      const text = await page.evaluate(() => document.body.innerText);
      for (const other of others) {
        expect(text, other.brin).not.toContain(other.brin);
        expect(text, other.school).not.toContain(other.school);
      }
      if (viewportName === '375') for (const selector of ['.kp-feedback__title', '[data-scores-date]']) expect(await page.locator(selector).evaluate((e) => e.getBoundingClientRect().bottom), selector).toBeLessThanOrEqual(667);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 'horizontaal scrollen').toBeLessThanOrEqual(0);
      await expectAxeClean(page, `bestuur (${viewportName})`);
      await page.screenshot({ path: `tests/screenshots/tools-board-${viewportName}.png`, fullPage: true });
      requests.check([board.bestuursnaam!, new URL(board.link!).hash.slice(1, 40)]);
      if (viewportName === '1280') {
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
        writeFileSync('tests/screenshots/tools-board-print.pdf', pdf);
        expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
      }
      await context.close();
    }
    // The school page sends a board's link to the board page, code and all.
    const context = await contextTrusting(keys.list);
    const page = await context.newPage();
    await page.goto(`${pageUrl(feedbackPagePath(sample.id))}${new URL(board.link!).hash}`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'Open deze link op de goede pagina' }).click();
    await page.locator('.kp-board__table').waitFor();
    await context.close();
  });

  it('never shows a forged link as genuine, however it was made', async () => {
    const genuine = await linkFor({ school: 'OBS De Echte' });
    const [base, code] = genuine.split('#') as [string, string];
    const [prefix, keyId, data, signature] = code.split('.') as [string, string, string, string];
    const json = JSON.parse(Buffer.from(data, 'base64url').toString('utf8'));
    const withJson = (j: unknown) => `${base}#${prefix}.${keyId}.${Buffer.from(JSON.stringify(j)).toString('base64url')}.${signature}`;
    const scam = 'Uw school is zeer zwak beoordeeld. Bel 0900-1234';
    // The old unkeyed checksum, recomputed by the forger: v1.<data>.<SHA-256 prefix>.
    const v1data = Buffer.from(JSON.stringify({ v: 1, i: sample.id, g: json.g, n: scam, s: json.s })).toString('base64url');
    const v1check = createHash('sha256').update(`v1.${v1data}`).digest().subarray(0, 8).toString('base64url');
    const forgeries: [string, string, RegExp][] = [
      ['a new name', withJson({ ...json, n: scam }), /ondertekening klopt niet/],
      ['new scores', withJson({ ...json, s: json.s.map(() => 1) }), /ondertekening klopt niet/],
      ['a recomputed checksum (old format)', `${base}#v1.${v1data}.${v1check}`, /niet ondertekend/],
      ['another key under a trusted id', await linkFor({ school: scam }, { keyId: '2026-1', privateKey: keys.stranger.privateJwk }), /ondertekening klopt niet/],
      ['an unknown key id', await linkFor({ school: scam }, { keyId: '2099-1', privateKey: keys.stranger.privateJwk }), /sleutel die de inspectie niet kent/],
      ['an old key after rotation', await linkFor({ school: scam }, keys.retired), /niet meer \(of nog niet\) gebruikt/],
      ['a revoked key', await linkFor({ school: scam }, keys.revoked, '2025-03-01'), /ingetrokken/],
      ['a changed signature', `${genuine.slice(0, -10)}AAAAAAAAAA`, /ondertekening klopt niet/],
      ['a swapped key id', genuine.replace('.2026-1.', '.2025-1.'), /ondertekening klopt niet/],
      ['a script in the name', withJson({ ...json, n: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>' }), /ondertekening klopt niet/],
    ];
    const context = await contextTrusting(keys.list, { viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    for (const [what, link, message] of forgeries) {
      await page.goto('about:blank');
      await page.goto(link, { waitUntil: 'networkidle' });
      const notice = page.locator('.kp-feedback__notice--error');
      await notice.first().waitFor();
      expect(await notice.first().innerText(), what).toMatch(message);
      expect(await page.locator('[data-authenticity=genuine]').count(), what).toBe(0);
      expect(await page.locator('svg.kp-feedback__chart').count(), what).toBe(0);
      expect(await page.locator('h1, h2, h3').allInnerTexts(), what).not.toContainEqual(expect.stringMatching(/zeer zwak|OBS De Echte|<img/));
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), what).toBeUndefined();
    }
    // The real link still works in the same page (so the checks above are not failing for another reason).
    await page.goto('about:blank');
    await page.goto(genuine, { waitUntil: 'networkidle' });
    await page.locator('[data-authenticity=genuine]').waitFor();
    await context.close();
  });

  it('shows a link signed with the public test key as a demonstration, the name only as quoted text', async () => {
    const scam = '<b>Uw school is zeer zwak</b> beoordeeld. Bel 0900-1234';
    const link = await linkFor({ school: scam }, { keyId: 'test', privateKey: testPrivateKey() });
    // The built page as it is, without injected keys: the test key is in every build, as a demonstration.
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(link, { waitUntil: 'networkidle' });
    const demo = page.locator('[data-authenticity=demo]');
    await demo.waitFor();
    expect(await demo.innerText()).toMatch(/Voorbeeld: dit is geen echte terugkoppeling[\s\S]*testsleutel/);
    expect(await demo.locator('q').innerText()).toBe(scam);
    expect(await page.locator('b').filter({ hasText: 'Uw school is zeer zwak' }).count()).toBe(0);
    expect(await page.locator('h1, h2, h3, h4').allInnerTexts()).not.toContainEqual(expect.stringContaining('zeer zwak'));
    expect(await page.locator('[data-authenticity=genuine]').count()).toBe(0);
    await expectAxeClean(page, 'voorbeeldlink');
    await context.close();
  });

  it('keeps the code in the address when the skip link is used, and works offline once loaded', async () => {
    const link = await linkFor({});
    const context = await contextTrusting(keys.list);
    const page = await context.newPage();
    await page.goto(pageUrl(feedbackPagePath(sample.id)), { waitUntil: 'networkidle' });
    await context.setOffline(true);
    await page.evaluate((code) => {
      location.hash = code;
    }, new URL(link).hash);
    await page.locator('.kp-feedback table').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    expect(await page.evaluate(() => location.hash)).toBe(new URL(link).hash);
    // A pasted #inhoud does not replace the report with a message either.
    await page.evaluate(() => {
      location.hash = 'inhoud';
    });
    await page.waitForTimeout(200);
    expect(await page.locator('.kp-feedback table').count()).toBe(1);
    await context.close();
  });

  it('prints a report with four low indicators on one A4 page, with full addresses and no relative links', async () => {
    const inds = sample.definition.indicators;
    const scores = inds.map((ind, i) => (i < 4 ? Math.max(1, ind.lowBelow - 0.004) : 3.5));
    const link = await linkFor({ school: 'Basisschool De Lange Naam Van Vier Lage Scores', scores });
    const context = await contextTrusting(keys.list, { viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(link, { waitUntil: 'networkidle' });
    await page.locator('.kp-feedback table').waitFor();
    expect(await page.locator('.kp-feedback__low').count()).toBe(4);
    // 2.496 against 2.5: shown cut off (2,49) and still marked low.
    expect(await page.locator('.kp-feedback table tbody tr').first().locator('td').first().innerText()).toBe(formatScoreAgainst(scores[0]!, inds[0]!.lowBelow));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => document.body.innerText);
    expect(printed).toContain('Basisschool De Lange Naam Van Vier Lage Scores');
    expect(printed).toMatch(/Afgedrukt op \d+ \w+ \d{4}/);
    // What each visible link prints after itself: a full address, never "(/brochures/…)".
    const after = await page.locator('.kp-feedback a').evaluateAll((as) => as.filter((a) => (a as HTMLElement).offsetParent).map((a) => getComputedStyle(a, '::after').content));
    expect(after.filter((c) => /\(\/|"\s*\/[a-z]/.test(c))).toEqual([]);
    expect(after.some((c) => /http:\/\/127\.0\.0\.1:\d+\/(brochures|reflectiewijzers|goede-voorbeelden|expertscholen)\//.test(c))).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync('tests/screenshots/tools-feedback-print.pdf', pdf);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    await context.close();
  });

  it('reads a link that a mail program percent-encoded as a whole, also with its # encoded, and shows the clean address', async () => {
    const link = await linkFor({ school: 'OBS De Doorgestuurde' });
    const [base, code] = link.split('#') as [string, string];
    const every = [...code].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');
    const variants: [string, string][] = [
      ['every character encoded', `${base}#${every}`],
      ['encoded twice', `${base}#${encodeURIComponent(code.replace(/\./g, '%2E'))}`],
      ['# encoded as %23 (the host answers with its 404 page)', `${base}%23${code.replace(/\./g, '%2E')}`],
    ];
    const context = await contextTrusting(keys.list, { viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    for (const [what, variant] of variants) {
      await page.goto('about:blank');
      await page.goto(variant);
      await page.locator('[data-authenticity=genuine]').waitFor({ timeout: 10_000 });
      expect(await page.getByRole('heading', { level: 2, name: 'Uitkomsten voor OBS De Doorgestuurde' }).count(), what).toBe(1);
      await expect.poll(() => page.url(), { timeout: 5000 }).toBe(link);
    }
    // A percent sign that cannot be decoded is a clear message, not "no code".
    await page.goto('about:blank');
    await page.goto(`${base}#${every.slice(0, -1)}`);
    const notice = page.locator('.kp-feedback__notice--error');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/^Deze link is niet compleet\n[\s\S]*hele link uit de brief/);
    await context.close();
  });

  it.each([
    ['no code', '', /Open de link uit uw brief/],
    ['a cut-off link', '#v2.test.eyJ2IjoxLCJp', /Deze link is niet compleet[\s\S]*hele link uit de brief/],
    ['a newer kind of link', '#v9.abc.def', /nieuwere versie van deze pagina/],
    ['garbage', '#v2.%%%.!!', /Deze link is niet compleet/],
  ])('with %s shows a clear message and the general page, never a broken chart', async (_, fragment, message) => {
    // axe-core needs a page in its own context (it opens a second page there).
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    const requests = watchRequests(page);
    await page.goto(`${pageUrl(feedbackPagePath(sample.id))}${fragment}`, { waitUntil: 'networkidle' });
    const notice = page.locator('.kp-feedback__notice');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(message);
    if (fragment) expect(await notice.getAttribute('role')).toBe('alert');
    expect(await page.locator('svg.kp-feedback__chart').count()).toBe(0);
    expect(await page.locator('.kp-feedback table').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Over dit onderzoek' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Met welke scholen vergelijken we?' }).isVisible()).toBe(true);
    await expectAxeClean(page, `melding: ${fragment || 'geen code'}`);
    requests.check([]);
    await context.close();
  });

  it('without JavaScript: the guide is a printable paper form, the feedback page says what it needs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${GUIDE}`);
    expect(await page.locator('.kp-guide-static').isVisible()).toBe(true);
    expect(await page.locator('.kp-guide-static fieldset').count()).toBeGreaterThan(0);
    expect(await page.locator('.kp-selfeval').count()).toBe(0);
    await page.goto(`${pageUrl(feedbackPagePath(sample.id))}#v2.test.abc.def`);
    // (Chromium's "no JavaScript" emulation still parses <noscript> as text, so check its markup.)
    expect(await page.locator('main noscript').innerHTML()).toContain('heeft deze pagina JavaScript nodig');
    expect(await page.locator('.kp-feedback').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Over dit onderzoek' }).isVisible()).toBe(true);
    await context.close();

    // axe-core itself needs JavaScript: check the paper form with the site's scripts failing to load instead.
    const blocked = await browser.newContext();
    await blocked.route('**/_astro/*.js', (route) => route.abort());
    const paper = await blocked.newPage();
    await paper.goto(`${baseUrl()}${GUIDE}`);
    expect(await paper.locator('.kp-guide-static').isVisible()).toBe(true);
    await expectAxeClean(paper, 'papieren formulier');
    await blocked.close();
  });

  it('is linked from the investigation page, which explains the personal link', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/themaonderzoeken/${sample.id}/`);
    const callout = page.locator('#terugkoppeling');
    expect(await callout.innerText()).toMatch(/persoonlijke link[\s\S]*QR-code/);
    await callout.getByRole('link', { name: 'Naar de terugkoppeling voor scholen' }).click();
    await page.waitForURL(`**${feedbackPagePath(sample.id)}`);
    // Read aloud as one heading: what the page is, then the investigation.
    expect(await page.getByRole('heading', { level: 1, name: `Terugkoppeling aan scholen: ${sample.definition.title}` }).count()).toBe(1);
    await page.goBack();
    await callout.getByRole('link', { name: 'Naar de terugkoppeling voor besturen' }).click();
    await page.waitForURL(`**${boardPagePath(sample.id)}`);
    expect(await page.getByRole('heading', { level: 1, name: `Terugkoppeling aan besturen: ${sample.definition.title}` }).count()).toBe(1);
    expect(await page.locator('.kp-feedback__notice').innerText()).toMatch(/Open de link uit uw brief/);
    await page.context().close();
  });
});
