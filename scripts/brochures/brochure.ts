/**
 * What a brochure PDF prints, read the way the site reads it: the files through the content
 * loader, the fields through the collection schemas, the body through src/lib/body, and
 * <Standaard code="..."> through the one edition-in-force rule (src/lib/framework/structure.ts).
 */
import { bodyBlocks, type Block, type BlockOptions } from '../../src/lib/body/blocks.ts';
import { formatOfFile, parseBody } from '../../src/lib/body/parse.ts';
import { loadCollectionSources, type SourceFile } from '../../src/lib/content/loader.ts';
import { currentEdition, type EditionDates } from '../../src/lib/framework/structure.ts';
import { collectionSchemas, type CollectionData } from '../../src/schemas/registry.ts';
import { plainReference, type CollectionName } from '../../src/schemas/reference.ts';
import { pickEntries } from '../media/lib.ts';

export interface Brochure {
  id: string;
  /** Relative to the project root: content/brochures/<id>.mdx. */
  file: string;
  title: string;
  summary: string;
  publishDate: Date;
  updatedDate?: Date | undefined;
  madeWith: string[];
  blocks: Block[];
}

export interface Edition extends EditionDates {
  id: string;
}

export interface NamedStandard {
  code: string;
  edition: string;
  name: string;
}

/**
 * The names <Standaard code="OP0" /> prints in a brochure published on `day`: from the edition
 * given with editie="...", else from the edition in force that day (else the newest adopted
 * one). A planned edition (status in-ontwikkeling) is never chosen, not even after its start date.
 */
export function standardNamesOn(editions: readonly Edition[], standards: readonly NamedStandard[], day: Date): BlockOptions['standardName'] {
  const current = currentEdition(editions, day)?.id;
  return (code, editie) => standards.find((s) => s.code === code && s.edition === (editie ?? current))?.name;
}

/** A brochure's body (the whole file, frontmatter included) as print blocks. */
export function brochureBlocks(file: string, text: string, standardName: BlockOptions['standardName']): Block[] {
  const parsed = parseBody(text, formatOfFile(file));
  if (parsed.error) throw new Error(`${file}: regel ${parsed.error.line}: ${parsed.error.message}`);
  return bodyBlocks(parsed.tree, { standardName });
}

const schemas = collectionSchemas(plainReference);

/** An entry's fields through its collection's schema; a file that does not pass stops the script. */
function dataOf<C extends CollectionName>(entry: SourceFile & { collection: C }): CollectionData<C> {
  const result = schemas[entry.collection].safeParse(entry.source.data);
  if (entry.source.syntaxErrors.length || !result.success) {
    const field = result.error?.issues[0]?.path.join('.') || '(yaml)';
    throw new Error(`${entry.file}: veld ${field} klopt niet; npm run check zegt wat er moet staan`);
  }
  return result.data as CollectionData<C>;
}

function sources<C extends CollectionName>(root: string, collection: C) {
  return loadCollectionSources(root, collection) as (SourceFile & { collection: C })[];
}

/** The brochures with these ids (every brochure when none are given), ready to lay out. */
export function loadBrochures(root: string, ids: readonly string[]): Brochure[] {
  const editions: Edition[] = sources(root, 'frameworks').map((e) => ({ ...dataOf(e), id: e.id }));
  const standards: NamedStandard[] = sources(root, 'standards').map((e) => {
    const d = dataOf(e);
    return { code: d.code, edition: d.edition.id, name: d.name };
  });
  return pickEntries(sources(root, 'brochures'), ids, 'Niet gevonden bij de brochures').map((entry) => {
    const d = dataOf(entry);
    return {
      id: entry.id,
      file: entry.file,
      title: d.title,
      summary: d.summary,
      publishDate: d.publishDate,
      updatedDate: d.updatedDate,
      madeWith: d.madeWith,
      blocks: brochureBlocks(entry.file, entry.text, standardNamesOn(editions, standards, d.publishDate)),
    };
  });
}
