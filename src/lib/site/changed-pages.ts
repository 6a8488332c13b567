/**
 * Which pages a pull request changes, from the files it changes: for the job summary of the check
 * on GitHub (scripts/content/changed-pages.ts), so a reviewer knows what to look at in the preview.
 */
import { CONTENT_MODEL } from '../../schemas/registry.ts';
import type { CollectionName } from '../../schemas/reference.ts';
import { entryId, isIgnored } from '../content/loader.ts';
import { entryPath } from './routes.ts';

export interface ChangedFile {
  file: string;
  /** The page that shows it (site path), when there is one. */
  page?: string;
  /** What else it changes, in Dutch. */
  note?: string;
}

const FOLDERS = new Map<string, CollectionName>(Object.entries(CONTENT_MODEL).map(([name, spec]) => [spec.folder, name as CollectionName]));

export function changedFiles(files: readonly string[]): ChangedFile[] {
  return files.flatMap((file): ChangedFile[] => {
    const [top, folder, ...rest] = file.split('/');
    if (top === 'content' && folder && rest.length) {
      const collection = FOLDERS.get(folder);
      const rel = rest.join('/');
      if (!collection || isIgnored(rel)) return [{ file, note: 'geen pagina (notitie of voorbeeld)' }];
      if (collection === 'search-terms') return [{ file, note: 'zoekwoorden: de zoekresultaten van de hele site' }];
      return [{ file, page: entryPath(collection, entryId(rel)) }];
    }
    if (top === 'public') return [{ file, note: `bestand ${file.slice('public'.length)}` }];
    return [];
  });
}

/** Markdown for the job summary: the pages, then the other files, with links when the site's address is known. */
export function changedPagesSummary(changes: readonly ChangedFile[], preview: string): string {
  if (!changes.length) return "### Pagina's die veranderen\n\nGeen inhoud veranderd in dit voorstel.\n";
  const pages = changes.filter((c) => c.page);
  const other = changes.filter((c) => !c.page);
  return [
    "### Pagina's die veranderen",
    '',
    ...pages.map((c) => `- \`${c.page}\` (${c.file})`),
    ...(other.length ? ['', '### Andere bestanden', '', ...other.map((c) => `- ${c.file}: ${c.note}`)] : []),
    '',
    preview,
    '',
  ].join('\n');
}
