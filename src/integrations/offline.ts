import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';
import type { LineWords, OfflineData } from '../features/offline/data.ts';
import { workerFile } from '../features/offline/paths.ts';
import { localeIds, locales, type Locale } from '../site/locales.ts';
import { assetGraph, offlinePacks } from './offline-packs.ts';

/** Offline copies are on unless the build is told `BW_OFFLINE=off` (docs/operating.md). */
export const offlineOn = () => process.env['BW_OFFLINE'] !== 'off';

/**
 * Names a build: a hash of every file it wrote (path and bytes) but the worker. Any change to a page
 * or a file gives a new name, so a new worker, and readers' devices fetch again what they kept.
 */
export async function buildId(dist: string): Promise<string> {
	const hash = createHash('sha256');
	const files = (await readdir(dist, { withFileTypes: true, recursive: true }))
		.filter((e) => e.isFile())
		.map((e) => relative(dist, join(e.parentPath, e.name)).replaceAll('\\', '/'))
		.filter((path) => path !== workerFile)
		.sort();
	for (const path of files) hash.update(`${path}\0`).update(await readFile(join(dist, path)));
	return hash.digest('hex').slice(0, 12);
}

/** One worker source (and what it imports) as one classic script: a module worker is not yet everywhere. */
async function bundle(entry: string): Promise<string> {
	const result = await build({
		configFile: false,
		logLevel: 'silent',
		publicDir: false,
		resolve: { alias: { '~': fileURLToPath(new URL('../', import.meta.url)) } },
		build: {
			write: false,
			minify: true,
			lib: { entry, formats: ['iife'], name: 'offline', fileName: () => workerFile },
		},
	});
	const output = (Array.isArray(result) ? result[0] : result) as {
		output: { type: string; code?: string }[];
	};
	const chunk = output.output.find((file) => file.type === 'chunk');
	if (!chunk?.code) throw new Error(`Could not bundle the offline worker from ${entry}.`);
	return chunk.code;
}

/** The words the worker writes into pages it serves from the device, per locale. */
async function lineWords(root: URL): Promise<Partial<Record<Locale, LineWords>>> {
	const words: Partial<Record<Locale, LineWords>> = {};
	for (const locale of localeIds) {
		const file = new URL(`content/i18n/${locales[locale].lang}.json`, root);
		const all = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
		words[locale] = {
			line: all['offline.line'] ?? '',
			seeSaved: all['offline.seeSaved'] ?? '',
			notSaved: all['offline.notSaved'] ?? '',
		};
	}
	return words;
}

const source = (name: string) =>
	fileURLToPath(new URL(`../features/offline/${name}`, import.meta.url));

/** The worker a build with offline copies turned off writes (the e2e tests serve it too). */
export const offWorker = () => bundle(source('sw-off.ts'));

/**
 * Offline copies: pages register the worker (`__BW_OFFLINE__`, read by the registration in
 * src/features/offline/register.ts) only in a production build that has it; once the site is built,
 * writes `<base>sw.js` with this build's name, its files and what each "Save for offline" keeps.
 * Runs after the security headers, so it hashes the final HTML.
 */
export function offline(): AstroIntegration {
	const on = offlineOn();
	let base = '/';
	let root = new URL('../../', import.meta.url);
	return {
		name: 'borrow-wisely:offline',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				updateConfig({
					vite: { define: { __BW_OFFLINE__: JSON.stringify(on && command === 'build') } },
				});
			},
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
				root = config.root;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				if (!on) {
					await writeFile(join(dist, workerFile), await offWorker());
					logger.info('Offline copies are off: sw.js removes them from devices that have them.');
					return;
				}
				const assets = assetGraph(dist);
				const data: OfflineData = {
					build: await buildId(dist),
					base,
					assets,
					packs: offlinePacks(dist, base, assets),
					words: await lineWords(root),
				};
				const code = `const BW_OFFLINE = ${JSON.stringify(data)};\n${await bundle(source('sw.ts'))}`;
				await writeFile(join(dist, workerFile), code);
				logger.info(`Offline worker for build ${data.build}: ${Math.round(code.length / 1024)} KB`);
			},
		},
	};
}
