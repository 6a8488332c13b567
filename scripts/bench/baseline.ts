/** A plain Astro project (Markdown only, no schema, MDX, React or search) over the same content. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBaseline(root: string, contentDir: string) {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages/[...id]'), { recursive: true });
  writeFileSync(join(root, 'astro.config.mjs'), `export default { site: 'https://example.org', outDir: './dist' };\n`);
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { items: defineCollection({ loader: glob({ pattern: '{practices,brochures,podcasts,webinars,reflection-guides,expert-schools,investigations}/*.md', base: ${JSON.stringify(contentDir)} }) }) };\n`,
  );
  writeFileSync(
    join(root, 'src/pages/[...id]/index.astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('items')).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="nl"><head><title>{Astro.props.entry.id}</title></head><body><main><Content /></main></body></html>\n`,
  );
  writeFileSync(join(root, 'src/pages/index.astro'), `---\nimport { getCollection } from 'astro:content';\nconst all = await getCollection('items');\n---\n<html lang="nl"><head><title>Index</title></head><body><ul>{all.map((e) => <li><a href={'/' + e.id + '/'}>{e.id}</a></li>)}</ul></body></html>\n`);
}
