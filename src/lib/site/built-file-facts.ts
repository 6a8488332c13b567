/**
 * What the steps after the build need from one built text file, worked out from one reading of it:
 * the first Content-Security-Policy of a page's head (security-headers), the media paths it names
 * (published-media) and what follows each `/_astro/` in it (image-originals). Each step used to read
 * every page itself; now a page is read once per build and, while its bytes stay the same, its facts
 * come from the cache (src/integrations/built-files.ts).
 */
import { headPolicies } from './csp-meta.ts';
import { mediaReferences } from '../media/media-references.ts';

export interface BuiltFileFacts {
  /** The content of the first CSP meta element in the head (pages only). */
  csp?: string;
  /** Site paths under /media/, /images/, /downloads/ the file names (mediaReferences). */
  media: string[];
  /** The text after each `/_astro/` up to a character no file name of Astro's holds: which assets the file names. */
  astro: string[];
}

/** Characters that end a name after `/_astro/`: quotes, brackets, white space, and what separates URLs in CSS and srcset. */
const NAME_END = /["'<>()\s\\,;`]/;

/** Every name that follows `/_astro/` in the text, overlapping occurrences included. */
export function astroNames(text: string): string[] {
  const names: string[] = [];
  for (let at = text.indexOf('/_astro/'); at >= 0; at = text.indexOf('/_astro/', at + 1)) {
    const rest = text.slice(at + 8, at + 8 + 300);
    const end = rest.search(NAME_END);
    names.push(end < 0 ? rest : rest.slice(0, end));
  }
  return names;
}

/** Whether `image` (a file name in dist/_astro/) is named in a file with these facts: as `text.includes('/_astro/' + image)` would say, for names without NAME_END characters. */
export function namesAsset(facts: BuiltFileFacts, image: string): boolean {
  return facts.astro.some((name) => name.startsWith(image));
}

/** A file name `namesAsset` can judge exactly (Astro's own names always are). */
export function judgeableAsset(image: string): boolean {
  return image.length < 300 && !NAME_END.test(image);
}

export function builtFileFacts(text: string, isPage: boolean): BuiltFileFacts {
  const facts: BuiltFileFacts = { media: [...mediaReferences(text)], astro: astroNames(text) };
  if (isPage) {
    const [csp] = headPolicies(text, { firstCspOnly: true }).csp;
    if (csp !== undefined) facts.csp = csp;
  }
  return facts;
}
