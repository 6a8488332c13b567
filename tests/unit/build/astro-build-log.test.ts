import { describe, expect, it } from 'vitest';
import { buildPages, buildSteps } from '../../../scripts/build/astro-build-log.ts';

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

describe('buildSteps', () => {
  const log = [
    '09:07:33 [kennisplatform-content-check] 10064 bestanden gecontroleerd in 4500 ms: 0 fouten en 0 waarschuwingen. Inhoud in orde.',
    '09:08:08 [content] Synced content',
    '09:08:10 Building static entrypoints...',
    '09:08:32 [build] Rearranging server assets...',
    '09:10:48   └─ /z/index.html (+3ms)',
    '09:11:10 [build] Complete!',
  ].join('\n');

  it('splits the start from the checker\'s own time and adds up to the whole build', () => {
    const steps = buildSteps(log, 240);
    // 240 s in all, 217 s of them from the check's line to Complete!: 23 s before it, 4.5 s of which the checker's.
    expect(steps.map((s) => s.seconds)).toEqual([18.5, 4.5, 35, 2, 22, 136, 22]);
    expect(steps[0]!.step).toMatch(/^start/);
    expect(steps[1]).toEqual({ step: expect.stringMatching(/^content check/), seconds: 4.5 });
    expect(steps.reduce((a, s) => a + s.seconds, 0)).toBeCloseTo(240);
  });

  it('keeps start and check together when the checker printed no time', () => {
    const steps = buildSteps(log.replace(' in 4500 ms', ''), 240);
    expect(steps[0]!.step).toMatch(/^start and content check/);
    expect(steps.reduce((a, s) => a + s.seconds, 0)).toBeCloseTo(240);
  });
});
