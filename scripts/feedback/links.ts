/**
 * npm run feedback-links -- <scores.csv> (--sleutel <privésleutel.json> | --testsleutel) [--out <map>] [--onderzoek <id>] [--site <url>] [--geldig-tot <JJJJ-MM-DD>]
 *
 * For inspectorate staff: turns a CSV of schools and their scores (header
 * `brin,school,groep,<indicator ids…>`, optionally `bestuursnummer,bestuursnaam`) into each
 * school's personal feedback link and a QR code (SVG) for the letter, and, when the CSV names
 * boards, one link per board with its own schools side by side. The investigation is taken from the file name (<id>-….csv) or --onderzoek,
 * and read from content/investigations/ with the same schema as the site. Every row is checked;
 * bad rows are listed by line number and nothing is written (exit 1).
 * Every link is signed: with the Inspectorate's private key (--sleutel, a file made by
 * `npm run feedback-keys`, kept outside the repository), or with the public test key
 * (--testsleutel: the page then says "voorbeeld", never genuine). It prints the web address the
 * links point to, empties its output folder of a previous run first, and refuses an output folder
 * inside public/ or dist/ (school data must never be published).
 *
 * --geldig-tot puts a last day in every link; after it the page asks for a new link.
 *
 * Output (default terugkoppeling-links/<id>/, ignored by git: it holds school data):
 *   links.csv                  brin, school, groep, [bestuursnummer,] link, qr
 *   qr/<BRIN>.svg              QR code of the link
 *   besturen.csv               bestuursnummer, bestuursnaam, scholen (BRIN), link, qr   (only with board columns)
 *   qr/bestuur-<nummer>.svg    QR code of a board's link (left out when the link is too long for one)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { collectionSchemas } from '../../src/schemas/index.ts';
import { plainReference } from '../../src/schemas/reference.ts';
import { loadCollectionSources } from '../../src/lib/content/loader.ts';
import { boardsCsv, buildFeedbackLinks, formatRowError, linksCsv } from '../../src/lib/feedback/links.ts';
import { isNeutralSite, NEUTRAL_SITE } from '../../src/lib/site/site-address.ts';
import { investigationDefinition } from '../../src/lib/feedback/report.ts';
import { publishedFolderOf } from '../../src/lib/site/published-folders.ts';
import { plural } from '../../src/i18n/t.ts';
import type { Signer } from '../../src/lib/feedback/code.ts';
import { todayInAmsterdam } from '../../src/core/amsterdam-time.ts';
import { TEST_KEY_ID, testPrivateKey } from '../../src/lib/feedback/signing/test-key.ts';
import { readSignerFile } from './signer-file.ts';

const USAGE = 'Gebruik: npm run feedback-links -- <scores.csv> (--sleutel <privésleutel.json> | --testsleutel) [--out <map>] [--onderzoek <id>] [--site <adres>] [--geldig-tot <JJJJ-MM-DD>]';

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

let args: ReturnType<typeof parseCli>;
function parseCli() {
  return parseArgs({
    allowPositionals: true,
    // --root: the project folder with content/ (default: this repository; tests use a copy).
    options: {
      out: { type: 'string' },
      onderzoek: { type: 'string' },
      site: { type: 'string' },
      sleutel: { type: 'string' },
      testsleutel: { type: 'boolean' },
      'geldig-tot': { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
try {
  args = parseCli();
} catch (e) {
  stop(`${(e as Error).message}\n${USAGE}`);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const csvPath = args.positionals[0];
if (!csvPath || args.positionals.length > 1) stop(USAGE);
if (!existsSync(csvPath)) stop(`Bestand niet gevonden: ${csvPath}`);
const ROOT = resolve(args.values.root ?? join(import.meta.dirname, '..', '..'));

/** The investigation: --onderzoek, or the longest investigation id the CSV's name starts with. Read by the shared loader. */
function findInvestigation() {
  const sources = loadCollectionSources(ROOT, 'investigations');
  const ids = sources.map((s) => s.id);
  const wanted = args.values.onderzoek;
  const name = basename(csvPath!).toLowerCase();
  const id = wanted ?? ids.filter((i) => name === `${i}.csv` || name.startsWith(`${i}-`)).sort((a, b) => b.length - a.length)[0];
  if (!id || !ids.includes(id)) {
    stop(
      `${wanted ? `Themaonderzoek "${wanted}" bestaat niet.` : `Uit de bestandsnaam ${basename(csvPath!)} blijkt niet bij welk themaonderzoek de scores horen.`}` +
        ` Noem het met --onderzoek <id>. Bestaande themaonderzoeken: ${ids.join(', ') || '(geen)'}`,
    );
  }
  return sources[ids.indexOf(id)]!;
}

const { id, file, source } = findInvestigation();
const parsed = collectionSchemas(plainReference).investigations.safeParse(source.data);
if (source.syntaxErrors.length || !parsed.success) {
  stop(`De inhoud van themaonderzoek "${id}" (${file}) bevat fouten. Voer eerst npm run check uit en los ze op.`);
}
const investigation = investigationDefinition(id, parsed.data);
let signer: Signer;
if (args.values.testsleutel && args.values.sleutel) stop('Kies --sleutel of --testsleutel, niet allebei.');
if (args.values.testsleutel) signer = { keyId: TEST_KEY_ID, privateKey: testPrivateKey() };
else if (args.values.sleutel) signer = readSignerFile(args.values.sleutel, stop);
else stop(`Elke link wordt ondertekend. Geef de privésleutel van de inspectie met --sleutel <bestand> (zie docs/redactiehandleiding.md), of --testsleutel voor een voorbeeld.\n${USAGE}`);
const demo = signer.keyId === TEST_KEY_ID;

