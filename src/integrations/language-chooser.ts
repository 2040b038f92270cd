import type { AstroIntegration } from 'astro';

/** Serves `/` as a language chooser; Starlight has no page there because every locale has a prefix. */
export function languageChooser(): AstroIntegration {
	return {
		name: 'borrow-wisely:language-chooser',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/', entrypoint: new URL('../routes/index.astro', import.meta.url), prerender: true });
			},
		},
	};
}
