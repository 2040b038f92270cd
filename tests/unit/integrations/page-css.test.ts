import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { propertiesIn, purgeCss, scriptUsage, usageOf } from '~/integrations/css-purge';
import { purgePages } from '~/integrations/page-css';

const purge = (css: string, pages: string[], scripts: string[] = [], sheets: string[] = []) =>
	purgeCss(css, usageOf(pages, scriptUsage(scripts), propertiesIn(sheets)));

describe('purgeCss', () => {
	const page =
		'<html><body><main class="lesson astro-abcd1234"><p id="intro">x</p></main></body></html>';

	it('drops a rule no page or script can match and keeps the ones that can', () => {
		expect(purge('.lesson{a:1}.hero{b:2}#intro{c:3}#other{d:4}p{e:5}table{f:6}', [page])).toBe(
			'.lesson{a:1}#intro{c:3}p{e:5}'
		);
	});

	it("reads Astro's scoped selectors: a component's rules go with the component", () => {
		expect(purge('p:where(.astro-abcd1234){a:1}p:where(.astro-ffff0000){b:2}', [page])).toBe(
			'p:where(.astro-abcd1234){a:1}'
		);
	});

	it('keeps a class a script names, or builds from a start it names, and an element its markup makes', () => {
		const scripts = [
			"el.classList.add('is-open'); li.className = 'quiz-' + state;",
			"const d = document.createElement('dialog'); x.innerHTML = '<table></table>';",
		];
		expect(
			purge(
				'.is-open{a:1}.quiz-right{b:2}.quiz{c:3}dialog{d:4}table{e:5}aside{f:6}',
				[page],
				scripts
			)
		).toBe('.is-open{a:1}.quiz-right{b:2}dialog{d:4}table{e:5}');
	});

	it('keeps states, attributes and :not(); drops only the dead selectors of a list', () => {
		expect(
			purge(
				'.lesson:hover,.hero:hover{a:1}[data-theme=light] p{b:2}p:not(.hero){c:3}:is(.hero,.lesson){d:4}',
				[page]
			)
		).toBe('.lesson:hover{a:1}[data-theme=light] p{b:2}p:not(.hero){c:3}:is(.hero,.lesson){d:4}');
	});

	it('drops emptied @media and @layer blocks, keeps layer order and keyframes', () => {
		expect(
			purge(
				'@layer a,b;@layer a{@media (width>=50rem){.hero{a:1}}.lesson{b:2}}@layer b{.hero{c:3}}@keyframes spin{to{d:4}}',
				[page]
			)
		).toBe('@layer a,b;@layer a{.lesson{b:2}}@keyframes spin{to{d:4}}');
	});

	it('drops custom properties nothing reads, through chains, and keeps those read elsewhere', () => {
		const css =
			':root{--hue:41;--orange:hsl(var(--hue),80%,50%);--unread:1px;--by-page:1;--by-script:2;--by-sheet:3;--used:red}.lesson{color:var(--used)}';
		expect(
			purge(
				css,
				[page.replace('<p ', '<p style="margin:var(--by-page)" ')],
				["el.style.setProperty('--by-script', '4')"],
				['.calc{width:var(--by-sheet)}']
			)
		).toBe(':root{--by-page:1;--by-script:2;--by-sheet:3;--used:red}.lesson{color:var(--used)}');
	});
});

