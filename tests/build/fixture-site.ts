import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The environment for a child `astro` run: Vitest puts Vite's own variables (BASE_URL, MODE,
 * NODE_ENV=test…) into process.env, and a child build would take them as its own.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		ASTRO_TELEMETRY_DISABLED: '1',
		FORCE_COLOR: '0',
		NO_COLOR: '1',
		...extra,
	};
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV']) delete env[key];
	for (const key of Object.keys(env))
		if (key.startsWith('VITEST') || key.startsWith('VITE_')) delete env[key];
	return env;
}

export interface FixtureSite {
	dir: string;
	/** Runs an astro command in the fixture; resolves with its exit code and all it printed. */
	astro(...args: string[]): Promise<{ code: number; output: string }>;
	remove(): Promise<void>;
}

/** A copy of the site's code with only the given content files (plus the pages the sidebar needs), to see how the build reacts to them. */
export async function fixtureSite(files: Record<string, string>): Promise<FixtureSite> {
	// Inside the project (git-ignored), so packages resolve from its node_modules as they do for the site.
	await mkdir(join(root, 'tests/.tmp'), { recursive: true });
	const dir = await mkdtemp(join(root, 'tests/.tmp/fixture-'));
	for (const item of [
		'astro.config.mjs',
		'content.config.ts',
		'tsconfig.json',
		'package.json',
		'src',
		'public',
		'content/i18n',
		'content/glossary',
		'content/help',
	]) {
		await cp(join(root, item), join(dir, item), { recursive: true });
	}
	// The sidebar names these pages by slug, and Starlight stops the build when one is missing; the
	// other locales fall back to the English page.
	const sidebarPages = {
		'en/about.mdx': 'content/docs/en/about.mdx',
		'en/privacy.mdx': 'content/docs/en/privacy.mdx',
		'en/glossary.mdx': 'content/docs/en/glossary.mdx',
		'en/progress.mdx': 'content/docs/en/progress.mdx',
		// Linked from the privacy page.
		'en/progress/summary.mdx': 'content/docs/en/progress/summary.mdx',
		'en/platforms.mdx': 'content/docs/en/platforms.mdx',
		'en/help.mdx': 'content/docs/en/help.mdx',
	};
	for (const [path, from] of Object.entries({ ...sidebarPages, ...files })) {
		const target = join(dir, 'content/docs', path);
		await mkdir(join(target, '..'), { recursive: true });
		await cp(join(root, from), target);
	}
	return {
		dir,
		astro: (...args) =>
			new Promise((resolve) => {
				execFile(
					join(root, 'node_modules/.bin/node'),
					[join(root, 'node_modules/astro/bin/astro.mjs'), ...args],
					{ cwd: dir, env: buildEnv() },
					(error, stdout, stderr) =>
						resolve({
							code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
							output: stdout + stderr,
						})
				);
			}),
		remove: () => rm(dir, { recursive: true, force: true }),
	};
}
