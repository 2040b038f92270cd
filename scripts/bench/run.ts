// `npm run bench`: prints what the site costs. Page weights, search index sizes, Lighthouse scores,
// offline copies and build scaling are measured on the built site (run `npm run build` first); budgets
// that must hold are enforced in `npm test` (tests/e2e/page-weight.spec.ts), not here.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath, launchOptions } from '../../tests/e2e/support/browser.ts';
import { localeIds } from '../../src/site/locales.ts';
import { lessonWeights } from './lessons.ts';
import { offlinePacks } from '../../src/integrations/offline-packs.ts';
import { kb, measure } from './page-weight.ts';
import { startServer } from './server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const only = new Set(process.argv.slice(2));
const wants = (part: string) => only.size === 0 || only.has(part);

/** Representative pages: home, one lesson, one tool (when tools exist), in each locale. */
const pages = (locale: string) => [
	`${locale}/`,
	`${locale}/borrowing/true-cost-of-a-loan/`,
	`${locale}/tools/loan-cost/`,
];

async function exists(path: string) {
	return stat(path).then(
		() => true,
		() => false
	);
}

async function dirBytes(
	dir: string,
	filter: (name: string) => boolean = () => true
): Promise<{ raw: number; gzip: number; files: number }> {
	let raw = 0;
	let gzip = 0;
	let files = 0;
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !filter(entry.name)) continue;
		const body = await readFile(join(entry.parentPath, entry.name));
		raw += body.length;
		gzip += gzipSync(body, { level: 9 }).length;
		files++;
	}
	return { raw, gzip, files };
}

async function pageWeights(baseUrl: string) {
	console.log('\n## Page weight on first load (gzip, search UI not opened)\n');
	const browser = await chromium.launch(launchOptions());
	const page = await browser.newPage({ baseURL: baseUrl });
	console.log('| page | all-in | JS | CSS | HTML |\n| --- | ---: | ---: | ---: | ---: |');
	for (const locale of localeIds) {
		for (const path of pages(locale)) {
			if (!(await exists(join(root, 'dist', path, 'index.html')))) continue;
			const w = await measure(page, path);
			console.log(`| /${path} | ${kb(w.total)} | ${kb(w.js)} | ${kb(w.css)} | ${kb(w.html)} |`);
		}
	}
	await browser.close();
}

async function searchIndex(baseUrl: string) {
	console.log('\n## Search (Pagefind)\n');
	const entry = JSON.parse(await readFile(join(root, 'dist/pagefind/pagefind-entry.json'), 'utf8'));
	console.log(`Pagefind ${entry.version}\n`);
	console.log(
		'| locale | pages | index files (gzip) | first query downloads (raw) | median query |\n| --- | ---: | ---: | ---: | ---: |'
	);
	const queries: Record<string, string[]> = {
		en: ['APR', 'fee', 'monthly rate', 'interest'],
		'zh-cn': ['年化', '砍头息', '利率', '服务费'],
		'zh-tw': ['年利率', '手續費', '利率', '砍頭息'],
		es: ['intereses', 'comisión', 'tasa anual', 'APR'],
	};
	const browser = await chromium.launch(launchOptions());
	for (const locale of localeIds) {
		const hash: string = entry.languages[locale]?.hash ?? '';
		const prefix = hash.split('_')[0] + '_';
		const index = await dirBytes(
			join(root, 'dist/pagefind'),
			(name) => name.startsWith(prefix) || name.includes(`.${hash}.`)
		);
		const page = await browser.newPage({ baseURL: baseUrl });
		let bytes = 0;
		page.on('response', (r) => {
			if (r.url().includes('/pagefind/'))
				void r
					.body()
					.then((b) => (bytes += b.length))
					.catch(() => undefined);
		});
		await page.goto(`${locale}/`);
		const times: number[] = await page.evaluate(async (qs) => {
			const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
			await pagefind.init();
			const out: number[] = [];
			for (const q of [...qs, ...qs, ...qs]) {
				const t = performance.now();
				const r = await pagefind.search(q);
				await Promise.all(
					r.results.slice(0, 3).map((x: { data: () => Promise<unknown> }) => x.data())
				);
				out.push(performance.now() - t);
			}
			return out;
		}, queries[locale] ?? []);
		await page.waitForTimeout(200);
		const sorted = times.sort((a, b) => a - b);
		const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
		console.log(
			`| ${locale} | ${entry.languages[locale]?.page_count ?? 0} | ${kb(index.gzip)} (${index.files} files) | ${kb(bytes)} | ${median.toFixed(1)} ms |`
		);
		await page.close();
	}
	await browser.close();
}

