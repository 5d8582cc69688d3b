/**
 * Renders static/icons/icon.svg to the PNG icons the web manifest lists (192, 512, maskable 512),
 * with Debian's Chromium. Run by hand when the icon changes: node scripts/make-icons.mjs
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chromiumExecutable } from './chromium.mjs';

const svg = readFileSync(new URL('../static/icons/icon.svg', import.meta.url), 'utf8');
// Maskable icons are cropped to a circle of 80 %: full-bleed background, drawing shrunk to the safe zone.
const maskable = svg
  .replace('rx="96"', 'rx="0"')
  .replace('<g fill="none"', '<g transform="translate(256 256) scale(0.72) translate(-256 -256)" fill="none"');

const browser = await chromium.launch({ executablePath: chromiumExecutable() });
const page = await browser.newPage();
for (const [name, size, source] of [
  ['icon-192.png', 192, svg],
  ['icon-512.png', 512, svg],
  ['icon-maskable-512.png', 512, maskable],
]) {
  await page.setViewportSize({ width: size, height: size });
  const sized = source.replace('width="512" height="512"', `width="${size}" height="${size}"`);
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${sized}`);
  await page.screenshot({ path: new URL(`../static/icons/${name}`, import.meta.url).pathname, omitBackground: true });
}
await browser.close();
console.log('icons written');
