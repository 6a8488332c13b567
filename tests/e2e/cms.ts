/**
 * Driving the editors' CMS (/admin/, Sveltia CMS) in Chromium against a repository on disk.
 *
 * Locally the CMS works on a folder the editor picks in the browser (File System Access API,
 * "Werken met een lokale repository"). Chromium cannot be told which folder to pick in a test
 * (its folder dialog is not automatable: microsoft/playwright#11288), so the test hands the CMS a
 * real FileSystemDirectoryHandle from the browser's own file system (OPFS) holding a copy of the
 * repository's content and media, and after saving copies what the CMS wrote back to disk. Everything
 * else, the configuration, the forms and the files written, is what an editor gets.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { openPage } from './browser.ts';

const ROOT = join(import.meta.dirname, '../..');
/** What the CMS reads and writes: content and the media folders (from src/admin/config.yml). */
export const CMS_FOLDERS = ['content', 'public/images', 'public/media'];

const git = (repo: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });

/**
 * A throw-away copy of the project (the files git knows, as they are on disk) with its own git
 * history of one commit and the project's node_modules linked in, so `npm run check` runs there.
 */
export function copyProject(): string {
  const repo = mkdtempSync(join(tmpdir(), 'kp-cms-'));
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    cpSync(join(ROOT, file), join(repo, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'), 'dir');
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'kopie');
  return repo;
}

/** `npm run cms:format` in the copy, committed: the content as the CMS writes it. */
export function formatLikeCmsIn(repo: string) {
  execFileSync('npm', ['run', 'cms:format', '--silent', '--', '--root', repo], { cwd: repo, encoding: 'utf8' });
  // Content already in the CMS's format leaves nothing to commit; git would refuse that.
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--allow-empty', '-m', 'zoals de CMS schrijft');
}

export function removeProject(repo: string) {
  rmSync(repo, { recursive: true, force: true });
}

/** `npm run check` in the copy, as an editor types it: its exit code and output. */
export function runCheck(repo: string): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync('npm', ['run', 'check', '--silent'], { cwd: repo, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, output: `${err.stdout}${err.stderr}` };
  }
}

/** `git diff` of the copy against its one commit, untracked files included. */
export function changes(repo: string): { files: string[]; diff: string } {
  git(repo, 'add', '-A');
  return { files: git(repo, 'diff', '--cached', '--name-only').split('\n').filter(Boolean), diff: git(repo, 'diff', '--cached', '-U0') };
}

export function commitAll(repo: string, message: string) {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--allow-empty', '-m', message);
}

function filesUnder(repo: string, folder: string): string[] {
  const abs = join(repo, folder);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(repo, join(e.parentPath, e.name)).split(sep).join('/'));
}

/**
 * Opens /admin/ with the repository copy in the browser's file system and chooses "Werken met een
 * lokale repository". Files reach the page through a route the test answers itself (no server).
 */
export async function openCms(browser: Browser, repo: string, base: string): Promise<Page> {
  const page = await openPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  await page.route('**/__test-repo/**', (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.slice('/__test-repo/'.length));
    return route.fulfill({ body: readFileSync(join(repo, path)) });
  });
  await page.addInitScript(() => {
    const opfs = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = opfs;
  });
  await page.goto(`${base}/admin/`);
  const files = CMS_FOLDERS.flatMap((f) => filesUnder(repo, f));
  await page.evaluate(async (files) => {
    const storage = await navigator.storage.getDirectory();
    await storage.removeEntry('repo', { recursive: true }).catch(() => undefined);
    const root = await storage.getDirectoryHandle('repo', { create: true });
    const write = async (path: string, body: BufferSource | string) => {
      const parts = path.split('/');
      let dir = root;
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
      const out = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await out.write(body);
      await out.close();
    };
    // The CMS checks that the folder is a git repository's root.
    await write('.git/HEAD', 'ref: refs/heads/main\n');
    for (const path of files) await write(path, await (await fetch(`/__test-repo/${path}`)).arrayBuffer());
  }, files);
  await page.getByRole('button', { name: 'Werken met een lokale repository' }).click();
  await page.getByText('Collecties', { exact: true }).waitFor();
  return page;
}