describe('purgePages (after the build)', () => {
	const dist = mkdtempSync(join(tmpdir(), 'bw-page-css-'));
	afterAll(() => rmSync(dist, { recursive: true, force: true }));
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), text);
	};
	const read = (path: string) => readFileSync(join(dist, path), 'utf8');
	const head =
		'<link rel="stylesheet" href="/_astro/print.1.css" media="print"><link rel="stylesheet" href="/_astro/site.2.css">';
	const page = (body: string, style = '') =>
		`<html><head>${head}${style}</head><body>${body}</body></html>`;
	write('_astro/site.2.css', '.lesson{a:1}.hero{b:2}.toc{c:3}.card{d:4}');
	write('_astro/print.1.css', '.toc{display:none}.lesson{e:5}');
	write('_astro/calc.3.css', '.calc{f:6}');
	write('_astro/every.4.js', 'const css = "/_astro/calc.3.css";');
	write(
		'en/borrowing/a/index.html',
		page('<main class="lesson astro-aaaaaaaa"></main>', '<style>.card{x:1}.lesson{y:2}</style>')
	);
	write('en/borrowing/b/index.html', page('<main class="lesson astro-aaaaaaaa"></main>'));
	// The place version of lesson b renders one more component: it still shares b's sheet.
	write(
		'en/place/uk/borrowing/b/index.html',
		page('<main class="lesson astro-aaaaaaaa"><nav class="toc astro-bbbbbbbb"></nav></main>')
	);
	// Another place's version of lesson a shows a code frame, whose sheet only it links.
	write(
		'en/place/mx/borrowing/a/index.html',
		page(
			'<main class="lesson astro-aaaaaaaa"><pre class="frame"></pre><link rel="stylesheet" href="/_astro/code.5.css"></main>'
		)
	);
	write('_astro/code.5.css', '.frame{g:7}');
	write(
		'en/index.html',
		page('<div class="hero astro-cccccccc"></div>', '<style>.card{x:1}</style>')
	);
	write('index.html', '<html><head></head><body>no sheet</body></html>');

	it('gives pages that render the same components one sheet, print rules inside it', async () => {
		const report = await purgePages(dist, '/');
		expect(report).toMatchObject({ pages: 5, groups: 2 });
		const sheetOf = (path: string) => {
			const links = [
				...read(path).matchAll(/<link rel="stylesheet" href="\/(_astro\/[^"]+)"[^>]*>/g),
			];
			expect(links, path).toHaveLength(1);
			return links[0]![1]!;
		};
		const lesson = sheetOf('en/borrowing/a/index.html');
		expect(sheetOf('en/borrowing/b/index.html')).toBe(lesson);
		expect(sheetOf('en/place/uk/borrowing/b/index.html')).toBe(lesson);
		expect(sheetOf('en/place/mx/borrowing/a/index.html')).toBe(lesson);
		// Every member's sheets, the code frame's included, in page order.
		expect(read(lesson)).toBe(
			'@media print{.toc{display:none}.lesson{e:5}}.lesson{a:1}.toc{c:3}.frame{g:7}'
		);
		expect(read(sheetOf('en/index.html'))).toBe('.hero{b:2}');
		expect(read('en/borrowing/a/index.html')).not.toContain('media="print"');
	});

	it("purges each page's inline styles and removes one left empty", () => {
		expect(read('en/borrowing/a/index.html')).toContain('<style>.lesson{y:2}</style>');
		expect(read('en/index.html')).not.toContain('<style>');
	});

	it('removes the sheets no page links any more, and keeps what a script loads', () => {
		expect(existsSync(join(dist, '_astro/site.2.css'))).toBe(false);
		expect(existsSync(join(dist, '_astro/print.1.css'))).toBe(false);
		expect(existsSync(join(dist, '_astro/code.5.css'))).toBe(false);
		expect(existsSync(join(dist, '_astro/calc.3.css'))).toBe(true);
		expect(read('index.html')).toBe('<html><head></head><body>no sheet</body></html>');
	});
});

describe('purgePages: what a page may load later', () => {
	const dist = mkdtempSync(join(tmpdir(), 'bw-page-css-later-'));
	afterAll(() => rmSync(dist, { recursive: true, force: true }));
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), text);
	};
	const read = (path: string) => readFileSync(join(dist, path), 'utf8');
	const sheetOf = (path: string) =>
		/<head><link rel="stylesheet" href="\/(_astro\/page\.[^"]+)">/.exec(read(path))?.[1] ?? '';
	const quizLink = '<link rel="stylesheet" href="/_astro/quiz.2.css">';
	const head =
		'<link rel="stylesheet" href="/_astro/site.1.css"><script type="module" src="/_astro/entry.3.js"></script>';
	write('_astro/site.1.css', ':root{--ok:green;--unread:1}.lesson{a:1}.open{b:2}.card{c:3}');
	write('_astro/quiz.2.css', '.quiz{color:var(--ok)}');
	// The page's script opens something later; a script no page loads names `card`.
	write('_astro/entry.3.js', 'import("./open.4.js")');
	write('_astro/open.4.js', 'el.classList.add("open")');
	write('_astro/other.5.js', 'el.classList.add("card")');
	// A lesson: the quiz's styles only for readers without scripts. A check: linked at once.
	write(
		'en/borrowing/a/index.html',
		`<html><head>${head}</head><body><main class="lesson"><noscript>${quizLink}</noscript><div class="quiz"></div></main></body></html>`
	);
	write(
		'en/borrowing/check/index.html',
		`<html><head>${head}</head><body><main class="lesson">${quizLink}<div class="quiz"></div></main></body></html>`
	);

	it('leaves a <noscript> sheet where it is, and folds a sheet linked in the body into the page’s', async () => {
		await purgePages(dist, '/');
		const lesson = sheetOf('en/borrowing/a/index.html');
		const check = sheetOf('en/borrowing/check/index.html');
		expect(lesson).not.toBe(check);
		expect(read('en/borrowing/a/index.html')).toContain(`<noscript>${quizLink}</noscript>`);
		expect(read('en/borrowing/check/index.html')).not.toContain('quiz.2.css');
		expect(read(check)).toContain('.quiz{color:var(--ok)}');
		expect(read(lesson)).not.toContain('.quiz');
		expect(existsSync(join(dist, '_astro/quiz.2.css'))).toBe(true);
	});

	it('keeps what the scripts a page loads could add, and the properties a sheet it loads later reads', () => {
		const lesson = read(sheetOf('en/borrowing/a/index.html'));
		// `open` comes from a script the page's own script imports; `card` only from one no page loads.
		expect(lesson).toBe(':root{--ok:green}.lesson{a:1}.open{b:2}');
	});
});
