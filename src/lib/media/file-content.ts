/**
 * Which files the site publishes from public/media, public/images and public/downloads, judged by
 * their bytes (file-type reads the signature), not by their name. A host serves a file by its
 * extension, so an .svg or .html file, or a .png that is really a web page, would run its script
 * on the site's own address, where the self-evaluation answers are kept. An allow-list: audio,
 * video, WebVTT, PDF and raster images, each only when its bytes are that type.
 *
 * SVG is refused rather than sanitised: it is an XML document that may hold script, event
 * handlers, HTML (foreignObject) and references to other sites, and opened on its own it runs on
 * our address. Cleaning it safely needs a DOM and a sanitiser made for browsers; a raster image
 * does the same job for a photo or a chart, and the editor can make one with any image editor.
 */
import { statSync } from 'node:fs';
import { fileTypeFromFile } from 'file-type';

export interface FileContentProblem {
  message: string;
  allowed?: string;
}

interface Kind {
  /** What the editor calls it, in Dutch. */
  label: string;
  /** What file-type may find in the bytes (its `ext`). */
  detected: readonly string[];
  /** How to make a real one, when "sla het opnieuw op als <label>" does not say enough. */
  how?: string;
}

const audio = (label: string, ...detected: string[]): Kind => ({ label: `${label}-audio`, detected });
const video = (label: string, ...detected: string[]): Kind => ({ label: `${label}-video`, detected });
const image = (label: string, ...detected: string[]): Kind => ({ label: `${label}-afbeelding`, detected });
const OGG = ['ogg', 'oga', 'opus', 'spx'];

/**
 * Extension → what its bytes must be. Where one container has several brands (MP4, Ogg), every
 * brand of that container counts: the host serves the name's type, and the bytes are that container.
 */
const PUBLISHABLE: Readonly<Record<string, Kind>> = {
  mp3: audio('MP3', 'mp3'),
  m4a: audio('M4A', 'm4a', 'mp4'),
  aac: audio('AAC', 'aac'),
  ogg: audio('Ogg', ...OGG),
  oga: audio('Ogg', ...OGG),
  opus: audio('Opus', ...OGG),
  mp4: video('MP4', 'mp4', 'm4v'),
  m4v: video('MP4', 'mp4', 'm4v'),
  webm: video('WebM', 'webm'),
  vtt: { label: 'WebVTT-tekst', detected: ['vtt'], how: 'schrijf het als WebVTT: de eerste regel is WEBVTT, daarna tijdregels en tekst' },
  pdf: { label: 'PDF-document', detected: ['pdf'] },
  png: image('PNG', 'png', 'apng'),
  jpg: image('JPEG', 'jpg'),
  jpeg: image('JPEG', 'jpg'),
  gif: image('GIF', 'gif'),
  webp: image('WebP', 'webp'),
  avif: image('AVIF', 'avif'),
};

/** Every extension the site publishes, for "(toegestaan: ...)". */
export const PUBLISHABLE_EXTENSIONS = Object.keys(PUBLISHABLE).join(', ');
const IMAGE_EXTENSIONS = Object.keys(PUBLISHABLE)
  .filter((e) => PUBLISHABLE[e]!.label.endsWith('-afbeelding'))
  .join(', ');

/** Only for the wording of the refusal: files a browser runs as a page or as code. Refused like any other unknown type. */
const PAGE_OR_CODE = new Set(['html', 'htm', 'xhtml', 'xht', 'shtml', 'mht', 'mhtml', 'xml', 'xsl', 'xslt', 'js', 'mjs', 'cjs', 'wasm', 'swf']);

const extensionOf = (sitePath: string) => /\.([^./]+)$/.exec(sitePath)?.[1]?.toLowerCase();

/**
 * The problem with the file at `absPath` (named `sitePath` on the site), or undefined when the
 * site may publish it: its extension is on the list and its bytes are that type.
 */
export async function fileContentProblem(absPath: string, sitePath: string): Promise<FileContentProblem | undefined> {
  const ext = extensionOf(sitePath);
  const kind = ext === undefined ? undefined : PUBLISHABLE[ext];
  if (!kind) return refusedType(sitePath, ext);
  let found: string | undefined;
  try {
    const stat = statSync(absPath);
    if (!stat.isFile()) return { message: `${sitePath} is een map, geen bestand; link naar een bestand in die map` };
    if (stat.size === 0) return { message: `${sitePath} is leeg; zet het echte bestand in public${sitePath}` };
    found = (await fileTypeFromFile(absPath))?.ext;
  } catch (e) {
    return { message: `${sitePath} is niet te lezen (${(e as NodeJS.ErrnoException).code ?? 'onbekende oorzaak'}); zet het bestand opnieuw in public${sitePath}` };
  }
  if (found !== undefined && kind.detected.includes(found)) return undefined;
  return { message: `${sitePath} heet .${ext}, maar is geen ${kind.label}: ${whatItIs(found, sitePath, kind)}` };
}

function refusedType(sitePath: string, ext: string | undefined): FileContentProblem {
  const allowed = PUBLISHABLE_EXTENSIONS;
  if (ext === 'svg' || ext === 'svgz') {
    return { message: `${sitePath} is een SVG-bestand; daarin kan code staan die op de site wordt uitgevoerd, dus de site publiceert het niet: zet de afbeelding om naar PNG of WebP`, allowed: IMAGE_EXTENSIONS };
  }
  if (ext !== undefined && PAGE_OR_CODE.has(ext)) {
    return { message: `${sitePath} is een webpagina of code (.${ext}); zo'n bestand kan code uitvoeren op de site, dus de site publiceert het niet: zet de tekst in een pagina in content/ of maak er een PDF van`, allowed };
  }
  const what = ext === undefined ? `${sitePath} heeft geen extensie` : `een .${ext}-bestand publiceert de site niet (${sitePath})`;
  return { message: `${what}: maak er een PDF (tekst), PNG of WebP (afbeelding), MP3 (audio) of MP4 (video) van`, allowed };
}

/** What the bytes are instead, and what to do about it. */
function whatItIs(found: string | undefined, sitePath: string, kind: Kind): string {
  // The extension named after the type itself (.mp4 for MP4), else one whose bytes may be that type (.png for APNG).
  const rightExt = found === undefined ? undefined : found in PUBLISHABLE ? found : Object.keys(PUBLISHABLE).find((e) => PUBLISHABLE[e]!.detected.includes(found));
  if (rightExt) return `het is een ${PUBLISHABLE[rightExt]!.label}; geef het bestand de extensie .${rightExt} en pas de link aan (${sitePath.replace(/\.[^./]+$/, `.${rightExt}`)})`;
  const is = found === undefined ? 'de inhoud is tekst (bijvoorbeeld een webpagina) of een onbekend soort bestand' : `de inhoud is een ${found.toUpperCase()}-bestand`;
  return `${is}; ${kind.how ?? `sla het opnieuw op als ${kind.label}`}`;
}