/** Copies what the CMS wrote (new, changed and removed files) from the browser back into the repository copy. */
export async function syncBack(page: Page, repo: string): Promise<string[]> {
  const inBrowser = await page.evaluate(async () => {
    const out: { path: string; data: string }[] = [];
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        const path = prefix ? `${prefix}/${name}` : name;
        if (path === '.git') continue;
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, path);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          let binary = '';
          for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          out.push({ path, data: btoa(binary) });
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('repo'), '');
    return out;
  });
  const changed: string[] = [];
  const seen = new Set<string>();
  for (const { path, data } of inBrowser) {
    seen.add(path);
    const bytes = Buffer.from(data, 'base64');
    const file = join(repo, path);
    if (existsSync(file) && readFileSync(file).equals(bytes)) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    changed.push(path);
  }
  for (const path of CMS_FOLDERS.flatMap((f) => filesUnder(repo, f))) {
    if (!seen.has(path)) {
      rmSync(join(repo, path));
      changed.push(path);
    }
  }
  return changed.sort();
}

// Form helpers, by what an editor sees: the field's Dutch label.

/** A field of the form, by its label (Sveltia names each field's group "Veld “<label>”"). */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('group', { name: `Veld “\u2068${label}\u2069”`, exact: true });
}

/**
 * Fields are drawn when they come into view, and the form may re-render while it settles: scroll the
 * form until the field is there (down first, then back up), then bring it into view.
 */
export async function reveal(group: Locator) {
  const page = group.page();
  await page.mouse.move(300, 500);
  for (let i = 0; i < 120; i++) {
    if (await group.count()) {
      try {
        await group.first().scrollIntoViewIfNeeded({ timeout: 3000 });
        return;
      } catch {
        // Re-rendered while scrolling: look again.
      }
    } else await page.mouse.wheel(0, i < 60 ? 400 : -400);
  }
  throw new Error(`veld niet gevonden: ${group}`);
}

export async function fill(scope: Page | Locator, label: string, value: string) {
  const group = field(scope, label);
  await reveal(group);
  await group.getByRole('textbox', { name: label }).fill(value);
}

export async function fillNumber(scope: Page | Locator, label: string, value: number) {
  const group = field(scope, label);
  await reveal(group);
  await group.getByRole('spinbutton', { name: label }).fill(String(value));
}

/** A choice: up to five options are radio buttons, more a drop-down list (also for references). */
export async function choose(page: Page, scope: Page | Locator, label: string, option: string) {
  const group = field(scope, label);
  await reveal(group);
  const radio = group.getByRole('radio', { name: option, exact: true });
  if (await radio.count()) return radio.check();
  await group.getByRole('combobox').click();
  await page.getByRole('option', { name: option, exact: true }).click();
  // A list that stays open for more choices closes on a click on the label (Escape would close the editor).
  if (await page.getByRole('listbox').count()) await group.getByText(label, { exact: true }).first().click();
}

/** Adds an item to a list field and returns the new item's part of the form. */
export async function addItem(scope: Page | Locator, label: string): Promise<Locator> {
  const group = field(scope, label);
  await reveal(group);
  await group.getByRole('button', { name: new RegExp(`\u2068.*\u2069 toevoegen$`) }).last().click();
  return group;
}

/** Picks a file from disk through the media dialog ("Bladeren" → "Uploaden" → "Invoegen"). */
export async function upload(page: Page, scope: Page | Locator, label: string, file: string) {
  const group = field(scope, label);
  await reveal(group);
  await group.getByRole('button', { name: 'Bladeren' }).click();
  const dialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Uploaden' }) });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Uploaden' }).click();
  await (await chooser).setFiles(file);
  await dialog.getByRole('button', { name: 'Invoegen' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Types at the end of the body's rich-text editor. */
export async function typeInBody(page: Page, text: string) {
  const group = field(page, 'Tekst');
  await reveal(group);
  await group.getByRole('textbox').last().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** Saves and waits until the CMS has written the file and left the editor. */
export async function save(page: Page) {
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByRole('group', { name: 'Content-editor' }).waitFor({ state: 'detached', timeout: 20_000 });
}

/** The site's address, from the page that shows the CMS. */
const origin = (page: Page) => new URL(page.url()).origin;

export async function openEntry(page: Page, collection: string, slug: string) {
  await page.goto(`${origin(page)}/admin/#/collections/${collection}/entries/${slug}`);
  await field(page, collection === 'agenda' ? 'Jaar' : 'Titel').waitFor();
}

export async function newEntry(page: Page, collection: string) {
  await page.goto(`${origin(page)}/admin/#/collections/${collection}/new`);
  await field(page, collection === 'agenda' ? 'Jaar' : 'Titel').waitFor();
}
