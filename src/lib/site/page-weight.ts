/**
 * The weight of a built page as a reader's browser gets it: gzip of the HTML and of the CSS it
 * links or inlines, and the number of scripts it runs (JSON-LD data blocks are not scripts).
 * One definition for the performance budget test (sample site) and the benchmark (at scale).
 */
import { gzipSync } from 'node:zlib';

const gz = (s: string) => gzipSync(s, { level: 9 }).length;

export function pageWeight(html: string, readAsset: (href: string) => string): { html: number; css: number; scripts: number } {
  const linked = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readAsset(m[1]!));
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const scripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>/g)].length;
  return { html: gz(html), css: gz([...linked, ...inline].join('\n')), scripts };
}
