/**
 * The Content-Security-Policy, proven from the outside:
 * - every built page declares one strict policy in its head, before anything it governs;
 * - dist/_headers holds the same policy for hosts that send headers, plus what only headers can say;
 * - every page type at phone width, with its island doing its work, served with those headers,
 *   records no policy violation;
 * - the policy bites: script, event handlers, style attributes, eval, foreign scripts and
 *   WebAssembly injected into a built page are blocked by the meta policy alone (as on GitHub
 *   Pages), and only the headers stop other sites from framing the pages.
 * The expected policy is written out here, not read from src/lib/site/security-policy.ts.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { effectiveSources, parseCsp, type Csp } from '../../src/lib/site/csp.ts';
import { headPolicies } from '../../src/lib/site/csp-meta.ts';
import { parseHeadersFile, type HeaderRule } from '../../src/lib/site/headers-file.ts';
import { headerCsp } from '../../src/lib/site/security-headers.ts';
import { baseUrl, launchBrowser, VIEWPORTS } from './browser.ts';
import { demoSchoolLink } from './feedback.ts';
import { answerExternalRecordings } from './route-states.ts';
import { styledElements } from '../style-attributes.ts';
import { allPages, pageTypes, readDist } from './site.ts';
import { serveDist } from './static-server.ts';

const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;
const SEARCH = '/zoeken/';

/** What is wrong with a page's policy, as readable lines (empty: strict as required). */
function strictnessProblems(policy: Csp, path: string): string[] {
  const problems: string[] = [];
  const expectExactly = (name: string, sources: string[]) => {
    const actual = policy.get(name);
    if (JSON.stringify(actual) !== JSON.stringify(sources)) problems.push(`${name}: ${actual?.join(' ') ?? '(ontbreekt)'} in plaats van ${sources.join(' ')}`);
  };
  expectExactly('default-src', ["'none'"]);
  expectExactly('object-src', ["'none'"]);
  expectExactly('base-uri', ["'self'"]);
  expectExactly('form-action', ["'self'"]);
  for (const name of ['img-src', 'media-src', 'connect-src', 'worker-src', 'font-src', 'manifest-src']) expectExactly(name, ["'self'"]);
  // Scripts and styles: this site plus hashes; WebAssembly on the search page only; nothing else.
  for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'style-src', 'style-src-elem', 'style-src-attr']) {
    const sources = effectiveSources(policy, name) ?? ['(open)'];
    const wasm = name.startsWith('script') && path.split('?')[0] === SEARCH ? ["'wasm-unsafe-eval'"] : [];
    const loose = sources.filter((s) => s !== "'self'" && !HASH.test(s) && !wasm.includes(s));
    if (loose.length) problems.push(`${name}: ${loose.join(' ')} is niet toegestaan`);
    if (!name.endsWith('-attr') && !sources.includes("'self'")) problems.push(`${name}: 'self' ontbreekt`);
    for (const w of wasm) if (!sources.includes(w)) problems.push(`${name}: ${w} ontbreekt op de zoekpagina`);
  }
  // Frames: none, except a webinar's externally hosted recording (one https origin).
  const frames = effectiveSources(policy, 'frame-src') ?? ['(open)'];
  const framesOk = JSON.stringify(frames) === JSON.stringify(["'none'"]) || (path.startsWith('/webinars/') && frames.length === 1 && /^https:\/\/[a-z0-9.-]+$/.test(frames[0]!));
  if (!framesOk) problems.push(`frame-src: ${frames.join(' ')}`);
  const known = new Set(['default-src', 'object-src', 'base-uri', 'form-action', 'img-src', 'media-src', 'connect-src', 'worker-src', 'font-src', 'manifest-src', 'frame-src', 'script-src', 'style-src']);
  for (const name of policy.keys()) if (!known.has(name)) problems.push(`onverwachte regel ${name}`);
  return problems;
}

/** Every built HTML file as a site path, the 404 page included. */
const builtPages = () => [...allPages(), '/404.html'];
const htmlOf = (path: string) => readDist(path.endsWith('.html') ? path.slice(1) : `${path.slice(1)}index.html`);

