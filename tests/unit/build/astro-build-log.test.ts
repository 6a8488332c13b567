import { describe, expect, it } from 'vitest';
import { buildPages } from '../../../scripts/build/astro-build-log.ts';

describe('buildPages', () => {
  it('sorts page lines into rendered and reused', () => {
    const log = ['\u001b[2m03:42:22\u001b[22m   ├─ /a/index.html (+9ms) ', '03:42:22   ├─ /b/feed.xml (restored)', '03:42:22   └─ /c.ics (cached)', '03:42:22 [build] 3 page(s) built'].join('\n');
    expect(buildPages(log)).toEqual({ rendered: ['/a/index.html'], reused: ['/b/feed.xml', '/c.ics'] });
  });

  it('finds the status when another stream wrote between the path and its time', () => {
    const log = [
      '03:42:22   ├─ /reflectiewijzers/x/index.htmlInvalid hook call. Hooks can only be called inside of the body of a function component.',
      '1. You might have mismatching versions of React and the renderer (such as React DOM)',
      ' (+9ms) ',
      '03:42:22   ├─ /reflectiewijzers/y/index.html (restored)',
    ].join('\n');
    expect(buildPages(log)).toEqual({ rendered: ['/reflectiewijzers/x/index.html'], reused: ['/reflectiewijzers/y/index.html'] });
  });
});
