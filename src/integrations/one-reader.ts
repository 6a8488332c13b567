/**
 * One reader for the fields of every content file, in check and build. The collections' loader
 * already reads them with ours (src/content.config.ts); the MDX integration compiles each .mdx
 * entry itself and reads its frontmatter again, with js-yaml and its own splitter. This Vite
 * plugin runs before it and hands it the frontmatter our reader found (src/lib/content/frontmatter-as-json.ts).
 */
import { relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatProblem } from '../lib/content/errors.ts';
import { frontmatterAsJson } from '../lib/content/frontmatter-as-json.ts';

export function oneReaderIntegration(contentDir: string): AstroIntegration {
  const dir = resolve(contentDir);
  const root = resolve(dir, '..');
  return {
    name: 'kennisplatform:one-reader',
    hooks: {
      // Registered before mdx() in astro.config.mjs, so this `pre` plugin runs before @astrojs/mdx's.
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kennisplatform:one-reader',
                enforce: 'pre',
                transform(code: string, id: string) {
                  if (!id.endsWith('.mdx') || !id.startsWith(dir + sep)) return null;
                  const result = frontmatterAsJson(code);
                  if ('code' in result) return { code: result.code, map: null };
                  const { line, field = '(yaml)', message } = result.error;
                  throw new Error(formatProblem({ file: relative(root, id).split(sep).join('/'), line, field, message: `YAML-fout: ${message}`, severity: 'error' }));
                },
              },
            ],
          },
        });
      },
    },
  };
}
