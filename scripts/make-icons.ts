/**
 * Draws the app icon and writes it to public/icons/: two SVGs and their PNG renderings for the
 * web app manifest (pwa.config.ts) and index.html. Run after changing the drawing:
 *
 *   npx tsx scripts/make-icons.ts
 *
 * The icon is the character 年 drawn as plain strokes (no font, so it looks the same on every
 * machine) in white on seal red. The PNGs are rendered by Debian's Chromium through Playwright
 * (never `playwright install`); set CHROMIUM_PATH to use another Chromium binary.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const OUT_DIR = fileURLToPath(new URL('../public/icons/', import.meta.url));

/** Seal red, the same as `--error` in src/ui/app.css; white strokes on it are 7:1. */
const RED = '#a8231b';
const INK = '#ffffff';

/**
 * 年 on a 512 grid, 黑体-like strokes of equal width: the 撇 at the top left, the three
 * horizontals, the short vertical on the left and the long vertical right of centre.
 * Its bounding box is centred on (256, 256).
 */
const GLYPH = `<g fill="none" stroke="${INK}" stroke-width="36" stroke-linecap="square">
    <path d="M214 96 C206 150 178 196 124 228" stroke-linecap="butt" />
    <path d="M184 162 H382" />
    <path d="M200 256 H356" />
    <path d="M200 256 V344" />
    <path d="M118 344 H396" />
    <path d="M290 162 V418" />
  </g>`;

function svgDocument(body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <title>年报</title>
  ${body}
</svg>
`;
}

/** The ordinary icon: a rounded square with a thin inner frame, like a seal. */
const ROUNDED = svgDocument(`<rect width="512" height="512" rx="104" fill="${RED}" />
  <rect x="40" y="40" width="432" height="432" rx="72" fill="none" stroke="${INK}" stroke-opacity="0.45" stroke-width="8" />
  ${GLYPH}`);

/**
 * Maskable: the platform cuts its own shape out of a full-bleed square, and only the circle of
 * radius 40% around the centre is sure to stay visible, so the glyph is drawn smaller.
 */
const FULL_BLEED = svgDocument(`<rect width="512" height="512" fill="${RED}" />
  <g transform="translate(256 256) scale(0.78) translate(-256 -256)">
  ${GLYPH}
  </g>`);

interface PngTarget {
  readonly file: string;
  readonly svg: string;
  readonly size: number;
}

const PNGS: readonly PngTarget[] = [
  { file: 'icon-192.png', svg: ROUNDED, size: 192 },
  { file: 'icon-512.png', svg: ROUNDED, size: 512 },
  { file: 'maskable-512.png', svg: FULL_BLEED, size: 512 },
  // iOS rounds the corners itself and shows transparency as black: use the full-bleed square.
  { file: 'apple-touch-icon.png', svg: FULL_BLEED, size: 180 },
];

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  await writeFile(`${OUT_DIR}icon.svg`, ROUNDED);
  await writeFile(`${OUT_DIR}maskable.svg`, FULL_BLEED);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const target of PNGS) {
      const page = await browser.newPage({
        viewport: { width: target.size, height: target.size },
      });
      const sized = target.svg.replace(
        'width="512" height="512"',
        `width="${target.size}" height="${target.size}"`,
      );
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
      );
      // Transparent outside the rounded corners.
      const png = await page.screenshot({ omitBackground: true, type: 'png' });
      await writeFile(`${OUT_DIR}${target.file}`, png);
      await page.close();
      console.log(`public/icons/${target.file} (${target.size}×${target.size})`);
    }
  } finally {
    await browser.close();
  }
}

await main();
