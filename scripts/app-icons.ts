// Renders the home-screen icons of the web app manifests (src/routes/[locale]/manifest.webmanifest.ts)
// from the site icon, public/favicon.svg, into public/icons/. Run by hand when the icon changes, and
// commit the PNGs: `node scripts/app-icons.ts`. Chrome asks for 192 and 512 px PNGs; the maskable one
// fills the square and keeps the mark inside the middle 60%, which any launcher's mask leaves whole.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const svg = readFileSync(`${publicDir}favicon.svg`, 'utf8');
const background = /<rect[^>]*fill="([^"]+)"/.exec(svg)?.[1] ?? '#1d4ed8';
const mark = /<path[^>]*\/>/.exec(svg)?.[0] ?? '';
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/><g transform="translate(6.4 6.4) scale(0.6)">${mark}</g></svg>`;

mkdirSync(`${publicDir}icons`, { recursive: true });
const render = (source: string, size: number, name: string) =>
	sharp(Buffer.from(source), { density: (72 * size) / 32 })
		.resize(size, size)
		.png({ compressionLevel: 9 })
		.toFile(`${publicDir}icons/${name}`);

await render(svg, 192, 'icon-192.png');
await render(svg, 512, 'icon-512.png');
await render(maskable, 512, 'icon-maskable-512.png');
console.log('Wrote public/icons/icon-192.png, icon-512.png and icon-maskable-512.png');