describe('the policy in the built pages', () => {
  it('every page declares exactly one strict Content-Security-Policy in its head', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(100);
    const problems: string[] = [];
    let searchPages = 0;
    for (const path of pages) {
      const { csp } = headPolicies(htmlOf(path));
      if (csp.length !== 1) {
        problems.push(`${path}: ${csp.length} CSP-meta-elementen`);
        continue;
      }
      const policy = parseCsp(csp[0]!);
      if (path === SEARCH) searchPages++;
      problems.push(...strictnessProblems(policy, path).map((p) => `${path}: ${p}`));
    }
    expect(problems).toEqual([]);
    expect(searchPages).toBe(1);
  });

  it('no page has a style attribute (the policy would block it)', () => {
    const styled = builtPages().flatMap((path) => styledElements(htmlOf(path)).map((tag) => `${path} <${tag} style>`));
    expect(styled).toEqual([]);
  });

  it('the strictness check refuses a loose policy (the test can fail)', () => {
    const good = parseCsp(headPolicies(htmlOf('/')).csp[0]!);
    expect(strictnessProblems(good, '/')).toEqual([]);
    const loose = new Map(good);
    loose.set('script-src', [...good.get('script-src')!, "'unsafe-inline'", "'wasm-unsafe-eval'"]);
    loose.delete('object-src');
    expect(strictnessProblems(loose, '/')).toEqual([
      "object-src: (ontbreekt) in plaats van 'none'",
      "script-src: 'unsafe-inline' 'wasm-unsafe-eval' is niet toegestaan",
      "script-src-elem: 'unsafe-inline' 'wasm-unsafe-eval' is niet toegestaan",
      "script-src-attr: 'unsafe-inline' 'wasm-unsafe-eval' is niet toegestaan",
    ]);
  });
});

describe('dist/_headers', () => {
  const rules = (): HeaderRule[] => parseHeadersFile(readFileSync('dist/_headers', 'utf8'));

  it("sends every path the pages' script policy, base-uri, form-action, frame-ancestors and the other security headers", () => {
    const text = readFileSync('dist/_headers', 'utf8');
    // Cloudflare Pages reads at most 2,000 characters per line.
    expect(text.split('\n').filter((line) => line.length > 2000)).toEqual([]);
    const [all, ...others] = rules();
    expect(others).toEqual([]);
    expect(all!.path).toBe('/*');
    const headers = new Map(all!.headers);
    expect([...headers.keys()].sort()).toEqual(['Content-Security-Policy', 'Permissions-Policy', 'Referrer-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options', 'X-Frame-Options']);
    expect(headers.get('Strict-Transport-Security')).toMatch(/^max-age=(\d{8,})(; includeSubDomains)?$/);
    expect(Number(/max-age=(\d+)/.exec(headers.get('Strict-Transport-Security')!)![1])).toBeGreaterThanOrEqual(31_536_000);
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('X-Frame-Options')).toBe('DENY');
    expect(headers.get('Permissions-Policy')).toMatch(/(^|, )camera=\(\)/);
    expect(headers.get('Permissions-Policy')).toMatch(/(^|, )geolocation=\(\)/);
    // The referrer policy pages declare themselves (GitHub Pages) is the one the header sends.
    expect(headPolicies(htmlOf('/')).referrer).toEqual([headers.get('Referrer-Policy')]);

    const header = parseCsp(headers.get('Content-Security-Policy')!);
    expect([...header.keys()].sort()).toEqual(['base-uri', 'form-action', 'frame-ancestors', 'script-src']);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    // Scripts: this site, WebAssembly (the search page and Pagefind's worker) and hashes; no inline script or eval.
    expect(header.get('script-src')!.filter((s) => s !== "'self'" && s !== "'wasm-unsafe-eval'" && !HASH.test(s))).toEqual([]);
    // Browsers enforce header and meta policy both: the header may not block what any page allows,
    // and where it speaks it says what the pages say.
    const problems: string[] = [];
    for (const path of builtPages()) {
      const policy = parseCsp(headPolicies(htmlOf(path)).csp[0]!);
      const missing = (effectiveSources(policy, 'script-src') ?? []).filter((s) => !header.get('script-src')!.includes(s));
      if (missing.length) problems.push(`${path} script-src: ${missing.join(' ')}`);
      for (const name of ['base-uri', 'form-action']) {
        if (JSON.stringify(policy.get(name)) !== JSON.stringify(header.get(name))) problems.push(`${path} ${name} verschilt`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is up to date with the pages in dist (derived again, it comes out the same)', () => {
    const csp = new Map(rules()[0]!.headers).get('Content-Security-Policy');
    expect(csp).toBe(headerCsp(builtPages().map((p) => headPolicies(htmlOf(p)).csp[0]!)));
  });
});

// ---------------------------------------------------------------- in the browser

let browser: Browser;
let withHeaders: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  browser = await launchBrowser();
  withHeaders = await serveDist(parseHeadersFile(readFileSync('dist/_headers', 'utf8')));
});
afterAll(async () => {
  await browser?.close();
  await withHeaders?.close();
});

interface Recorder {
  violations: () => Promise<string[]>;
  console: string[];
  errors: string[];
}

