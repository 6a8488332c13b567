/**
 * Bodies are rendered without style attributes: the Content-Security-Policy blocks them, so a code
 * block coloured by Shiki would lose its colours and report a violation on every view.
 */
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { styledElements } from '../../style-attributes.ts';

describe('Markdown as the build renders it (astro.config.mjs)', () => {
  it('turns a fenced code block into plain pre/code, without style attributes', async () => {
    const markdown = config.markdown!;
    const renderer = await markdown.processor!.createRenderer!(markdown as never);
    const { code } = await renderer.render('Tekst.\n\n```js\nconst a = 1;\n```\n');
    expect(code).toContain('<pre');
    expect(styledElements(code)).toEqual([]);
  });

  it('the check sees a style attribute when there is one (the test can fail)', () => {
    expect(styledElements('<pre style="color:red"><code>x</code></pre>')).toEqual(['pre']);
  });
});
