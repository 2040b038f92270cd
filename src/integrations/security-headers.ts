import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { framingRules, inlineSources, policy, withFrameCheck, withMetaPolicy } from './csp.ts';

/** Placeholder in public/_headers that the build replaces with the CSP and framing rules per path. */
const PLACEHOLDER = '{{framing}}';

/**
 * Gives every built page a <meta> CSP that allows exactly its own inline scripts and styles (by
 * hash; Starlight's `is:inline` scripts included, which Astro's own CSP does not hash), and fills
 * dist/_headers with one policy allowing the union of them, since browsers enforce both; framing
 * is refused everywhere but on embed pages (`framingRules`), and every page gets an inline check
 * that hides it when framed where no header refused it (`withFrameCheck`).
 */
export function securityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'borrow-wisely:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const scripts = new Set<string>();
				const styles = new Set<string>();
				const entries = await readdir(out, { withFileTypes: true, recursive: true });
				const pages = entries
					.filter((e) => e.isFile() && e.name.endsWith('.html'))
					.map((e) => join(e.parentPath, e.name));
				for (const file of pages) {
					const html = withFrameCheck(await readFile(file, 'utf8'));
					const sources = inlineSources(html);
					sources.scripts.forEach((s) => scripts.add(s));
					sources.styles.forEach((s) => styles.add(s));
					await writeFile(file, withMetaPolicy(html, policy(sources, { header: false })));
				}
				const headersFile = join(out, '_headers');
				const template = await readFile(headersFile, 'utf8');
				if (!template.includes(PLACEHOLDER))
					throw new Error(`public/_headers has no ${PLACEHOLDER} placeholder for the CSP.`);
				const all = { scripts: [...scripts].sort(), styles: [...styles].sort() };
				const rules = framingRules({
					base,
					pages: pages.map((file) => relative(out, file).replaceAll('\\', '/')),
					policyFor: (frameAncestors) => policy(all, { header: true, frameAncestors }),
				});
				await writeFile(headersFile, template.replaceAll(PLACEHOLDER, rules));
				logger.info(
					`CSP: ${pages.length} pages; ${scripts.size} inline scripts and ${styles.size} inline styles allowed by hash`
				);
			},
		},
	};
}
