import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from './fixture-site';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, 'tests/.tmp/dist-learn');
const base = '/learn/';

describe('the site hosted under a sub-path', () => {
	let pages: { file: string; html: string }[] = [];

	// A whole build: about a minute when idle, several minutes on a busy machine.
	beforeAll(async () => {
		await rm(out, { recursive: true, force: true });
		await mkdir(out, { recursive: true });
		await new Promise<void>((resolve, reject) =>
			execFile(
				join(root, 'node_modules/.bin/node'),
				[join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
				{ cwd: root, env: buildEnv({ BASE_PATH: base, OUT_DIR: out }) },
				(error, _stdout, stderr) => (error ? reject(new Error(stderr)) : resolve())
			)
		);
		const entries = await readdir(out, { recursive: true, withFileTypes: true });
		pages = await Promise.all(
			entries
				.filter((e) => e.isFile() && e.name.endsWith('.html'))
				.map(async (e) => ({
					file: join(e.parentPath, e.name),
					html: await readFile(join(e.parentPath, e.name), 'utf8'),
				}))
		);
	}, 600_000);
	afterAll(() => rm(out, { recursive: true, force: true }));

	it('builds every page', () => {
		expect(pages.length).toBeGreaterThan(20);
	});

	it('points every root-relative link and asset inside the base, at a file that exists', () => {
		const broken: string[] = [];
		for (const { file, html } of pages) {
			for (const [, url] of html.matchAll(/\s(?:href|src)="(\/[^"#?]*)/g)) {
				if (url!.startsWith('//')) continue;
				const rel = url!.startsWith(base) ? url!.slice(base.length) : undefined;
				const target =
					rel === undefined
						? undefined
						: join(out, rel, rel === '' || rel.endsWith('/') ? 'index.html' : '');
				if (!target || !existsSync(target)) broken.push(`${file.slice(out.length)}: ${url}`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('builds assignment links and the lessons they list inside the base', () => {
		const assign = pages.find((p) => p.file === join(out, 'en/educators/assign/index.html'))!.html;
		expect(assign).toContain(`data-target="${base}en/progress/assignment/"`);
		const view = pages.find(
			(p) => p.file === join(out, 'zh-cn/progress/assignment/index.html')
		)!.html;
		const hrefs = [...view.matchAll(/&quot;href&quot;:&quot;([^&]+)&quot;/g)].map(
			([, href]) => href!
		);
		expect(hrefs.length).toBeGreaterThan(10);
		for (const href of hrefs)
			expect(existsSync(join(out, href.slice(base.length), 'index.html')), href).toBe(true);
	});

	it('writes the framing rules for paths under the base', async () => {
		const paths = (await readFile(join(out, '_headers'), 'utf8'))
			.split('\n')
			.filter((line) => line.startsWith('/'));
		expect(paths).toEqual(expect.arrayContaining([base, `${base}en/*`, `${base}embed/*`]));
		expect(paths.filter((path) => path !== '/*' && !path.startsWith(base))).toEqual([]);
		expect(pages.some((p) => p.file.startsWith(join(out, 'embed/zh-cn/')))).toBe(true);
	});

	it('sends the language chooser and search to the base', async () => {
		const chooser = pages.find((p) => p.file === join(out, 'index.html'))!.html;
		expect(chooser).toContain(`href="${base}zh-cn/"`);
		const scripts = await readdir(join(out, '_astro'));
		expect(scripts.length).toBeGreaterThan(0);
		expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
	});

	it('puts the offline worker and the web app manifests under the base', async () => {
		const worker = await readFile(join(out, 'sw.js'), 'utf8');
		const data = JSON.parse(/^const BW_OFFLINE = (.*);$/m.exec(worker)![1]!);
		expect(data.base).toBe(base);
		expect(data.packs.en.borrowing.pages).toContain('en/borrowing/check/');
		const manifest = JSON.parse(await readFile(join(out, 'es/manifest.webmanifest'), 'utf8'));
		expect(manifest).toMatchObject({ start_url: `${base}es/`, scope: base, id: `${base}es/` });
		for (const icon of manifest.icons as { src: string }[]) {
			expect(icon.src.startsWith(base)).toBe(true);
			expect(existsSync(join(out, icon.src.slice(base.length)))).toBe(true);
		}
		const lesson = pages.find((p) => p.file === join(out, 'es/borrowing/check/index.html'))!.html;
		expect(lesson).toContain(`<link rel="manifest" href="${base}es/manifest.webmanifest"`);
	});
});
