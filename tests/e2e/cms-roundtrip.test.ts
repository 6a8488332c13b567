/**
 * The editors' CMS in Chromium, in a throw-away copy of the project (tests/e2e/cms.ts): the five
 * tasks of an editor's week, then `npm run check` on what the CMS wrote; unsafe text in the body is
 * refused by that same check; and an edit of one field changes only that field's lines, in one file
 * of every collection the CMS edits (the content is written the way the CMS writes it: npm run cms:format).
 */
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaDuration, roundDuration } from '../../src/lib/media/media-info.ts';
import { phonePhoto } from '../../scripts/media/phone-photo.ts';
import { baseUrl, launchBrowser, trackExternalRequests } from './browser.ts';
import {
  addItem,
  changes,
  choose,
  commitAll,
  copyProject,
  formatLikeCmsIn,
  field,
  fill,
  fillNumber,
  newEntry,
  openCms,
  openEntry,
  removeProject,
  reveal,
  runCheck,
  save,
  syncBack,
  typeInBody,
  upload,
} from './cms.ts';

let browser: Browser;
let repo: string;
let page: Page;
let external: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  repo = copyProject();
  // Content written by hand in another layout is written the CMS's way first, as it was once for the
  // sample content (npm run cms:format); from then on a CMS edit changes only what the editor changed.
  formatLikeCmsIn(repo);
  page = await openCms(browser, repo, baseUrl());
  external = trackExternalRequests(page);
}, 120_000);

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  if (repo) removeProject(repo);
});

