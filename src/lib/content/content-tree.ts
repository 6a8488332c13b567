/**
 * The one rule for what may stand in content/, for the checker (which walks the whole tree) and
 * the build (which asks about each file Astro's glob loader finds, src/content.config.ts):
 * - only real files and folders: a symlink is refused, so no file from outside the repository is
 *   ever read or published;
 * - a collection's files sit directly in its folder, or one folder deeper where the content model
 *   says so (standards: content/standards/<editie>/<code>.yaml); deeper folders are refused;
 * - a file with a content extension in the wrong place or of the wrong kind is refused, not ignored;
 * - names starting with `_` (notes, examples) or `.` (system files) are skipped, as Astro does.
 * Each problem is one Dutch line for the file or folder it is about.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectionSubfolder, CONTENT_MODEL, EXTENSIONS } from '../../schemas/registry.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/reference.ts';

/** Content that is not a collection: the audience pages (src/data/audience-pages.ts). */
export const AUDIENCE_PAGES_FOLDER = 'pages/voor-wie';

/** A folder under content/ whose files are content: every collection, and the audience pages. */
export type Place = CollectionName | 'audience-pages';

interface PlaceSpec {
  folder: string;
  extensions: readonly string[];
  subfolder: string | undefined;
}

const PLACES = new Map<Place, PlaceSpec>([
  ...COLLECTION_NAMES.map((c): [Place, PlaceSpec] => [c, { folder: CONTENT_MODEL[c].folder, extensions: EXTENSIONS[CONTENT_MODEL[c].format], subfolder: collectionSubfolder(c) }]),
  // Markdown only: the build imports them as Markdown modules, MDX would not be read.
  ['audience-pages', { folder: AUDIENCE_PAGES_FOLDER, extensions: ['md'], subfolder: undefined }],
]);

/** The folder of a place under content/ (practices, standards, pages/voor-wie). */
export function placeFolder(place: Place): string {
  return PLACES.get(place)!.folder;
}

const ALL_EXTENSIONS = [...EXTENSIONS.yaml, ...EXTENSIONS.markdown];

export interface TreeProblem {
  /** Relative to the project root, forward slashes: content/practices/sub. */
  file: string;
  field: '(map)' | '(bestand)';
  message: string;
  allowed?: string;
}

export interface ContentTree {
  /** Per place, its files relative to the place's folder (forward slashes), sorted. */
  files: Map<Place, string[]>;
  problems: TreeProblem[];
}

/** A path as problems name it: relative to the folder that holds content/, forward slashes. */
const nameFrom = (root: string, abs: string) => relative(root, abs).split('\\').join('/');
const skipped = (name: string) => name.startsWith('_') || name.startsWith('.');
const extensionOf = (name: string) => /\.([^.]+)$/.exec(name)?.[1] ?? '';
const shape = (spec: PlaceSpec) => `content/${spec.folder}/${spec.subfolder ? `<${spec.subfolder}>/` : ''}<naam>.${spec.extensions[0]}`;
const extensionList = (spec: PlaceSpec) => spec.extensions.map((e) => `.${e}`).join(', ');

export const TREE_MESSAGES = {
  symlink: () => 'dit is een snelkoppeling (symlink): de site leest alleen echte bestanden en mappen. Zet hier het bestand zelf neer, of haal de snelkoppeling weg',
  tooDeep: (spec: PlaceSpec) => `deze map wordt niet gelezen: zet de bestanden in ${shape(spec)}, of begin de mapnaam met _ als het notities zijn`,
  tooShallow: (spec: PlaceSpec) => `dit bestand staat niet in een map per ${spec.subfolder}: zet het in ${shape(spec)}`,
  wrongKind: (spec: PlaceSpec) => `dit soort bestand wordt in content/${spec.folder}/ niet gelezen; hernoem het of zet het in de map van zijn soort`,
  unknownFolder: () => 'onbekende map: de site leest alleen de mappen van de soorten inhoud. Verplaats de bestanden naar de juiste map, of begin de mapnaam met _ als het notities zijn',
  unreadable: (code: string | undefined) => `deze map is niet te lezen (${code ?? 'onbekende oorzaak'}); controleer of de bestanden er echt staan`,
  looseFile: () => 'dit bestand staat niet in een map van een soort inhoud en wordt niet gelezen: zet het in de juiste map',
} as const;

/**
 * Walks one place's folder without following symlinks. Problems are named relative to `root`.
 * Throws only when a folder cannot be read (the checker reports that as one problem).
 */
export function walkPlace(contentDir: string, place: Place, root: string): ContentTree {
  const spec = PLACES.get(place)!;
  const base = join(contentDir, spec.folder);
  const files: string[] = [];
  const problems: TreeProblem[] = [];
  const name = (abs: string) => nameFrom(root, abs);
  const nesting = spec.subfolder ? 1 : 0;
  const visit = (dir: string, rel: string, depth: number) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (skipped(entry.name)) continue;
      const abs = join(dir, entry.name);
      const entryRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        problems.push({ file: name(abs), field: linkField(abs), message: TREE_MESSAGES.symlink() });
      } else if (entry.isDirectory()) {
        if (depth < nesting) visit(abs, entryRel, depth + 1);
        else problems.push({ file: name(abs), field: '(map)', message: TREE_MESSAGES.tooDeep(spec) });
      } else if (entry.isFile()) {
        const ext = extensionOf(entry.name);
        if (spec.extensions.includes(ext)) {
          if (depth === nesting) files.push(entryRel);
          else problems.push({ file: name(abs), field: '(bestand)', message: TREE_MESSAGES.tooShallow(spec) });
        } else if (ALL_EXTENSIONS.includes(ext.toLowerCase())) {
          problems.push({ file: name(abs), field: '(bestand)', message: TREE_MESSAGES.wrongKind(spec), allowed: extensionList(spec) });
        }
      }
    }
  };
  const top = lstatOrUndefined(base);
  if (top?.isSymbolicLink()) problems.push({ file: name(base), field: '(map)', message: TREE_MESSAGES.symlink() });
  else if (top?.isDirectory()) visit(base, '', 0);
  return { files: new Map([[place, files.sort()]]), problems };
}

