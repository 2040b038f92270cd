import type { AstroIntegration } from 'astro';

/**
 * Routes outside Starlight's pages: `/`, a language chooser (every locale has a prefix, so Starlight has
 * no page there), the lesson feed for platforms, and the
 * educators' quiz exports and printable handouts.
 */
export function siteRoutes(): AstroIntegration {
	return {
		name: 'borrow-wisely:site-routes',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/', entrypoint: new URL('../routes/index.astro', import.meta.url), prerender: true });
				injectRoute({ pattern: '/api/lessons.[locale].json', entrypoint: new URL('../routes/api/lessons.ts', import.meta.url), prerender: true });
				// For educators: quiz export (GIFT) per module, and a printable handout per lesson.
				injectRoute({ pattern: '/[locale]/educators/export/[module].gift.txt', entrypoint: new URL('../routes/educators/gift.ts', import.meta.url), prerender: true });
				injectRoute({ pattern: '/[locale]/educators/handouts/[module]/[lesson]', entrypoint: new URL('../routes/educators/handout.astro', import.meta.url), prerender: true });
			},
		},
	};
}
