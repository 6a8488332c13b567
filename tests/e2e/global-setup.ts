import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from './static-server.ts';

/** Serves dist/ (the real build, search index included) on a free local port for all browser tests. */
let server: Awaited<ReturnType<typeof serveDist>> | undefined;

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ ontbreekt: voer eerst `npm run build` uit (npm test doet dat zelf).');
  if (!existsSync('dist/pagefind/pagefind.js')) throw new Error('dist/pagefind ontbreekt: de zoekindex is niet gebouwd.');
  // Without headers, like GitHub Pages: the pages' own meta policies are all that protects them.
  server = await serveDist();
  project.provide('baseUrl', server.url);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