/** A phone-sized context that records CSP violations (document events) and policy console messages (page and workers). */
async function recordingContext(): Promise<{ context: BrowserContext; page: Page; recorder: Recorder }> {
  const context = await browser.newContext({ viewport: VIEWPORTS.phone });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`.trim()));
  });
  const page = await context.newPage();
  const recorder: Recorder = {
    violations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    console: [],
    errors: [],
  };
  const onConsole = (text: string) => {
    // CSP reports, Pagefind's worker falling back, and Permissions-Policy features Chromium does not know.
    if (/content.security.policy|refused to|web worker encountered an error|permissions.policy/i.test(text)) recorder.console.push(text);
  };
  page.on('console', (m) => onConsole(m.text()));
  page.on('worker', (w) => w.on('console', (m) => onConsole(m.text())));
  page.on('pageerror', (e) => recorder.errors.push(e.message));
  return { context, page, recorder };
}

/** What each island must do on its page type, so its scripts really ran under the policy. */
const islandWork: Record<string, (page: Page) => Promise<void>> = {
  search: async (page) => {
    await page.locator('.kp-zoeken__result').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.kp-zoeken__result').count()).toBeGreaterThan(0);
  },
  guide: async (page) => {
    const q1 = page.locator('.kp-selfeval__q').first();
    await q1.getByRole('radio').first().check();
    await expect.poll(() => page.locator('.kp-selfeval__progress').innerText()).toMatch(/Bewaard in deze browser/);
    await page.reload();
    await expect.poll(() => page.locator('.kp-selfeval__q').first().getByRole('radio').first().isChecked()).toBe(true);
  },
  'investigation-feedback': async (page) => {
    await page.locator('[data-authenticity=demo]').waitFor();
    await page.locator('.kp-feedback table').waitFor();
    expect(await page.locator('svg.kp-feedback__chart').count()).toBeGreaterThan(0);
  },
  practices: async (page) => {
    // The filters sit behind one control; the form appears once the schools have loaded.
    await page.locator('.kp-slm-panel > summary').click();
    await page.locator('#kp-slm-sector').waitFor();
    await page.selectOption('#kp-slm-sector', 'po');
    await page.getByRole('button', { name: /^Toon \d+ voorbeeld/ }).click();
    await expect.poll(() => page.locator('.kp-slm__status').textContent()).toMatch(/goed/);
    expect(new URL(page.url()).searchParams.get('sector')).toBe('po');
  },
  podcast: async (page) => {
    const audio = page.locator('audio[data-kp-player]');
    // Metadata can take a while on a loaded machine.
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.readyState), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    const chapter = page.getByRole('navigation', { name: 'Hoofdstukken' }).getByRole('link').nth(1);
    const target = Number(await chapter.getAttribute('data-seek'));
    await chapter.click();
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThanOrEqual(target - 0.5);
  },
  webinar: async (page) => {
    // The externally hosted recording: framed after the click, from its own origin (answered here, no internet).
    const button = page.getByRole('button', { name: /Laad de opname/ });
    await button.click();
    const frame = page.frameLocator('iframe.kp-external-frame');
    await expect.poll(() => frame.locator('p').textContent()).toBe('opname');
  },
};

async function feedbackDemoFragment(): Promise<string> {
  const link = await demoSchoolLink();
  expect(pageTypes()['investigation-feedback']).toBe(link.slice(0, link.indexOf('#')));
  return link.slice(link.indexOf('#'));
}

describe('every page type at phone width, served with dist/_headers, islands at work', () => {
  for (const [type, path] of Object.entries(pageTypes())) {
    it(`${type} (${path}): no policy violation`, { timeout: 60_000 }, async () => {
      const { context, page, recorder } = await recordingContext();
      await answerExternalRecordings(context);
      const fragment = type === 'investigation-feedback' ? await feedbackDemoFragment() : '';
      const response = await page.goto(`${withHeaders.url}${path}${fragment}`, { waitUntil: 'networkidle' });
      expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

      // The page's own policy is there, strict, and comes before anything it governs.
      const meta = await page.evaluate(() => {
        const metas = [...document.querySelectorAll('meta[http-equiv="content-security-policy" i]')];
        const first = metas[0];
        const governed = [...document.querySelectorAll('script:not([type$="json"]), style, link[rel~="stylesheet"]')];
        return {
          count: metas.length,
          inHead: !!first && first.parentElement === document.head,
          content: first?.getAttribute('content') ?? '',
          before: governed.filter((el) => first && el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).map((el) => el.outerHTML.slice(0, 80)),
        };
      });
      expect(meta.count).toBe(1);
      expect(meta.inHead).toBe(true);
      expect(meta.before).toEqual([]);
      expect(strictnessProblems(parseCsp(meta.content), path)).toEqual([]);

      await islandWork[type]?.(page);
      await page.waitForLoadState('networkidle');
      expect(await recorder.violations()).toEqual([]);
      expect(recorder.console).toEqual([]);
      expect(recorder.errors).toEqual([]);
      await context.close();
    });
  }
});

describe('the policy bites (meta only, as on GitHub Pages)', () => {
  const ATTACK = [
    '<script>window.__ran = "inline"; alert(1)</script>',
    '<img src="/favicon.svg" alt="" onload="window.__ran = \'handler\'">',
    '<p id="kp-attack-style" style="color: rgb(255, 0, 0)">x</p>',
    '<script src="http://localhost:9/evil.js"></script>',
    '<a id="kp-attack-link" href="javascript:window.__ran=\'link\'">x</a>',
    // A script file that made it onto the site itself ('self' lets it run): it still cannot eval.
    '<script src="/kp-attack.js"></script>',
  ].join('');
  const ATTACK_FILE = `
    const tryRun = (f) => { try { f(); return 'ran'; } catch (e) { return e.name; } };
    window.__evalOutcome = { eval: tryRun(() => eval('1')), func: tryRun(() => new Function('return 1')()) };
    setTimeout('window.__ran = "timeout string"', 0);`;

  it('injected script, event handler, style attribute, javascript: link, foreign script and eval are blocked, and reported', async () => {
    const { context, page, recorder } = await recordingContext();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // A filter missed something: the built home page, with the attack injected into its body.
    await context.route(`${baseUrl()}/`, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      expect(html).toContain('</body>');
      await route.fulfill({ response, body: html.replace('</body>', `${ATTACK}</body>`) });
    });
    await context.route(`${baseUrl()}/kp-attack.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: ATTACK_FILE }));
    const response = await page.goto(`${baseUrl()}/`, { waitUntil: 'load' });
    expect(response!.headers()['content-security-policy']).toBeUndefined();
    await page.locator('#kp-attack-link').click();
    await page.waitForTimeout(200);
    const outcome = await page.evaluate(() => ({
      ran: (window as unknown as { __ran?: string }).__ran ?? null,
      color: getComputedStyle(document.getElementById('kp-attack-style')!).color,
      evalOutcome: (window as unknown as { __evalOutcome?: unknown }).__evalOutcome,
    }));
    // The file from the site itself did run (so its eval attempts were made), and none of them worked.
    expect(outcome).toEqual({ ran: null, color: expect.not.stringMatching(/^rgb\(255, 0, 0\)$/), evalOutcome: { eval: 'EvalError', func: 'EvalError' } });
    expect(dialogs).toEqual([]);
    const directives = async () => [...new Set((await recorder.violations()).map((v) => v.split(' ')[0]))].sort();
    await expect.poll(directives).toEqual(['script-src', 'script-src-attr', 'script-src-elem', 'style-src-attr']);
    expect(recorder.console.length).toBeGreaterThan(0);
    await context.close();
  });

  // The smallest valid WebAssembly module: magic number and version.
  const compileWasm = (page: Page) =>
    page.evaluate(() => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'compiled', (e: Error) => e.name));

  it('WebAssembly compiles on the search page only', async () => {
    const { context, page } = await recordingContext();
    await page.goto(`${baseUrl()}/`);
    expect(await compileWasm(page)).toBe('CompileError');
    await page.goto(`${baseUrl()}${SEARCH}`);
    expect(await compileWasm(page)).toBe('compiled');
    await context.close();
  });
});

describe('framing by other sites', () => {
  // Another site (another origin, on this machine) whose page frames the address it is given.
  let elsewhere: { url: string; close: () => void };
  beforeAll(async () => {
    const server = createServer((req, res) => {
      const target = new URL(req.url ?? '/', 'http://localhost').searchParams.get('frame') ?? '';
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><title>elders</title><iframe src="${encodeURI(target)}"></iframe>`);
    });
    await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
    elsewhere = { url: `http://localhost:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
  });
  afterAll(() => elsewhere?.close());

  const titleWhenFramed = async (site: string) => {
    const { context, page } = await recordingContext();
    await page.goto(`${elsewhere.url}?frame=${encodeURIComponent(`${site}/`)}`, { waitUntil: 'load' });
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    const title = await frame.title().catch(() => '');
    await context.close();
    return title;
  };

  it('is refused where dist/_headers is sent (frame-ancestors), and possible on a host without headers', async () => {
    expect(await titleWhenFramed(withHeaders.url)).not.toMatch(/Kennisplatform/);
    expect(await titleWhenFramed(baseUrl())).toMatch(/Kennisplatform/);
  });
});
