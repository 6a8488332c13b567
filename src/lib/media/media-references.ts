/**
 * Site paths under /media/, /images/ and /downloads/ (the folders of public/ that content links
 * to) that a built file points at: in attributes (href, src, poster,
 * content), XML (enclosure url), iCalendar and JSON. Absolute URLs of this site count by their
 * path; percent-escapes and HTML entities are decoded so the path matches the file on disk.
 */
const MEDIA_PATH = /(?:https?:\/\/[^/\s"'<>]+)?(\/(?:media|images|downloads)\/[^\s"'<>()\\?#]+)/g;

export function mediaReferences(text: string): Set<string> {
  const paths = new Set<string>();
  for (const m of text.matchAll(MEDIA_PATH)) {
    let path = m[1]!.replace(/&amp;/g, '&').replace(/[.,;:]+$/, '');
    try {
      path = decodeURI(path);
    } catch {
      // A malformed escape is not a file we have; keep the text as written.
    }
    paths.add(path);
  }
  return paths;
}