async function lighthouse(baseUrl: string) {
	console.log('\n## Lighthouse (mobile, simulated throttling)\n');
	const { default: run } = await import('lighthouse');
	const { launch } = await import('chrome-launcher');
	const chromePath = chromiumPath() ?? chromium.executablePath();
	const chrome = await launch({
		chromePath,
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
		],
	});
	console.log(
		'| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
	);
	try {
		for (const locale of ['en', 'zh-cn']) {
			for (const path of pages(locale)) {
				if (!(await exists(join(root, 'dist', path, 'index.html')))) continue;
				const options = {
					port: chrome.port,
					output: 'json' as const,
					logLevel: 'error' as const,
					formFactor: 'mobile' as const,
					throttlingMethod: 'simulate' as const,
				};
				// The first run in a fresh browser sometimes fails to paint in time; one retry tells a fluke from a fault.
				let lhr = (await run(`${baseUrl}${path}`, options))?.lhr;
				if (!lhr || lhr.runtimeError) lhr = (await run(`${baseUrl}${path}`, options))?.lhr;
				if (!lhr) continue;
				if (lhr.runtimeError) {
					console.log(`| /${path} | error: ${lhr.runtimeError.code} | | | | | | |`);
					continue;
				}
				const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
				const audit = (id: string) => lhr.audits[id]?.displayValue ?? '–';
				console.log(
					`| /${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${audit('largest-contentful-paint')} | ${audit('total-blocking-time')} | ${audit('cumulative-layout-shift')} |`
				);
			}
		}
	} finally {
		chrome.kill();
	}
}

/** Copies the project's sources into a temp dir with every lesson copied `factor - 1` more times. */
async function scaledCopy(factor: number): Promise<string> {
	await mkdir(join(root, 'tests/.tmp'), { recursive: true });
	const dir = await mkdtemp(join(root, 'tests/.tmp/scale-'));
	for (const item of [
		'astro.config.mjs',
		'content.config.ts',
		'tsconfig.json',
		'package.json',
		'src',
		'public',
		'content',
	]) {
		await cp(join(root, item), join(dir, item), { recursive: true });
	}
	for (const entry of await readdir(join(dir, 'content/docs'), {
		withFileTypes: true,
		recursive: true,
	})) {
		if (!entry.isFile() || !/\.mdx?$/.test(entry.name) || entry.name.startsWith('index.')) continue;
		const source = join(entry.parentPath, entry.name);
		const text = await readFile(source, 'utf8');
		for (let copy = 2; copy <= factor; copy++) {
			await writeFile(
				source.replace(/(\.mdx?)$/, `-copy-${copy}$1`),
				text.replace(/^title: (.*)$/m, `title: $1 (${copy})`)
			);
		}
	}
	return dir;
}

