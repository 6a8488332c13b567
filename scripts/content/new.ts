/**
 * npm run new: writes a new content file with every required field, Dutch comments and draft: true.
 *
 *   npm run new                                   asks the questions one by one
 *   npm run new -- --type practices --title "Samen lezen in groep 5" --themes basisvaardigheden,leskwaliteit --date 2026-12-01
 *
 * Other flags: --summary "...", --slug eigen-naam, --mdx (text with components), --audio and
 * --transcript (podcasts: files under public/media/), --dry-run (print, do not write),
 * --root <folder> (the project folder; for tests). Exit code 0 = written, 1 = refused.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { checkContent } from '../../src/lib/check/run.ts';
import { verdictOf } from '../../src/lib/check/verdict.ts';
import { collectionFiles, entryId, loadCollectionSources } from '../../src/lib/content/loader.ts';
import { dateProblem } from '../../src/core/dates.ts';
import { todayInAmsterdam } from '../../src/core/amsterdam-time.ts';
import { summarySchema, titleSchema } from '../../src/schemas/common.ts';
import { formatProblem } from '../../src/lib/content/errors.ts';
import { mediaDuration, roundDuration } from '../../src/lib/media/media-info.ts';
import {
  NEW_TYPES,
  PLACEHOLDER_AUDIO,
  PLACEHOLDER_TRANSCRIPT,
  renderTemplate,
  resolveType,
  slugify,
  TYPE_INFO,
  type MediaInfo,
  type NewType,
  type ThemeInfo,
} from '../../src/lib/content/templates.ts';

const USAGE = `Gebruik:
  npm run new
  npm run new -- --type practices --title "Samen lezen in groep 5" --themes basisvaardigheden --date 2026-12-01

Soorten (--type): ${NEW_TYPES.map((t) => `${t} (${TYPE_INFO[t].label})`).join(', ')}
Meer: --summary "...", --slug eigen-naam, --mdx, --audio /media/podcasts/x.mp3, --transcript /media/podcasts/x.vtt, --dry-run`;

class Refusal extends Error {}

const OPTIONS = {
  type: { type: 'string' },
  title: { type: 'string' },
  themes: { type: 'string' },
  date: { type: 'string' },
  summary: { type: 'string' },
  slug: { type: 'string' },
  mdx: { type: 'boolean', default: false },
  audio: { type: 'string' },
  transcript: { type: 'string' },
  root: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function readFlags() {
  try {
    return parseArgs({ options: OPTIONS, strict: true }).values;
  } catch (e) {
    // An unknown option or one without its value: say which, in Dutch, instead of a stack trace.
    const { code, message } = e as { code?: string; message: string };
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    const why = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `onbekende optie ${option}` : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? `bij ${option} hoort een waarde` : message;
    console.error(`Niet gemaakt: ${why}\n\n${USAGE}`);
    process.exit(1);
  }
}
const flags = readFlags();

if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}

const root = flags.root ?? process.cwd();
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);

function loadThemes(): ThemeInfo[] {
  return loadCollectionSources(root, 'themes').map(({ id, source }) => {
    const data = (source.data ?? {}) as Record<string, unknown>;
    const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
    return { id, title: String(data.title ?? id), standards: list(data.standards), sectors: list(data.sectors) };
  });
}

/** Today in the Netherlands, as JJJJ-MM-DD. */
const today = () => todayInAmsterdam();

function checkDate(value: string): string | undefined {
  const problem = dateProblem(value);
  return problem && `"${value}": ${problem}`;
}

/** The schema's own title rule, plus: the title must give a file name. */
function checkTitle(value: string): string | undefined {
  const result = titleSchema.safeParse(value);
  if (!result.success) return result.error.issues[0]?.message;
  if (!slugify(value)) return 'van deze titel kan geen bestandsnaam gemaakt worden; gebruik letters of cijfers';
  return undefined;
}

function checkThemes(value: string, themes: ThemeInfo[]): string | undefined {
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length === 0) return 'noem minstens één thema';
  const unknown = ids.filter((id) => !themes.some((t) => t.id === id));
  if (unknown.length) return `onbekend thema ${unknown.map((u) => `"${u}"`).join(', ')} (toegestaan: ${themes.map((t) => t.id).join(', ')})`;
  return undefined;
}

/** Existing file whose id is the slug, in any extension or letter case. */
function existingFile(type: NewType, slug: string): string | undefined {
  const hit = collectionFiles(join(root, 'content'), type).find((rel) => entryId(rel) === slug);
  return hit ? `content/${type}/${hit}` : undefined;
}

/** A site path (/media/x.mp3) or a path under public/ → site path; the file must exist. */
function publicFile(value: string, what: string): string {
  const sitePath = value.replace(/^\.?\/?public(?=\/)/, '').replace(/^(?!\/)/, '/');
  if (!existsSync(join(root, 'public', sitePath))) throw new Refusal(`${what} ${value} bestaat niet; zet het bestand eerst in public${sitePath}`);
  return sitePath;
}

async function mediaInfo(sitePath: string): Promise<MediaInfo> {
  const abs = join(root, 'public', sitePath);
  const duration = await mediaDuration(abs);
  if (duration === undefined) throw new Refusal(`de duur van ${sitePath} is niet te lezen; is het een echt mp3-bestand?`);
  return { file: sitePath, bytes: statSync(abs).size, durationSeconds: roundDuration(duration) };
}

function nextEpisode(): { season: number; episode: number } {
  const numbers = loadCollectionSources(root, 'podcasts').map(({ source }) => {
    const d = (source.data ?? {}) as Record<string, unknown>;
    return { season: Number(d.season) || 1, episode: Number(d.episode) || 0 };
  });
  const season = Math.max(1, ...numbers.map((n) => n.season));
  const episode = Math.max(0, ...numbers.filter((n) => n.season === season).map((n) => n.episode)) + 1;
  return { season, episode };
}

