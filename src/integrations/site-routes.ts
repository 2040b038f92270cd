import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { embedSegment, withLinkTargets, withoutSitemapPaths } from '../features/embed/embed.ts';
import { places, placeSegment } from '../features/place/places.ts';
import { localeIds } from '../site/locales.ts';

/** Every `.html` file under a folder. */
async function htmlFiles(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name));
}

/**
 * Keeps embed pages out of the sitemap (they are `noindex`; their full pages are listed), and pages'
 * versions for another place (the page itself is listed; search finds their rules), handouts' included. Added through
 * `updateConfig`, so it runs after the sitemap integration Starlight adds and can edit its output.
 */
function sitemapWithoutEmbeds(): AstroIntegration {
	let base = '/';
	return {
		name: 'borrow-wisely:sitemap-without-embeds',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': async ({ dir }) => {
				const out = fileURLToPath(dir);
				for (const name of await readdir(out)) {
					if (!/^sitemap-\d+\.xml$/.test(name)) continue;
					const file = join(out, name);
					const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
					const prefixes: (string | RegExp)[] = [
						`${base}${embedSegment}/`,
						...localeIds.map((locale) => `${base}${locale}/${placeSegment}/`),
						new RegExp(`^${escaped}[^/]+/educators/handouts/[^/]+/[^/]+/(${places.join('|')})/$`),
					];
					const xml = prefixes.reduce<string>(
						(text, prefix) => withoutSitemapPaths(text, prefix),
						await readFile(file, 'utf8')
					);
					await writeFile(file, xml);
				}
			},
		},
	};
}

/**
 * Routes outside Starlight's pages: `/`, a language chooser (every locale has a prefix, so Starlight has
 * no page there), the lesson feed for platforms, each locale's web app manifest, the educators' quiz exports and printable handouts, and the
 * embed view of lessons and tools (src/features/embed/embed.ts).
 */
export function siteRoutes(): AstroIntegration {
	return {
		name: 'borrow-wisely:site-routes',
		hooks: {
			'astro:config:setup': ({ injectRoute, updateConfig }) => {
				injectRoute({
					pattern: '/',
					entrypoint: new URL('../routes/index.astro', import.meta.url),
					prerender: true,
				});
				injectRoute({
					pattern: '/api/lessons.[locale].json',
					entrypoint: new URL('../routes/api/lessons.[locale].json.ts', import.meta.url),
					prerender: true,
				});
				// The calculators' words, fetched by lessons that embed one (src/features/calculators/shared/lazy-calculators.ts).
				injectRoute({
					pattern: '/[locale]/tools/strings.json',
					entrypoint: new URL('../routes/[locale]/tools/strings.json.ts', import.meta.url),
					prerender: true,
				});
				// Each locale's web app manifest, linked from its pages (src/overrides/offline-route-data.ts).
				injectRoute({
					pattern: '/[locale]/manifest.webmanifest',
					entrypoint: new URL('../routes/[locale]/manifest.webmanifest.ts', import.meta.url),
					prerender: true,
				});
				// Every lesson question, for "Review what you missed" on the progress page (src/features/progress/review.ts).
				injectRoute({
					pattern: '/[locale]/progress/review.json',
					entrypoint: new URL('../routes/[locale]/progress/review.json.ts', import.meta.url),
					prerender: true,
				});
				// For educators: quiz export (GIFT) per module, and a printable handout per lesson, each per place.
				injectRoute({
					pattern: '/[locale]/educators/export/[module].gift.txt',
					entrypoint: new URL(
						'../routes/[locale]/educators/export/[module].gift.txt.ts',
						import.meta.url
					),
					prerender: true,
				});
				// The same export for each other place the module's lessons have rules for.
				injectRoute({
					pattern: '/[locale]/educators/export/[module].[place].gift.txt',
					entrypoint: new URL(
						'../routes/[locale]/educators/export/[module].[place].gift.txt.ts',
						import.meta.url
					),
					prerender: true,
				});
				injectRoute({
					pattern: '/[locale]/educators/handouts/[module]/[lesson]',
					entrypoint: new URL(
						'../routes/[locale]/educators/handouts/[module]/[lesson].astro',
						import.meta.url
					),
					prerender: true,
				});
				// The same handout for each other place the lesson has rules for.
				injectRoute({
					pattern: '/[locale]/educators/handouts/[module]/[lesson]/[place]',
					entrypoint: new URL(
						'../routes/[locale]/educators/handouts/[module]/[lesson]/[place].astro',
						import.meta.url
					),
					prerender: true,
				});
				injectRoute({
					pattern: `/${embedSegment}/[...slug]`,
					entrypoint: new URL('../routes/embed/[...slug].astro', import.meta.url),
					prerender: true,
				});
				// A page's version for another place (src/features/place/).
				injectRoute({
					pattern: `/[locale]/${placeSegment}/[place]/[...slug]`,
					entrypoint: new URL('../routes/[locale]/place/[place]/[...slug].astro', import.meta.url),
					prerender: true,
				});
				updateConfig({ integrations: [sitemapWithoutEmbeds()] });
			},
			// Links on an embed page that leave it open the full site in a new tab, not in the frame.
			'astro:build:done': async ({ dir }) => {
				for (const file of await htmlFiles(join(fileURLToPath(dir), embedSegment))) {
					await writeFile(file, withLinkTargets(await readFile(file, 'utf8')));
				}
			},
		},
	};
}
