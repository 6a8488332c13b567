/**
 * Differential fuzz of bodies: thousands of generated bodies (tests/fuzz/bodies.ts) go through
 * the checker's verdict and the build's own renderer (tests/fuzz/render.ts). Both must agree:
 * a body the checker refuses stops the build, a body it accepts builds. For every accepted body
 * the written HTML, read by another parser (tests/fuzz/findings.ts), holds no script, no event
 * handler, no `javascript:`-like URL and no comment; and, for Markdown, Sätteri's output with the
 * raw HTML copied as typed (what a browser would get without the HTML decision) means the same
 * and is just as clean, so the checker alone is enough and the build changes only comments.
 * The browser half is tests/e2e/fuzz-in-browser.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnsafeBodyError } from '../../../src/lib/body/build-plugin.ts';
import { body, format } from '../../fuzz/bodies.ts';
import { findings, meaning } from '../../fuzz/findings.ts';
import { renderAsBuilt, renderVerbatim, verdict } from '../../fuzz/render.ts';

// KP_FUZZ_RUNS / KP_FUZZ_SEED: a longer or other run by hand; the default is what `npm test` runs.
const RUNS = Number(process.env.KP_FUZZ_RUNS ?? 2500);
const SEED = Number(process.env.KP_FUZZ_SEED ?? 2026);

describe('differential fuzz: checker and build on generated bodies', () => {
  it('the oracle finds what it looks for, as a browser decodes it', () => {
    expect(findings('<img src=x onerror=kpRan()><a href="jav&#x61;script&colon;x">a</a><a href=" \tJAVA\nSCRIPT:x">b</a><!-- c --><svg><script>x</script></svg><iframe srcdoc="x"></iframe>')).toEqual([
      '<img onError>',
      '<a href="javascript:x">',
      '<a href=" \tJAVA\nSCRIPT:x">',
      'comment " c "',
      '<script>',
      '<iframe>',
      '<iframe srcdoc>',
    ]);
    expect(findings('<a href="https://x.nl/">a</a><a href="/themas/">b</a><a href="mailto:a@b.nl">c</a><img src="/images/a.png" alt="">')).toEqual([]);
    expect(meaning('<p>a <!-- x --> b</p>\n')).toBe(meaning('<p>a  b</p>'));
    expect(meaning('<p>a</p>')).not.toBe(meaning('<p><sup>a</sup></p>'));
  });

  it(`${RUNS} bodies: checker and build agree, and what they accept is written safely and unchanged in meaning`, async () => {
    const seen = { accepted: 0, refused: 0, acceptedWithHtml: 0 };
    await fc.assert(
      fc.asyncProperty(body, format, async (text, fmt) => {
        if (verdict(text, fmt).length) {
          seen.refused++;
          await expect(renderAsBuilt(text, fmt)).rejects.toThrow(UnsafeBodyError);
          return;
        }
        seen.accepted++;
        const html = await renderAsBuilt(text, fmt);
        expect(findings(html)).toEqual([]);
        if (fmt === 'markdown') {
          const verbatim = await renderVerbatim(text);
          if (verbatim !== html) seen.acceptedWithHtml++;
          expect(findings(verbatim).filter((f) => !f.startsWith('comment'))).toEqual([]);
          expect(meaning(html)).toBe(meaning(verbatim));
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    if (process.env.KP_FUZZ_SEED) console.info(seen);
    // Not a vacuous pass: both verdicts are common, and accepted bodies do hold raw HTML and comments.
    expect(seen.accepted).toBeGreaterThan(RUNS / 5);
    expect(seen.refused).toBeGreaterThan(RUNS / 5);
    expect(seen.acceptedWithHtml).toBeGreaterThan(RUNS / 50);
  }, 120_000);
});