/** Flag, else (in a terminal) a question repeated until the answer is valid, else a refusal. */
async function ask(
  rl: ReturnType<typeof createInterface> | undefined,
  flag: string | undefined,
  name: string,
  question: string,
  validate: (v: string) => string | undefined,
  fallback?: string,
): Promise<string> {
  if (flag !== undefined) {
    const problem = validate(flag);
    if (problem) throw new Refusal(`--${name}: ${problem}`);
    return flag.trim();
  }
  if (!rl) {
    if (fallback !== undefined) return fallback;
    throw new Refusal(`--${name} ontbreekt.\n\n${USAGE}`);
  }
  for (;;) {
    const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim() || fallback || '';
    const problem = validate(answer);
    if (!problem) return answer;
    console.log(`  ${problem}`);
  }
}

async function main() {
  const themes = loadThemes();
  if (themes.length === 0) throw new Refusal(`geen thema's gevonden in ${join(root, 'content', 'themes')}; start npm run new in de projectmap`);
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  try {
    if (rl) console.log('Nieuw item maken. Druk op Enter om een voorstel tussen [ ] over te nemen.\n');
    const typeMenu = NEW_TYPES.map((t, i) => `  ${i + 1}. ${TYPE_INFO[t].label} (${t})`).join('\n');
    if (rl && flags.type === undefined) console.log(`Soorten:\n${typeMenu}`);
    const typeAnswer = await ask(rl, flags.type, 'type', 'Soort (nummer of naam)', (v) =>
      resolveType(v) || NEW_TYPES[Number(v) - 1] ? undefined : `onbekende soort "${v}" (toegestaan: ${NEW_TYPES.join(', ')})`,
    );
    const type = (resolveType(typeAnswer) ?? NEW_TYPES[Number(typeAnswer) - 1])!;

    const clashWith = (slug: string) => {
      const clash = existingFile(type, slug);
      return clash ? `er bestaat al een ${TYPE_INFO[type].label} met de bestandsnaam "${slug}": ${clash}. Kies een andere titel, of geef een eigen naam met --slug` : undefined;
    };
    // In a terminal a title that gives an existing file name is asked again; with flags it is refused below.
    const title = await ask(rl, flags.title, 'title', 'Titel', (v) => checkTitle(v) ?? (rl && !flags.slug ? clashWith(slugify(v)) : undefined));
    const slug = flags.slug ?? slugify(title);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new Refusal(`--slug "${slug}": gebruik alleen kleine letters, cijfers en streepjes`);
    const clash = clashWith(slug);
    if (clash) throw new Refusal(clash);

    if (rl && flags.themes === undefined) console.log(`Thema's: ${themes.map((t) => t.id).join(', ')}`);
    const themeIds = (await ask(rl, flags.themes, 'themes', "Thema's (met komma's ertussen)", (v) => checkThemes(v, themes)))
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const date = await ask(rl, flags.date, 'date', 'Publicatiedatum (JJJJ-MM-DD)', checkDate, today());
    const summary = flags.summary;
    const summaryCheck = summary === undefined ? undefined : summarySchema.safeParse(summary);
    if (summaryCheck && !summaryCheck.success) {
      throw new Refusal(`--summary: ${summaryCheck.error.issues[0]?.message ?? 'samenvatting klopt niet'}; deze heeft ${summary!.trim().length} tekens`);
    }

    let audio: MediaInfo | undefined;
    let transcript: string | undefined;
    if (type === 'podcasts') {
      audio = await mediaInfo(flags.audio ? publicFile(flags.audio, 'audiobestand') : publicFile(PLACEHOLDER_AUDIO, 'voorbeeldbestand'));
      const sameName = flags.audio ? audio.file.replace(/\.[a-z0-9]+$/, '.vtt') : undefined;
      transcript = flags.transcript
        ? publicFile(flags.transcript, 'transcript')
        : sameName && existsSync(join(root, 'public', sameName))
          ? sameName
          : publicFile(PLACEHOLDER_TRANSCRIPT, 'voorbeeldtranscript');
    }

    const { file, text } = renderTemplate({
      type,
      title: title.trim(),
      slug,
      themes: themeIds.map((id) => themes.find((t) => t.id === id)!),
      date,
      ...(summary ? { summary: summary.trim() } : {}),
      mdx: flags.mdx,
      ...(type === 'podcasts' ? { episode: nextEpisode(), audio, transcript } : {}),
    });

    if (flags['dry-run']) {
      console.log(text);
      return;
    }
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);

    // The same check CI runs: the new file must pass it as written.
    const { problems } = await checkContent({ root });
    const own = verdictOf(problems.filter((p) => p.file === file)).errors;
    console.log(`\nGeschreven: ${file}`);
    for (const p of own) console.log(formatProblem(p));
    console.log(`
Zo gaat u verder:
  1. Open ${file} en vervang de voorbeeldteksten. Uitleg staat boven elk veld.
  2. Bekijk het op uw eigen computer: npm run dev (concepten zijn daar wel te zien).
  3. Controleer: npm run check
  4. Klaar? Zet draft: false en open een pull request.${
    type === 'podcasts' && audio?.file === PLACEHOLDER_AUDIO
      ? '\n  Podcast: zet uw mp3 en .vtt in public/media/podcasts/ en pas audio en transcript aan; npm run check noemt de juiste bytes en duur.'
      : ''
  }`);
    if (own.length) process.exitCode = 1;
  } finally {
    rl?.close();
  }
}

try {
  await main();
} catch (e) {
  if (e instanceof Refusal) {
    console.error(`Niet gemaakt: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
