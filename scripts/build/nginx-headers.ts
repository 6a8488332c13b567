/**
 * Prints the built site's security headers (dist/_headers, written by the build) as nginx
 * `add_header` lines, for a server block that serves dist/:
 *   npm run headers:nginx > /etc/nginx/snippets/kennisplatform-headers.conf
 *   npm run headers:nginx -- <path to _headers>
 * Run it after every build: the policy holds the hashes of that build's inline scripts and styles.
 */
import { readFileSync } from 'node:fs';
import { formatNginx, parseHeadersFile } from '../../src/lib/site/headers-file.ts';

const file = process.argv[2] ?? 'dist/_headers';
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch {
  console.error(`${file} ontbreekt: voer eerst \`npm run build\` uit.`);
  process.exit(1);
}
process.stdout.write(`# From ${file}; nginx drops these in a location block that has add_header lines of its own.\n${formatNginx(parseHeadersFile(text))}`);
