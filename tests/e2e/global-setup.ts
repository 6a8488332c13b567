import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';

/** Serves dist/ (the real build, search index included) on a free local port for all browser tests. */
let server: Server | undefined;

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ ontbreekt: voer eerst `npm run build` uit (npm test doet dat zelf).');
  if (!existsSync('dist/pagefind/pagefind.js')) throw new Error('dist/pagefind ontbreekt: de zoekindex is niet gebouwd.');
  const serve = sirv('dist', { dev: false, etag: true, extensions: ['html'] });
  server = createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(require404());
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
}

function require404(): string {
  // Like a static host: unknown paths get the site's 404 page.
  return existsSync('dist/404.html') ? readFileSync('dist/404.html', 'utf8') : 'Not found';
}

export async function teardown() {
  await new Promise((resolve) => server?.close(resolve));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
