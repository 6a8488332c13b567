/**
 * Renders the site's share image (og-image.png, 1200×630) and the podcast cover
 * (media/podcasts/cover.png, 1400×1400, the minimum podcast apps accept) from SVG with
 * headless Chromium, so there is no binary design file to maintain. Run: npm run images
 */
import { chromium } from 'playwright-core';
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const band = (w: number, h: number, title: string, subtitle: string, size: number) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <rect width="${w}" height="${h}" fill="#154273"/>
  <rect x="${w * 0.08}" y="${h * 0.22}" width="${size * 0.22}" height="${h * 0.56}" fill="#ffb612"/>
  <text x="${w * 0.08 + size * 0.4}" y="${h * 0.46}" font-family="DejaVu Sans, sans-serif" font-weight="700" font-size="${size}" fill="#fff">${title}</text>
  <text x="${w * 0.08 + size * 0.4}" y="${h * 0.46 + size * 1.1}" font-family="DejaVu Sans, sans-serif" font-size="${size * 0.5}" fill="#fff">${subtitle}</text>
</svg>`;

const images = [
  { path: 'public/og-image.png', w: 1200, h: 630, svg: band(1200, 630, 'Kennisplatform', 'Inspectie van het Onderwijs', 96) },
  { path: 'public/media/podcasts/cover.png', w: 1400, h: 1400, svg: band(1400, 1400, 'Onderwijs', 'in beeld · podcast', 150) },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const img of images) {
  const page = await browser.newPage({ viewport: { width: img.w, height: img.h } });
  await page.setContent(`<html><body style="margin:0">${img.svg}</body></html>`);
  await page.screenshot({ path: img.path, type: 'png' });
  await page.close();
  console.log(`geschreven: ${img.path}`);
}
await browser.close();
