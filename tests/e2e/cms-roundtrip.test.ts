/**
 * The editors' CMS in Chromium, in a throw-away copy of the project (tests/e2e/cms.ts): the five
 * tasks of an editor's week, then `npm run check` on what the CMS wrote; unsafe text in the body is
 * refused by that same check; and an edit of one field changes only that field's lines, in one file
 * of every collection the CMS edits (the content is written the way the CMS writes it: npm run cms:format).
 */
import { copyFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaDuration, roundDuration } from '../../src/lib/media/media-info.ts';
import { phonePhoto } from '../../scripts/media/phone-photo.ts';
import { launchBrowser, trackExternalRequests } from './browser.ts';
import {
  addItem,
  changes,
  choose,
  commitAll,
  copyProject,
  field,
  fill,
  fillNumber,
  newEntry,
  openCms,
  openEntry,
  removeProject,
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
  page = await openCms(browser, repo);
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
    await fill(school, 'Soort school', 'basisschool');
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
    const check = runCheck(repo);
    expect(check.output, check.output).toContain('0 fouten');
    expect(check.code).toBe(0);
    expect(external).toEqual([]);
    commitAll(repo, 'de vijf taken');
  });
});

/** Finds the planned item by its working title (scrolling, the form shows what is in view) and links the published item. */
async function markPlannedAsPublished(page: Page, plannedTitle: string, itemTitle: string) {
  await page.mouse.move(300, 500);
  for (let round = 0; round < 80; round++) {
    const titles = page.getByRole('textbox', { name: 'Werktitel' });
    for (let i = 0; i < (await titles.count()); i++) {
      if ((await titles.nth(i).inputValue()) !== plannedTitle) continue;
      // The planned item: the list item around its "Werktitel" field.
      const planned = titles.nth(i).locator('xpath=ancestor::*[@role="group"][2]');
      await choose(page, planned, 'Status', 'Verschenen');
      await choose(page, planned, 'Verschenen item', itemTitle);
      return;
    }
    await page.mouse.wheel(0, 500);
  }
  throw new Error(`gepland item "${plannedTitle}" niet gevonden`);
}
