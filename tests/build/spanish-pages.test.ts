// The Spanish pages are written for Mexican and US Hispanic readers (issue 17): no Chinese script in
// their visible text unless a Chinese term is itself the subject, inside an element marked
// lang="zh…", and never "TPA", a name for the annual rate no contract uses (Mexico says CAT, Spain
// TAE, US Spanish APR).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageText } from './banned-phrases';
import { buildEnv } from './fixture-site';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const ownBuild = join(root, 'tests/.tmp/dist-spanish');

/** Elements that never have content or a closing tag. */
const voidElements = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'param',
	'source',
	'track',
	'wbr',
]);

/**
 * The page's visible text without what sits inside an element whose `lang` starts with "zh" (and
 * without scripts, styles and templates). A small tag-stack parser: each open element remembers
 * whether it, or an ancestor, is Chinese; text counts only outside such elements.
 */
function textOutsideChinese(html: string): string {
	const source = html
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ');
	const kept: string[] = [];
	const open: { name: string; chinese: boolean }[] = [];
	const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
	let at = 0;
	const inChinese = () => open.length > 0 && open[open.length - 1]!.chinese;
	for (let match = tag.exec(source); match; match = tag.exec(source)) {
		if (!inChinese()) kept.push(source.slice(at, match.index));
		kept.push(' ');
		at = match.index + match[0].length;
		const [, closing, rawName, attributes = ''] = match;
		const name = rawName!.toLowerCase();
		if (closing) {
			const index = open.map((e) => e.name).lastIndexOf(name);
			if (index >= 0) open.length = index;
			continue;
		}
		if (voidElements.has(name) || /\/\s*$/.test(attributes)) continue;
		const lang = /(?:^|\s)lang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
		const value = (lang?.[1] ?? lang?.[2] ?? lang?.[3] ?? '').trim().toLowerCase();
		// The language menu names each language in its own script: an option leading to a Chinese page.
		const toChinese =
			name === 'option' && /\svalue\s*=\s*["']?[^"'\s>]*\/zh-(?:cn|tw)\//i.test(attributes);
		open.push({
			name,
			chinese: inChinese() || toChinese || (lang ? value.startsWith('zh') : false),
		});
	}
	if (!inChinese()) kept.push(source.slice(at));
	return pageText(kept.join(''));
}

interface Finding {
	file: string;
	found: string;
}

const han = /\p{Script=Han}+/gu;

/** Every run of Han characters outside a lang="zh…" element, and every "TPA", on the given pages. */
function spanishFindings(pages: readonly { file: string; html: string }[]): Finding[] {
	const findings: Finding[] = [];
	for (const page of pages) {
		const text = textOutsideChinese(page.html);
		for (const match of text.matchAll(han)) {
			const from = Math.max(0, match.index - 30);
			findings.push({
				file: page.file,
				found: text.slice(from, match.index + match[0].length + 10).trim(),
			});
		}
		if (/\bTPA\b/.test(text)) findings.push({ file: page.file, found: 'TPA' });
	}
	return findings;
}

/**
 * The es pages to check: every built es page and es embed, but not the mainland-China version of
 * a page (/es/place/cn/…), whose rules block names mainland terms; tw and hk versions are checked,
 * and must keep their Chinese terms in lang spans.
 */
function isSpanishPage(file: string): boolean {
	const path = file.split(sep).join('/');
	if (!path.endsWith('.html')) return false;
	if (path.startsWith('es/place/cn/')) return false;
	if (/^es\/educators\/handouts\/.+\/cn\/index\.html$/.test(path)) return false;
	return path.startsWith('es/') || path.startsWith('embed/es/');
}

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

/** `dist/` when it is newer than the content and code, else a build of its own (as banned-phrases). */
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

describe('the Spanish-page check', () => {
	it('finds Chinese script outside a lang="zh…" element, and "TPA"', () => {
		const pages = [
			{ file: 'es/a/index.html', html: '<p>En chino se llama 爆通讯录.</p>' },
			{ file: 'es/b/index.html', html: '<p>La <strong>TPA</strong> es alta.</p>' },
			{
				file: 'es/c/index.html',
				html: '<p lang="es">El aval (<span lang="zh-Hant">保證人</span>) paga.</p>',
			},
			{
				file: 'es/d/index.html',
				html: '<div lang="zh-Hans"><p>连带<br>保证</p><img src="x" alt="y"></div><p>después 起诉</p>',
			},
			{ file: 'es/e/index.html', html: '<script>const x = "起诉 TPA";</script><p>CAPTAIN</p>' },
			{
				file: 'es/f/index.html',
				html: '<span lang="zh"><span>前置</span></span><span lang="es"><span>協商</span></span>',
			},
			{
				file: 'es/g/index.html',
				html: '<select><option value="/zh-tw/about/">繁體中文</option><option value="/es/x/">中文</option></select>',
			},
		];
		expect(spanishFindings(pages)).toEqual([
			{ file: 'es/a/index.html', found: 'En chino se llama 爆通讯录.' },
			{ file: 'es/b/index.html', found: 'TPA' },
			{ file: 'es/d/index.html', found: 'después 起诉' },
			{ file: 'es/f/index.html', found: '協商' },
			{ file: 'es/g/index.html', found: '中文' },
		]);
	});

	it('checks es pages and embeds, but not the mainland-China versions', () => {
		expect(isSpanishPage('es/rights/home-visits/index.html')).toBe(true);
		expect(isSpanishPage('embed/es/tools/loan-cost/index.html')).toBe(true);
		expect(isSpanishPage('es/place/tw/rights/home-visits/index.html')).toBe(true);
		expect(isSpanishPage('es/place/cn/rights/home-visits/index.html')).toBe(false);
		expect(isSpanishPage('es/educators/handouts/rights/home-visits/cn/index.html')).toBe(false);
		expect(isSpanishPage('es/educators/handouts/rights/home-visits/tw/index.html')).toBe(true);
		expect(isSpanishPage('en/rights/home-visits/index.html')).toBe(false);
		expect(isSpanishPage('zh-cn/index.html')).toBe(false);
	});
});

describe('built es pages', () => {
	let pages: { file: string; html: string }[] = [];

	beforeAll(async () => {
		const site = await builtSite();
		const html = (await files(site)).filter((file) => isSpanishPage(relative(site, file)));
		pages = await Promise.all(
			html.map(async (file) => ({ file: relative(site, file), html: await readFile(file, 'utf8') }))
		);
	}, 600_000);

	it('exist, embeds included', () => {
		expect(pages.some((page) => page.file.startsWith('es/'))).toBe(true);
		expect(pages.some((page) => page.file.startsWith('embed/es/'))).toBe(true);
	});

	it('have no Chinese script outside lang="zh…" elements, and no "TPA"', () => {
		const hits = spanishFindings(pages).map(({ file, found }) => `${file}: ${found}`);
		expect(hits, `on built es pages:\n${hits.join('\n')}`).toEqual([]);
	});
});
