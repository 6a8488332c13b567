/**
 * The browser half of the differential fuzz test (tests/unit/body/differential-fuzz.test.ts): a
 * few hundred generated bodies that the checker accepts, rendered as the build renders them, are
 * opened in Chromium inside a page like the site's (`<div class="kp-prose">`). Every payload in
 * tests/fuzz/bodies.ts calls alert(), the kpRan() sentinel or fetches /kp-pwned; none may happen.
 * The DOM the browser built may hold no script, no event handler attribute and no URL whose
 * scheme the browser reads as other than http, https, mailto or tel. Markdown bodies are also opened
 * as a build without the HTML decision would write them (raw HTML copied as typed): what the
 * checker accepts must be harmless even then.
 */
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body, format } from '../fuzz/bodies.ts';
import { renderAsBuilt, renderVerbatim, verdict } from '../fuzz/render.ts';
import { launchBrowser } from './browser.ts';

const BODIES = 200;
const ORIGIN = 'http://kp.test';

interface Case {
  name: string;
  html: string;
  /** The build's output has no comments; raw HTML copied as typed may. */
  commentsAllowed: boolean;
}

/** Accepted bodies from a fixed seed, each rendered as built (and, for Markdown, copied as typed). */
async function cases(): Promise<Case[]> {
  const accepted = fc
    .sample(fc.tuple(body, format), { seed: 4242, numRuns: BODIES * 8 })
    .filter(([text, fmt]) => verdict(text, fmt).length === 0)
    .slice(0, BODIES);
  const out: Case[] = [];
  for (const [i, [text, fmt]] of accepted.entries()) {
    out.push({ name: `${i} ${fmt} ${JSON.stringify(text)}`, html: await renderAsBuilt(text, fmt), commentsAllowed: false });
    if (fmt === 'markdown') out.push({ name: `${i} verbatim ${JSON.stringify(text)}`, html: await renderVerbatim(text), commentsAllowed: true });
  }
  return out;
}

const page = (html: string) => `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Fuzz</title></head><body><div class="kp-prose">${html}</div></body></html>`;

/** What the browser's DOM holds that could run: scripts, handlers, non-web URLs (read with the browser's own URL parser), comments. */
function inspect(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const found: string[] = [];
    const web = new Set(['http:', 'https:', 'mailto:', 'tel:']);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.COMMENT_NODE) {
        found.push(`comment ${JSON.stringify(node.nodeValue)}`);
        continue;
      }
      const element = node as Element;
      if (element.localName === 'script') found.push('<script>');
      for (const { name, value } of Array.from(element.attributes)) {
        if (name.toLowerCase().startsWith('on')) found.push(`<${element.localName} ${name}>`);
        if (!['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc'].includes(name.toLowerCase())) continue;
        if (name.toLowerCase() === 'srcdoc') found.push(`<${element.localName} srcdoc>`);
        try {
          const protocol = new URL(value, document.baseURI).protocol;
          if (!web.has(protocol)) found.push(`<${element.localName} ${name}="${value.slice(0, 40)}">`);
        } catch {
          // Not a URL at all: nothing a browser can follow.
        }
      }
    }
    return found;
  });
}

/** One tab that serves pages from memory on a made-up origin and records dialogs, sentinel calls and stray requests. */
async function watchedTab(browser: Browser) {
  const context = await browser.newContext();
  const served = new Map<string, string>();
  const ran: string[] = [];
  await context.addInitScript(() => {
    (window as unknown as { kpRan: () => void }).kpRan = () => {
      (window as unknown as { __kpRan?: boolean }).__kpRan = true;
    };
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === ORIGIN && served.has(url.pathname)) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: served.get(url.pathname)! });
    if (url.pathname.includes('kp-pwned')) ran.push(`request ${url.href}`);
    else if (url.origin !== ORIGIN) ran.push(`request to another site ${url.href}`);
    return route.fulfill({ status: 404, body: '' });
  });
  const tab = await context.newPage();
  tab.on('dialog', (dialog) => {
    ran.push(`dialog ${dialog.message()}`);
    void dialog.dismiss();
  });
  /** Opens `html` as a page body; what ran and what the DOM holds (comments only when not allowed). */
  const open = async (html: string, commentsAllowed: boolean): Promise<string[]> => {
    const path = `/fuzz/${served.size}/`;
    served.set(path, page(html));
    ran.length = 0;
    await tab.goto(`${ORIGIN}${path}`, { waitUntil: 'load' });
    // Handlers that fire a moment after load (autofocus, ontoggle) get a frame and a task.
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const sentinel = await tab.evaluate(() => (window as unknown as { __kpRan?: boolean }).__kpRan === true);
    const dom = (await inspect(tab)).filter((f) => !(commentsAllowed && f.startsWith('comment')));
    return [...ran, ...(sentinel ? ['kpRan() ran'] : []), ...dom];
  };
  return { open, close: () => context.close() };
}

let browser: Browser;
let all: Case[];
beforeAll(async () => {
  [browser, all] = await Promise.all([launchBrowser(), cases()]);
}, 60_000);
afterAll(() => browser?.close());

describe('generated bodies the checker accepts, opened in Chromium', () => {
  it('the watch sees a payload run, a handler, a javascript: link and a comment', async () => {
    const tab = await watchedTab(browser);
    expect(await tab.open('<img src="/x.png" onerror="kpRan()"><a href="java&#x09;script:alert(1)">a</a><!-- c -->', false)).toEqual([
      'kpRan() ran',
      '<img onerror>',
      '<a href="java\tscript:alert(1)">',
      'comment " c "',
    ]);
    expect(await tab.open('<details open ontoggle="alert(1)"><summary>x</summary></details>', false)).toEqual(['dialog 1', '<details ontoggle>']);
    await tab.close();
  });

  it(`${BODIES} bodies: no dialog, no script runs, no handler or javascript:-like URL in the DOM`, async () => {
    expect(all.length).toBeGreaterThanOrEqual(BODIES);
    const tab = await watchedTab(browser);
    const problems: string[] = [];
    for (const c of all) for (const f of await tab.open(c.html, c.commentsAllowed)) problems.push(`${c.name}: ${f}`);
    await tab.close();
    expect(problems).toEqual([]);
  }, 240_000);
});
