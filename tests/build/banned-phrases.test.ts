import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { bannedPhrases, findBannedPhrases, pageText, type Page } from './banned-phrases';
import { buildEnv } from './fixture-site';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const ownBuild = join(root, 'tests/.tmp/dist-banned');

async function files(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function newestChange(dirs: string[]): Promise<number> {
	let newest = 0;
	for (const dir of dirs)
		for (const file of await files(dir)) newest = Math.max(newest, (await stat(file)).mtimeMs);
	return newest;
}

/**
 * `dist/` when it was built after the last change to the content and code; otherwise (no build
 * yet, or a stale one, as after an edit without a rebuild) a fresh build of its own. `npm test` builds
 * first, so there it reads `dist/`.
 */
async function builtSite(): Promise<string> {
	if (existsSync(join(dist, 'index.html'))) {
		const built = (await stat(join(dist, 'index.html'))).mtimeMs;
		const changed = await newestChange([join(root, 'content'), join(root, 'src')]);
		if (built > changed) return dist;
	}
	await rm(ownBuild, { recursive: true, force: true });
	await mkdir(ownBuild, { recursive: true });
	await new Promise<void>((resolve, reject) =>
		execFile(
			join(root, 'node_modules/.bin/node'),
			[join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
			{ cwd: root, env: buildEnv({ OUT_DIR: ownBuild }), maxBuffer: 64 * 1024 * 1024 },
			(error, _stdout, stderr) => (error ? reject(new Error(stderr)) : resolve())
		)
	);
	return ownBuild;
}

describe('the banned-phrase check', () => {
	it('finds a phrase split by markup, in any case, and in a link address', () => {
		const pages: Page[] = [
			{
				file: 'en/a/index.html',
				html: '<p>Enforcement comes <em>only after</em>\n a Judgment.</p>',
			},
			{ file: 'en/b/index.html', html: '<a href="https://www.the-fca.org.uk/x">FCA</a>' },
			{ file: 'zh-cn/c/index.html', html: '<h2 id="x">一个真实的例子</h2>' },
			{ file: 'en/d/index.html', html: '<p>A court acts on an enforceable title.</p>' },
		];
		expect(findBannedPhrases(pages)).toEqual([
			{ file: 'en/a/index.html', phrase: 'only after a judgment' },
			{ file: 'en/b/index.html', phrase: 'the-fca.org.uk' },
			{ file: 'zh-cn/c/index.html', phrase: '一个真实的例子' },
		]);
	});

	it('decodes entities before matching', () => {
		expect(pageText('Report&nbsp;Fraud &amp; &#x53;FO &#65;')).toBe('Report Fraud & SFO A');
	});

	it('lists each phrase once, with a reason', () => {
		const seen = new Set<string>();
		for (const { phrase, why } of bannedPhrases) {
			expect(phrase.trim(), 'empty phrase').not.toBe('');
			expect(why.trim(), `no reason for "${phrase}"`).not.toBe('');
			expect(seen.has(phrase.toLowerCase()), `"${phrase}" is listed twice`).toBe(false);
			seen.add(phrase.toLowerCase());
		}
	});
});

describe('built pages', () => {
	let pages: Page[] = [];

	// A whole build when dist/ is missing or stale: about a minute when idle, several when busy.
	beforeAll(async () => {
		const site = await builtSite();
		const html = (await files(site)).filter((file) => file.endsWith('.html'));
		pages = await Promise.all(
			html.map(async (file) => ({ file: relative(site, file), html: await readFile(file, 'utf8') }))
		);
	}, 600_000);

	it('cover every locale', () => {
		for (const locale of ['en', 'zh-cn', 'zh-tw', 'es'])
			expect(
				pages.some((page) => page.file.startsWith(`${locale}/`)),
				`no ${locale} pages`
			).toBe(true);
	});

	it('contain no banned phrase', () => {
		const hits = findBannedPhrases(pages).map(({ file, phrase }) => `${file}: "${phrase}"`);
		expect(hits, `banned phrases on built pages:\n${hits.join('\n')}`).toEqual([]);
	});
});