describe('the CMS writes what npm run check accepts', { timeout: 600_000 }, () => {
  it('an editor creates a good practice with a phone photo, announces a webinar, adds a podcast episode, marks an agenda item published and edits a brochure', async () => {
    // 1. A good practice with a photo straight from a phone: 4 MB, a name with spaces and capitals.
    const photo = join(repo, '..', `IMG_2041 Schoolplein (1).JPG`);
    writeFileSync(photo, await phonePhoto(3));
    expect(statSync(photo).size).toBeGreaterThan(3_000_000);
    await newEntry(page, 'practices');
    await fill(page, 'Titel', 'Samen lezen in groep 5 in Zwolle');
    await fill(page, 'Samenvatting', 'Een basisschool in Zwolle laat kinderen in groep 5 elke dag samen lezen. De leesmotivatie en het leesbegrip gingen omhoog.');
    const image = field(page, 'Afbeelding');
    await image.getByRole('checkbox').check();
    await upload(page, image, 'Bestand', photo);
    await fill(image, 'Wat staat er op de afbeelding?', 'Kinderen lezen samen in een boek op het schoolplein');
    await fill(page, 'Publicatiedatum', '2026-11-20');
    await choose(page, page, "Thema's", 'Basisvaardigheden');
    const school = field(page, 'School');
    await fill(school, 'Naam van de school', 'Basisschool De Leeswijzer');
    await fill(school, 'Plaats', 'Zwolle');
    await choose(page, school, 'Regio', 'Oost-Nederland (oost)');
    await choose(page, school, 'Sector', 'Primair onderwijs (po)');
    await choose(page, school, 'Soort school', 'Basisschool');
    await fillNumber(school, 'Aantal leerlingen', 240);
    await fill(school, 'Leerlingen en omgeving', 'Een basisschool in een wijk met veel jonge gezinnen en kinderen die thuis weinig lezen.');
    await field(school, 'Verzonnen').getByRole('switch').check();
    await fill(page, 'Aanpak', 'Elke ochtend lezen kinderen twintig minuten samen in tweetallen, met een leraar die meeleest.');
    const outcomes = await addItem(page, 'Wat het opleverde');
    await outcomes.getByRole('textbox').last().fill('Meer kinderen lezen thuis voor hun plezier.');
    await choose(page, page, 'Bron', 'aanmelding-school');
    await typeInBody(page, 'De school wilde dat kinderen meer en liever lezen.');
    await save(page);

    // 2. A webinar announced before it takes place.
    await newEntry(page, 'webinars');
    await fill(page, 'Titel', 'Uitkomsten van het themaonderzoek sociale veiligheid');
    await fill(page, 'Samenvatting', 'Inspecteurs vertellen wat zij zagen op scholen voor voortgezet onderwijs, en scholen laten zien wat zij ermee doen.');
    await fill(page, 'Publicatiedatum', '2026-12-01');
    await choose(page, page, "Thema's", 'Sociale veiligheid');
    await fill(page, 'Begin', '2027-01-20T15:30');
    await fillNumber(page, 'Duur in minuten', 60);
    const speakers = await addItem(page, 'Sprekers');
    await fill(speakers, 'Naam', 'Sanne de Vries');
    await fill(speakers, 'Functie', 'inspecteur voortgezet onderwijs');
    await fill(page, 'Aanmelden', 'https://voorbeeld.example/aanmelden/sociale-veiligheid');
    await typeInBody(page, 'Een uur over wat werkt voor een veilig schoolklimaat.');
    await save(page);

    // 3. A podcast episode with its audio and transcript, as files from the editor's computer.
    const audio = join(repo, '..', 'Aflevering 7 (definitief).mp3');
    const transcript = join(repo, '..', 'Aflevering 7 transcript.vtt');
    copyFileSync(join(repo, 'public/media/voorbeeld/voorbeeld.mp3'), audio);
    writeFileSync(transcript, 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Presentator>Welkom bij aflevering zeven.\n');
    const seconds = roundDuration((await mediaDuration(audio))!);
    await newEntry(page, 'podcasts');
    await fill(page, 'Titel', 'Lezen in alle vakken');
    await fill(page, 'Samenvatting', 'Twee leraren uit het vo vertellen hoe zij lezen een plek geven in hun vak, ook bij wiskunde en aardrijkskunde.');
    await fill(page, 'Publicatiedatum', '2026-11-25');
    await choose(page, page, "Thema's", 'Basisvaardigheden');
    await fillNumber(page, 'Seizoen', 1);
    await fillNumber(page, 'Aflevering', 7);
    const host = field(page, 'Presentator');
    await fill(host, 'Naam', 'Eva Jansen');
    const sound = field(page, 'Geluid');
    await upload(page, sound, 'Geluidsbestand', audio);
    await choose(page, sound, 'Soort bestand', 'audio/mpeg');
    await fillNumber(sound, 'Grootte in bytes', statSync(audio).size);
    await fillNumber(sound, 'Duur in seconden', seconds);
    await upload(page, page, 'Uitgeschreven tekst', transcript);
    const chapters = await addItem(page, 'Hoofdstukken');
    await fill(chapters, 'Begint op', '0:00');
    await fill(chapters, 'Titel van het hoofdstuk', 'Welkom');
    await typeInBody(page, 'Een gesprek over lezen in alle vakken.');
    await save(page);

    // 4. The agenda: the planned webinar has appeared (the one just announced).
    await openEntry(page, 'agenda', '2026');
    await markPlannedAsPublished(page, 'Webinar over de uitkomsten van het themaonderzoek', 'Uitkomsten van het themaonderzoek sociale veiligheid');
    await save(page);

    // 5. An existing brochure: a sharper summary.
    await openEntry(page, 'brochures', 'kwaliteitszorg-die-werkt');
    await fill(page, 'Samenvatting', 'Wat scholen doen die hun kwaliteitszorg op orde hebben: een heldere visie, doelen die iedereen kent en een team dat samen evalueert en bijstuurt.');
    await save(page);

    const written = await syncBack(page, repo);
    expect(written).toEqual(
      expect.arrayContaining([
        'content/practices/samen-lezen-in-groep-5-in-zwolle.md',
        'content/webinars/uitkomsten-van-het-themaonderzoek-sociale-veiligheid.md',
        'content/podcasts/lezen-in-alle-vakken.md',
        'content/agenda/2026.yaml',
        'content/brochures/kwaliteitszorg-die-werkt.md',
        'public/images/img_2041-schoolplein-1.jpg',
        'public/media/podcasts/aflevering-7-definitief.mp3',
        'public/media/podcasts/aflevering-7-transcript.vtt',
      ]),
    );
    const read = (file: string) => readFileSync(join(repo, file), 'utf8');
    // The photo under a normalised name, with its alt text; stable ids made by the CMS; Amsterdam time as written.
    expect(read('content/practices/samen-lezen-in-groep-5-in-zwolle.md')).toContain('image:\n  src: /images/img_2041-schoolplein-1.jpg\n  alt: Kinderen lezen samen');
    const webinar = read('content/webinars/uitkomsten-van-het-themaonderzoek-sociale-veiligheid.md');
    expect(webinar).toMatch(/^uid: [0-9a-f-]{36}$/m);
    expect(webinar).toContain('start: 2027-01-20 15:30\n');
    expect(read('content/podcasts/lezen-in-alle-vakken.md')).toMatch(/^guid: [0-9a-f-]{36}$/m);
    expect(changes(repo).diff).toMatch(/\+ +item: uitkomsten-van-het-themaonderzoek-sociale-veiligheid/);
    const check = runCheck(repo);
    expect(check.output, check.output).toContain('0 fouten');
    expect(check.code).toBe(0);
    expect(external).toEqual([]);
    commitAll(repo, 'de vijf taken');
  });
  /** One existing file per collection the CMS edits; its title is edited, nothing else. */
  const ONE_FIELD: [collection: string, slug: string, file: string][] = [
    ['brochures', 'wat-mag-wel-in-het-vo', 'content/brochures/wat-mag-wel-in-het-vo.md'],
    ['reflection-guides', 'kwaliteitszorg-en-kwaliteitscultuur', 'content/reflection-guides/kwaliteitszorg-en-kwaliteitscultuur.md'],
    ['practices', 'burgerschap-in-het-praktijkonderwijs-apeldoorn', 'content/practices/burgerschap-in-het-praktijkonderwijs-apeldoorn.md'],
    ['webinars', 'een-jaar-standaard-basisvaardigheden', 'content/webinars/een-jaar-standaard-basisvaardigheden.md'],
    ['podcasts', 'het-inspectiebezoek', 'content/podcasts/het-inspectiebezoek.md'],
    ['investigations', 'sociale-veiligheid-vo', 'content/investigations/sociale-veiligheid-vo.md'],
    ['expert-schools', 'college-de-eemhof', 'content/expert-schools/college-de-eemhof.md'],
    ['themes', 'leskwaliteit', 'content/themes/leskwaliteit.md'],
    ['agenda', '2025', 'content/agenda/2025.yaml'],
    // A page whose every fact cites a footnote source ([^1]): the sources stay exactly as written.
    ['supervision', 'drie-niveaus', 'content/toezicht/drie-niveaus.md'],
  ];

  it('editing one field changes only that field\'s line, in a file of every collection the CMS edits', async () => {
    for (const [collection, slug] of ONE_FIELD) {
      await openEntry(page, collection, slug);
      const title = field(page, 'Titel').getByRole('textbox', { name: 'Titel' });
      await title.fill(`${await title.inputValue()} (bijgewerkt)`);
      await save(page);
    }
    await syncBack(page, repo);
    const { files, diff } = changes(repo);
    expect(files.sort()).toEqual(ONE_FIELD.map(([, , file]) => file).sort());
    // -U0: per file one line out, one line in, both the title.
    const lines = diff.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l));
    expect(lines.filter((l) => l.startsWith('-'))).toHaveLength(ONE_FIELD.length);
    expect(lines.every((l) => /^[-+]title: /.test(l)), lines.join('\n')).toBe(true);
    expect(lines.filter((l) => l.startsWith('+')).every((l) => l.endsWith(' (bijgewerkt)') || l.endsWith(" (bijgewerkt)'"))).toBe(true);
    expect(runCheck(repo).code).toBe(0);
    commitAll(repo, 'een veld per bestand');
  });

  it('typing in the body changes only the paragraph typed in (its emphasis was already written the way the CMS writes it)', async () => {
    const file = 'content/webinars/sterk-samenwerken-met-de-inspectie.md';
    expect(readFileSync(join(repo, file), 'utf8')).toMatch(/ _Sterk samenwerken met de inspectie_,/);
    await openEntry(page, 'webinars', 'sterk-samenwerken-met-de-inspectie');
    await typeInBody(page, ' Meer webinars staan in de agenda.');
    await save(page);
    await syncBack(page, repo);
    const { files, diff } = changes(repo);
    expect(files).toEqual([file]);
    const lines = diff.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l));
    expect(lines).toEqual([
      '-De sprekers in deze opname zijn verzonnen en hun stemmen zijn gemaakt met spraaksoftware.',
      '+De sprekers in deze opname zijn verzonnen en hun stemmen zijn gemaakt met spraaksoftware. Meer webinars staan in de agenda.',
    ]);
    commitAll(repo, 'tekst aangevuld');
  });

  it('unsafe text typed or pasted into the body is refused by npm run check, with file and line', async () => {
    const file = 'content/practices/ouders-en-leerlingen-in-het-gesprek-de-esch.md';
    await openEntry(page, 'practices', 'ouders-en-leerlingen-in-het-gesprek-de-esch');
    // Pasted from a web page into the rich-text editor: a link that runs code and a tracking image.
    const body = field(page, 'Tekst');
    await reveal(body);
    await body.getByRole('textbox').last().click();
    await page.keyboard.press('Control+End');
    await body.getByRole('textbox').last().evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/html', '<p>Zie <a href="javascript:alert(1)">deze pagina</a> <img src="https://tracker.example/p.gif" alt="teller"></p>');
      data.setData('text/plain', 'Zie deze pagina');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    // Typed in the Markdown view: HTML with code in it.
    await body.getByRole('button', { name: 'Bewerken in Markdown' }).click();
    const source = body.getByRole('textbox').last();
    await source.press('Control+End');
    await source.pressSequentially('\n\n<img src="/images/x.jpg" alt="x" onerror="alert(1)">\n');
    await save(page);
    await syncBack(page, repo);
    const written = readFileSync(join(repo, file), 'utf8');
    const check = runCheck(repo);
    expect(check.code).toBe(1);
    const problems = check.output.split('\n').filter((l) => l.startsWith(`${file}:`));
    // The typed HTML is refused; so is whatever of the paste reached the file.
    expect(problems.some((l) => l.includes('HTML-code (<img>) is niet toegestaan')), check.output).toBe(true);
    // The CMS keeps what was pasted as Markdown; the check refuses it like any other file.
    if (/javascript:/i.test(written)) expect(problems.some((l) => l.includes('"javascript:alert(1)" is niet toegestaan')), check.output).toBe(true);
    if (written.includes('tracker.example')) expect(problems.some((l) => l.includes('staat op een andere website')), check.output).toBe(true);
    for (const p of problems) expect(p).toMatch(new RegExp(`^${file}:\\d+ `));
  });
});

/** Finds the planned entry by its working title (scrolling: the form draws what is in view) and links the published item. */
async function markPlannedAsPublished(page: Page, plannedTitle: string, itemTitle: string) {
  await page.mouse.move(300, 500);
  for (let round = 0; round < 80; round++) {
    const titles = page.getByRole('textbox', { name: 'Werktitel' });
    for (let i = 0; i < (await titles.count()); i++) {
      if ((await titles.nth(i).inputValue()) !== plannedTitle) continue;
      // The planned item: the list item around its "Werktitel" field.
      const planned = titles.nth(i).locator('xpath=ancestor::*[@role="group"][2]');
      // Linking the item is all: the status follows it.
      await choose(page, planned, 'Verschenen item', itemTitle);
      return;
    }
    await page.mouse.wheel(0, 500);
  }
  throw new Error(`gepland item "${plannedTitle}" niet gevonden`);
}