/** The whole content folder: every place, and whatever stands where no place is. Never throws. */
export function readContentTree(contentDir: string, root: string): ContentTree {
  const files = new Map<Place, string[]>();
  const problems: TreeProblem[] = [];
  const folders = [...PLACES.values()].map((p) => p.folder);
  const name = (abs: string) => nameFrom(root, abs);
  // Folders that hold places (content/, content/pages/): anything in them that is not a place is out of place.
  const visitParent = (rel: string) => {
    const dir = join(contentDir, rel);
    const below = folders.filter((f) => !rel || f.startsWith(`${rel}/`)).map((f) => f.slice(rel ? rel.length + 1 : 0).split('/')[0]!);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (skipped(entry.name)) continue;
      const entryRel = rel ? `${rel}/${entry.name}` : entry.name;
      const abs = join(dir, entry.name);
      if (below.includes(entry.name)) {
        if (entry.isSymbolicLink()) problems.push({ file: name(abs), field: '(map)', message: TREE_MESSAGES.symlink() });
        else if (entry.isDirectory() && !folders.includes(entryRel)) visitParent(entryRel);
        // Places themselves are walked below.
      } else if (entry.isSymbolicLink()) {
        problems.push({ file: name(abs), field: linkField(abs), message: TREE_MESSAGES.symlink() });
      } else if (entry.isDirectory()) {
        problems.push({ file: name(abs), field: '(map)', message: TREE_MESSAGES.unknownFolder(), allowed: [...new Set(below)].sort().join(', ') });
      } else if (entry.isFile() && ALL_EXTENSIONS.includes(extensionOf(entry.name).toLowerCase())) {
        problems.push({ file: name(abs), field: '(bestand)', message: TREE_MESSAGES.looseFile(), allowed: [...new Set(below)].sort().join(', ') });
      }
    }
  };
  const unreadable = (rel: string, e: unknown) =>
    problems.push({ file: name(join(contentDir, rel)), field: '(map)', message: TREE_MESSAGES.unreadable((e as NodeJS.ErrnoException).code) });
  try {
    visitParent('');
  } catch (e) {
    unreadable('', e);
  }
  for (const [place, spec] of PLACES) {
    try {
      const tree = walkPlace(contentDir, place, root);
      // A symlinked place folder was reported by visitParent already.
      problems.push(...tree.problems.filter((p) => !problems.some((q) => q.file === p.file)));
      files.set(place, tree.files.get(place)!);
    } catch (e) {
      unreadable(spec.folder, e);
      files.set(place, []);
    }
  }
  return { files, problems };
}

/**
 * The same rule for one file Astro's glob loader found (it follows symlinks and any depth):
 * the problem with it as the checker words it, or undefined when the checker reads it too.
 * A symlink is found by comparing real paths, so a link anywhere on the way counts.
 */
export function contentFileProblem(contentDir: string, place: Place, absFile: string, root: string): TreeProblem | undefined {
  const spec = PLACES.get(place)!;
  const base = join(contentDir, spec.folder);
  const rel = relative(base, absFile).split('\\').join('/');
  const parts = rel.split('/');
  const name = (r: string) => nameFrom(root, join(base, r));
  // The first link on the way is the one the checker names.
  for (let i = 0; i <= parts.length; i++) {
    const at = join(base, ...parts.slice(0, i));
    if (lstatOrUndefined(at)?.isSymbolicLink()) {
      return { file: name(parts.slice(0, i).join('/')), field: i === parts.length ? '(bestand)' : '(map)', message: TREE_MESSAGES.symlink() };
    }
  }
  if (realpathSync(absFile) !== join(realpathSync(contentDir), spec.folder, ...parts)) {
    return { file: name(rel), field: '(bestand)', message: TREE_MESSAGES.symlink() };
  }
  const nesting = spec.subfolder ? 1 : 0;
  if (parts.length - 1 > nesting) return { file: name(parts.slice(0, nesting + 1).join('/')), field: '(map)', message: TREE_MESSAGES.tooDeep(spec) };
  if (parts.length - 1 < nesting) return { file: name(rel), field: '(bestand)', message: TREE_MESSAGES.tooShallow(spec) };
  return undefined;
}

/**
 * Every symlink under a folder (public/), not followed: Astro copies public/ into the site with
 * the files links point at, so a link to a file outside the repository would be published.
 */
export function symlinksUnder(dir: string, root: string): TreeProblem[] {
  if (!lstatOrUndefined(dir)?.isDirectory()) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isSymbolicLink())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((abs) => ({ file: nameFrom(root, abs), field: linkField(abs), message: TREE_MESSAGES.symlink() }));
}

/** A link to a folder is named as a folder; any other link (to a file, or to nothing) as a file. */
function linkField(abs: string): TreeProblem['field'] {
  try {
    return statSync(abs).isDirectory() ? '(map)' : '(bestand)';
  } catch {
    return '(bestand)';
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