async function buildScaling() {
	console.log('\n## Build scaling\n');
	console.log(
		'| content | pages | build | per page | Pagefind index (gzip) |\n| --- | ---: | ---: | ---: | ---: |'
	);
	for (const factor of [1, 5, 10]) {
		const dir = await scaledCopy(factor);
		try {
			const start = performance.now();
			execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
				cwd: dir,
				stdio: 'ignore',
				env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			});
			const seconds = (performance.now() - start) / 1000;
			const html = await dirBytes(join(dir, 'dist'), (n) => n.endsWith('.html'));
			const index = await dirBytes(join(dir, 'dist/pagefind'), (n) =>
				/\.pf_(index|fragment|meta|filter)$/.test(n)
			);
			console.log(
				`| ×${factor} | ${html.files} | ${seconds.toFixed(1)} s | ${((seconds * 1000) / html.files).toFixed(0)} ms | ${kb(index.gzip)} |`
			);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	}
}

/** What each "Save for offline" downloads and keeps, per locale; and what keeping search would add. */
async function offlineCopies() {
	console.log('\n## Offline copies ("Save for offline")\n');
	const worker = await readFile(join(root, 'dist/sw.js'));
	console.log(
		`The worker (sw.js): ${kb(worker.length)} raw, ${kb(gzipSync(worker, { level: 9 }).length)} gzip, fetched once per build.\n`
	);
	console.log(
		'| locale | set | pages | files | download (gzip) | on the device |\n| --- | --- | ---: | ---: | ---: | ---: |'
	);
	const base = (process.env['BASE_PATH'] || '/').replace(/\/?$/, '/');
	const packs = offlinePacks(join(root, 'dist'), base);
	for (const locale of localeIds)
		for (const [id, pack] of Object.entries(packs[locale]))
			console.log(
				`| ${locale} | ${id} | ${pack.pages.length} | ${pack.files} | ${kb(pack.download)} | ${kb(pack.stored)} |`
			);
	// Search is not kept offline (it says it needs a connection). Keeping it would mean the search UI,
	// Pagefind, and the locale's whole index (any word may be in any part), plus each saved page's
	// fragment: this is what the reader would download on top of a saved set.
	const pagefind = join(root, 'dist/pagefind');
	const entry = JSON.parse(await readFile(join(pagefind, 'pagefind-entry.json'), 'utf8'));
	const ui = await dirBytes(join(root, 'dist/_astro'), (n) => /^(ui-core|search-ui)\./.test(n));
	const js = await dirBytes(pagefind, (n) => n === 'pagefind.js' || n === 'pagefind-worker.js');
	console.log(
		'\n| locale | keeping search offline would add (gzip), before fragments |\n| --- | ---: |'
	);
	for (const locale of localeIds) {
		const { hash, wasm } = entry.languages[locale] ?? {};
		const index = await dirBytes(
			pagefind,
			(n) =>
				(n.startsWith(`${locale}_`) && !n.endsWith('.pf_fragment')) ||
				n === `pagefind.${hash}.pf_meta` ||
				n === `wasm.${wasm ?? 'unknown'}.pagefind`
		);
		console.log(`| ${locale} | ${kb(ui.gzip + js.gzip + index.gzip)} |`);
	}
}

if (!(await exists(join(root, 'dist/index.html')))) {
	console.error('No built site in dist/. Run `npm run build` first.');
	process.exit(1);
}
// BENCH_PORT keeps a bench off a port another run is using (it also takes the next port, for stock Starlight).
const port = Number(process.env['BENCH_PORT'] ?? 4391);
// BENCH_DIST weighs the lessons of another build (a copy of an earlier dist/, say) against stock Starlight.
const dist = process.env['BENCH_DIST'] ?? join(root, 'dist');
if (wants('lessons')) await lessonWeights(root, dist, port + 2);
if (['weight', 'search', 'lighthouse'].some(wants)) {
	const server = await startServer(port);
	try {
		if (wants('weight')) await pageWeights(server.url);
		if (wants('search')) await searchIndex(server.url);
		if (wants('lighthouse')) await lighthouse(server.url);
	} finally {
		server.stop();
	}
}
if (wants('offline')) await offlineCopies();
if (wants('scaling')) await buildScaling();
