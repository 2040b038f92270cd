import type { AstroIntegration } from 'astro';

/**
 * Routes outside Starlight's pages: `/`, a language chooser (every locale has a prefix, so Starlight has
 * no page there), and the lesson feed for platforms.
 */
export function siteRoutes(): AstroIntegration {
	return {
		name: 'borrow-wisely:site-routes',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/', entrypoint: new URL('../routes/index.astro', import.meta.url), prerender: true });
				injectRoute({ pattern: '/api/lessons.[locale].json', entrypoint: new URL('../routes/api/lessons.ts', import.meta.url), prerender: true });
			},
		},
	};
}
