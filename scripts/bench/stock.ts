// The yardstick for lesson weight: the same lessons built by a stock Starlight site (Starlight's
// defaults, no overrides, no custom CSS or scripts) in a temp folder inside the project, so it reuses
// the project's node_modules and downloads nothing. Our components are replaced by their plain text:
// a place's rules by the rules the page shows first (the locale's most likely place), a calculator, a
// share button or a lesson list by nothing. Starlight's own Aside and Steps stay.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultPlace, isPlace, type PlaceId } from '../../src/features/place/places.ts';
import { locales, modules, type Locale } from '../../src/site/locales.ts';

const starlightComponents = new Set(['Aside', 'Steps']);

/** One `<PlaceRules>` block reduced to the content of the place shown first in `locale`. */
function firstPlace(block: string, locale: Locale): string {
	const parts = [...block.matchAll(/<Place\s+id="([a-z]+)"[^>]*>([\s\S]*?)<\/Place>/g)];
	const ids = parts.map(([, id]) => id).filter((id): id is PlaceId => isPlace(id));
	const shown = defaultPlace(locale, ids);
	return parts.find(([, id]) => id === shown)?.[2] ?? '';
}

/** A lesson's MDX as a stock Starlight page: title and description, and the body in plain Markdown. */
export function stockLesson(mdx: string, locale: Locale): string {
	const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
	const keep = front
		.split('\n')
		.filter((line) => /^(title|description):/.test(line))
		.join('\n');
	const text = body
		.replace(/^import .*$/gm, (line) =>
			line.includes('@astrojs/starlight/components') ? line : ''
		)
		.replace(/<PlaceRules>([\s\S]*?)<\/PlaceRules>/g, (_, block: string) =>
			firstPlace(block, locale)
		)
		// Our other components: self-closing ones go, paired ones leave their content.
		.replace(/<([A-Z][A-Za-z]*)\b[^>]*?\/>/g, (tag, name: string) =>
			starlightComponents.has(name) ? tag : ''
		)
		.replace(/<\/?([A-Z][A-Za-z]*)\b[^>]*>/g, (tag, name: string) =>
			starlightComponents.has(name) ? tag : ''
		);
	return `---\n${keep}\n---\n${text}`;
}

const config = `import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	// Content in content/, as in the real site (a bare src/ layout fails to render in this temp folder).
	srcDir: './',
	// The project's Markdown processor (a build tool, not a look), as in the real site.
	markdown: { processor: satteri() },
	integrations: [
		starlight({
			title: 'Borrow Wisely',
			// Its 404 route fails to render in a bare temp project, and the bench weighs lessons only.
			disable404Route: true,
			defaultLocale: 'en',
			locales: ${JSON.stringify(locales)},
		}),
		mdx(),
	],
});
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Builds the stock site under `tests/.tmp/stock-*` and returns its folder (the built site is in
 * `dist/` there). Lessons only, plus a home page per locale that Starlight's sidebar needs nothing from.
 */
export async function buildStock(root: string): Promise<string> {
	await mkdir(join(root, 'tests/.tmp'), { recursive: true });
	const dir = await mkdtemp(join(root, 'tests/.tmp/stock-'));
	await writeFile(join(dir, 'astro.config.mjs'), config);
	await writeFile(join(dir, 'content.config.ts'), contentConfig);
	// The project's package.json: Astro decides what to bundle from the dependencies it lists.
	await cp(join(root, 'package.json'), join(dir, 'package.json'));
	await writeFile(join(dir, 'tsconfig.json'), '{ "extends": "astro/tsconfigs/strict" }\n');
	for (const locale of Object.keys(locales) as Locale[]) {
		const docs = join(dir, 'content/docs', locale);
		await mkdir(docs, { recursive: true });
		await writeFile(join(docs, 'index.md'), `---\ntitle: Borrow Wisely\n---\n`);
		for (const module of modules) {
			const from = join(root, 'content/docs', locale, module);
			await mkdir(join(docs, module), { recursive: true });
			for (const name of await readdir(from)) {
				if (!name.endsWith('.mdx') || name === 'index.mdx' || name === 'check.mdx') continue;
				const mdx = await readFile(join(from, name), 'utf8');
				await writeFile(join(docs, module, name), stockLesson(mdx, locale));
			}
		}
	}
	execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		stdio: process.env['BENCH_VERBOSE'] ? 'inherit' : 'ignore',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	// The bench server waits for `/` to answer; a site without a root locale has no page there.
	await writeFile(join(dir, 'dist/index.html'), '<!doctype html><title>Stock Starlight</title>\n');
	return dir;
}
