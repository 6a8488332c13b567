import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { headersFor, type HeaderRule } from '../../src/lib/site/headers-file.ts';

/**
 * Serves dist/ like a static host on a free local port: unknown paths get the site's 404 page.
 * With `headers` (rules read from dist/_headers) it also sends them, as Netlify or Cloudflare Pages would.
 */
export async function serveDist(headers: HeaderRule[] = []): Promise<{ url: string; close: () => Promise<void> }> {
  const serve = sirv('dist', { dev: false, etag: true, extensions: ['html'] });
  const server = createServer((req, res) => {
    for (const [name, value] of headersFor(headers, new URL(req.url ?? '/', 'http://host').pathname)) res.setHeader(name, value);
    serve(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(existsSync('dist/404.html') ? readFileSync('dist/404.html', 'utf8') : 'Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
