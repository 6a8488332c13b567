import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeUnusedOriginals } from '../../../src/integrations/image-originals.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('originals of resized photos are not published', () => {
  it('removes an image in dist/_astro/ that no page, stylesheet or feed names, keeps what is named', () => {
    const dist = mkdtempSync(join(tmpdir(), 'kp-originals-'));
    dirs.push(dist);
    mkdirSync(join(dist, '_astro'));
    mkdirSync(join(dist, 'goede-voorbeelden/x'), { recursive: true });
    for (const f of ['foto.abc.jpg', 'foto.abc_1.webp', 'foto.abc_2.jpg', 'logo.def.png', 'style.css']) writeFileSync(join(dist, '_astro', f), 'x');
    writeFileSync(join(dist, 'goede-voorbeelden/x/index.html'), '<img src="/_astro/foto.abc_2.jpg" srcset="/_astro/foto.abc_1.webp 480w">');
    writeFileSync(join(dist, '_astro/style.css'), 'a{background:url(/_astro/logo.def.png)}');
    expect(removeUnusedOriginals(dist)).toEqual(['foto.abc.jpg']);
    expect(readdirSync(join(dist, '_astro')).sort()).toEqual(['foto.abc_1.webp', 'foto.abc_2.jpg', 'logo.def.png', 'style.css']);
  });

  it('does nothing without images', () => {
    const dist = mkdtempSync(join(tmpdir(), 'kp-originals-'));
    dirs.push(dist);
    expect(removeUnusedOriginals(dist)).toEqual([]);
  });
});