// The host is never taken silently from the environment (KP_SITE is the build's): a letter with a link to the
// wrong site is worse than none. Real letters need the real address; only a demonstration may use the example one.
if (process.env.KP_SITE && !args.values.site) stop(`KP_SITE (${process.env.KP_SITE}) geldt alleen voor de bouw van de site. Noem het adres van de links met --site <adres>.`);
if (!args.values.site && !demo) stop('Noem het webadres van het kennisplatform met --site <adres>, zoals de site het gebruikt (KP_SITE bij de bouw). Zonder dat adres maken we geen echte links.');
const site = args.values.site ?? NEUTRAL_SITE;
if (!/^https?:\/\/[^/]+/.test(site)) stop(`--site moet een webadres zijn dat met https:// begint, zoals https://kennisplatform.voorbeeld.nl`);
if (!demo && isNeutralSite(site)) stop(`--site ${site} is het voorbeeldadres, geen echt adres. Noem het echte adres van het kennisplatform.`);

const today = todayInAmsterdam();
const validUntil = args.values['geldig-tot'];
if (validUntil !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(validUntil) && !Number.isNaN(Date.parse(validUntil)) && validUntil >= today)) {
  stop(`--geldig-tot ${validUntil}: schrijf de laatste dag dat de links werken als JJJJ-MM-DD, vandaag (${today}) of later.`);
}
const { rows, boards, errors } = await buildFeedbackLinks(readFileSync(csvPath, 'utf8'), investigation, signer, today, site, validUntil ? { validUntil } : {});
if (errors.length) {
  for (const e of errors) console.error(`${csvPath}: ${formatRowError(e)}`);
  stop(`\n${plural('feedbackLinks.badRows', errors.length, { file: csvPath })}`);
}

const out = resolve(args.values.out ?? join('terugkoppeling-links', id));
const published = publishedFolderOf(out, ROOT);
if (published) stop(`--out ${args.values.out}: die map komt op de openbare site (${published}/). Kies een map buiten ${published}/, bijvoorbeeld terugkoppeling-links/${id}.`);
const outExists = existsSync(out);
if (outExists && !statSync(out).isDirectory()) stop(`--out ${args.values.out ?? out} is een bestand, geen map. Noem een map; die mag nog niet bestaan.`);
if (outExists && existsSync(join(out, 'qr')) && !statSync(join(out, 'qr')).isDirectory()) stop(`${join(out, 'qr')} is een bestand, geen map. Kies een andere map met --out.`);
// Files of a previous run would mix old and new links: remove what this script writes, nothing else.
rmSync(join(out, 'qr'), { recursive: true, force: true });
rmSync(join(out, 'links.csv'), { force: true });
rmSync(join(out, 'besturen.csv'), { force: true });
mkdirSync(join(out, 'qr'), { recursive: true });

/** Writes the QR code of a link with a text alternative (for a digital letter); false when the link is too long for a QR code. */
async function writeQr(file: string, url: string, label: string): Promise<boolean> {
  let svg: string;
  try {
    svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: url.length > 2000 ? 'L' : 'M', margin: 4 });
  } catch {
    return false;
  }
  writeFileSync(join(out, file), svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/[<>&"]/g, '')}" `));
  return true;
}

const written: { brin: string; school: string; group: string; board?: string; url: string; qr: string }[] = [];
for (const row of rows) {
  const qrFile = `qr/${row.brin}.svg`;
  await writeQr(qrFile, row.url, `QR-code met de persoonlijke link naar de terugkoppeling voor ${row.school}`);
  written.push({ brin: row.brin, school: row.school, group: row.group, ...(row.board ? { board: row.board.number } : {}), url: row.url, qr: qrFile });
}
const withBoards = rows.some((r) => r.board);
writeFileSync(join(out, 'links.csv'), linksCsv(written, withBoards));
console.log(`${rows.length} persoonlijke links en QR-codes voor "${investigation.title}" geschreven naar ${relative(process.cwd(), out) || '.'}/ (links.csv en qr/).`);
if (boards.length) {
  const boardRows = [];
  const noQr: string[] = [];
  for (const b of boards) {
    const qrFile = `qr/bestuur-${b.number}.svg`;
    const made = await writeQr(qrFile, b.url, `QR-code met de link naar de terugkoppeling voor ${b.name}`);
    if (!made) noQr.push(b.number);
    boardRows.push({ number: b.number, name: b.name, brins: b.schools.map((s) => s.brin), url: b.url, qr: made ? qrFile : '' });
  }
  writeFileSync(join(out, 'besturen.csv'), boardsCsv(boardRows));
  console.log(`${plural('feedbackLinks.boards', boards.length)} (besturen.csv): elke link toont alleen de eigen scholen van dat bestuur.`);
  if (noQr.length) console.log(`  Geen QR-code voor bestuur ${noQr.join(', ')}: de link is te lang voor een QR-code. Stuur die link digitaal.`);
}
console.log(`\n  Adres van de links: ${new URL(site).origin}`);
if (validUntil) console.log(`  Geldig tot en met ${validUntil}.`);
console.log(signer.keyId === TEST_KEY_ID ? '  Ondertekend met de TESTSLEUTEL: de pagina toont deze links als voorbeeld, niet als echte terugkoppeling.' : `  Ondertekend met sleutel ${signer.keyId}.`);
