import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import type { Locale } from '../../src/locales';
import { chooseLanguage, expect, strings, test } from './test';

const lesson = 'borrowing/true-cost-of-a-loan';

// The quiz of the lesson above, by stable ids (the same in every locale): what a right and a wrong answer look like.
const right = {
	'flat-fee-apr': ['about-16'],
	'daily-rate': '18.25',
	'upfront-fee': ['true'],
	'apr-counts': ['interest', 'monthly-fee', 'kept-back'],
	'two-offers': ['compare-apr'],
	'before-you-borrow': { order: ['write-down', 'upfront', 'find-apr', 'compare'] },
} as const;
const wrong = {
	'flat-fee-apr': ['nine'],
	'daily-rate': '9',
	'upfront-fee': ['false'],
	'apr-counts': ['interest', 'savings'],
	'two-offers': ['take-a'],
	// The steps start mixed up (never in the right order), so checking them at once is wrong.
	'before-you-borrow': { order: [] },
} as const;
type Answers = typeof right | typeof wrong;
const total = Object.keys(right).length;

function fill(template: string, values: Record<string, string | number>) {
	return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}

function question(page: Page, id: string) {
	return page.locator(`#q-${id}`);
}

/** Puts the steps of an ordering question in order with the keyboard only: focus stays on the pressed button. */
async function orderWithKeyboard(page: Page, q: Locator, order: readonly string[]) {
	for (const [target, step] of order.entries()) {
		const current = async () => (await q.locator('.quiz-steps li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['step']))).indexOf(step);
		let at = await current();
		if (at === target) continue;
		await q.locator(`li[data-step="${step}"] button[data-move="-1"]`).focus();
		while (at > target) {
			await page.keyboard.press(at % 2 ? 'Enter' : 'Space');
			at--;
			expect(await current()).toBe(at);
		}
		await expect(q.locator('.quiz-moved')).not.toBeEmpty();
	}
}

async function answerAll(page: Page, answers: Answers, t: Record<string, string>) {
	for (const [id, answer] of Object.entries(answers)) {
		const q = question(page, id);
		if (typeof answer === 'string') await q.getByRole('textbox', { name: t['quiz.yourAnswer']! }).fill(answer);
		else if ('order' in answer) await orderWithKeyboard(page, q, answer.order);
		else for (const option of answer) await q.locator(`input[value="${option}"]`).check();
		await q.getByRole('button', { name: t['quiz.checkAnswer']! }).click();
		await expect(q.locator('.quiz-feedback')).toContainText(answers === right ? t['quiz.right']! : t['quiz.wrong']!);
		// An answered question locks.
		await expect(q.locator('fieldset :is(input, button)').first()).toBeDisabled();
	}
}

for (const locale of ['zh-cn', 'en'] as const satisfies Locale[]) {
	test(`in ${locale}, a wrong try shows the right answers, and after trying again a right one passes and is kept`, async ({ page, watch }) => {
		const t = strings(locale);
		await page.goto(`${locale}/${lesson}/`);
		await expect(page.locator('bw-quiz')).toHaveAttribute('data-pagefind-ignore', 'all');

		await answerAll(page, wrong, t);
		const flat = question(page, 'flat-fee-apr');
		await expect(flat.locator('.quiz-feedback')).toContainText(t['quiz.rightAnswer']!);
		// The explanation links to a heading that exists on this page.
		const href = await flat.locator('.quiz-feedback a').getAttribute('href');
		expect(href).toMatch(/^#/);
		await expect(page.locator(`[id="${decodeURIComponent(href!.slice(1))}"]`)).toHaveCount(1);
		await expect(page.locator('.quiz-summary')).toHaveText(`${fill(t['quiz.score']!, { correct: 0, total })} ${fill(t['quiz.notPassed']!, { needed: 5 })}`);
		expect(await watch.axe()).toEqual([]);

		await page.getByRole('button', { name: t['quiz.tryAgain']! }).click();
		await expect(page.locator('.quiz-summary')).toBeEmpty();
		await expect(flat.locator('input').first()).toBeEnabled();
		await expect(flat.locator('input:checked')).toHaveCount(0);

		await answerAll(page, right, t);
		await expect(page.locator('.quiz-summary')).toHaveText(`${fill(t['quiz.score']!, { correct: total, total })} ${t['quiz.passed']!}`);
		const sidebarLink = page.locator(`#starlight__sidebar a[href$="/${locale}/${lesson}/"]`);
		await expect(sidebarLink).toContainText(t['progress.completed']!);
		expect(await watch.axe()).toEqual([]);

		// Reload: every question shows as answered, with the same answers.
		await page.reload();
		await expect(page.locator('.quiz-question[data-result="right"]')).toHaveCount(total);
		await expect(flat.locator('input[value="about-16"]')).toBeChecked();
		await expect(question(page, 'daily-rate').getByRole('textbox')).toHaveValue('18.25');
		await expect(page.locator('.quiz-summary')).toContainText(t['quiz.passed']!);

		// Switch language: the same progress, in the other language.
		const other: Locale = locale === 'en' ? 'es' : 'zh-tw';
		const o = strings(other);
		await chooseLanguage(page, other);
		await expect(page).toHaveURL(new RegExp(`/${other}/${lesson}/$`));
		await expect(page.locator('.quiz-question[data-result="right"]')).toHaveCount(total);
		await expect(question(page, 'apr-counts').locator('input:checked')).toHaveCount(3);
		await expect(page.locator(`#starlight__sidebar a[href$="/${other}/${lesson}/"]`)).toContainText(o['progress.completed']!);
		await page.goto(`${other}/borrowing/`);
		await expect(page.locator(`.module-lessons a[href$="/${other}/${lesson}/"]`)).toContainText(o['progress.completed']!);
		expect(watch.consoleErrors).toEqual([]);
	});
}

test('a lesson not yet passed has no check mark', async ({ page }) => {
	await page.goto(`es/${lesson}/`);
	await expect(page.locator('bw-quiz .quiz-submit').first()).toBeVisible();
	await expect(page.locator('.progress-mark')).toHaveCount(0);
});

test('the ordering question can be done with the keyboard alone, each move announced', async ({ page, watch }) => {
	const t = strings('en');
	await page.goto(`en/${lesson}/`);
	const q = question(page, 'before-you-borrow');
	const first = q.locator('li').first();
	const step = (await first.locator('.quiz-step-text').textContent())!;
	// Tab from the step before into the first step's buttons: up is disabled at the top, so Tab lands on down.
	await q.locator('legend').click();
	await page.keyboard.press('Tab');
	await expect(first.getByRole('button', { name: fill(t['quiz.moveDown']!, { step }) })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(q.locator('li').nth(1)).toContainText(step);
	await expect(q.locator('.quiz-moved')).toHaveText(fill(t['quiz.moved']!, { step, position: 2, total: 4 }));
	await orderWithKeyboard(page, q, right['before-you-borrow'].order);
	await q.getByRole('button', { name: t['quiz.checkAnswer']! }).focus();
	await page.keyboard.press('Enter');
	await expect(q.locator('.quiz-feedback')).toContainText(t['quiz.right']!);
	expect(await watch.axe()).toEqual([]);
});

test('a number is read as typed, and a non-number asks again without locking', async ({ page }) => {
	const t = strings('es');
	await page.goto(`es/${lesson}/#q-daily-rate`);
	const q = question(page, 'daily-rate');
	const input = q.getByRole('textbox', { name: t['quiz.yourAnswer']! });
	await input.fill('mucho');
	await input.press('Enter');
	await expect(q.locator('.quiz-feedback')).toHaveText(t['quiz.needNumber']!);
	await expect(input).toBeEnabled();
	await input.fill('18,3 %');
	await input.press('Enter');
	await expect(q.locator('.quiz-feedback')).toContainText(t['quiz.right']!);
});

test('the module check draws its questions from the lessons and links back to them', async ({ page, watch }) => {
	const t = strings('zh-tw');
	await page.goto('zh-tw/borrowing/check/');
	await expect(page.locator('.quiz-question')).toHaveCount(total);
	await expect(question(page, 'daily-rate').locator('.quiz-answer a')).toHaveAttribute('href', new RegExp(`/zh-tw/${lesson}/#`));
	await answerAll(page, right, t);
	await expect(page.locator('#starlight__sidebar a[href$="/zh-tw/borrowing/check/"]')).toContainText(t['progress.completed']!);
	// The check is its own quiz: the lesson is not marked by it.
	await expect(page.locator(`#starlight__sidebar a[href$="/zh-tw/${lesson}/"] .progress-mark`)).toHaveCount(0);
	expect(await watch.axe()).toEqual([]);
});

test('corrupted progress in storage does not break the quiz', async ({ page, watch }) => {
	await page.addInitScript(() => localStorage.setItem('bw:progress', '{"version":1,"quizzes":{"borrowing/true-cost-of-a-loan":{"answers":"x'));
	await page.goto(`en/${lesson}/`);
	await expect(page.locator('.quiz-question[data-result]')).toHaveCount(0);
	await expect(page.locator('.quiz-submit').first()).toBeVisible();
	expect(watch.consoleErrors).toEqual([]);
});

// 360 px is a small phone; 640 px is a 1280 px window at 200% zoom.
for (const width of [360, 640]) {
	test(`fits a ${width} px wide viewport without sideways scrolling`, async ({ page }) => {
		await page.setViewportSize({ width, height: 740 });
		await page.goto(`zh-cn/${lesson}/#q-before-you-borrow`);
		await expect(question(page, 'before-you-borrow').locator('button[data-move]').first()).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
	});
}

test('respects prefers-reduced-motion', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`en/${lesson}/`);
	const step = question(page, 'before-you-borrow').locator('li').first();
	await expect(step).toHaveCSS('transition-duration', '0s');
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await expect(step).not.toHaveCSS('transition-duration', '0s');
});

test('without JavaScript, the questions are real form controls and each answer is in a <details>', async ({ browser }) => {
	const t = strings('en');
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`en/${lesson}/`);
	const q = question(page, 'flat-fee-apr');
	await expect(q.locator('fieldset legend')).toBeVisible();
	await expect(q.getByRole('radio')).toHaveCount(4);
	await expect(question(page, 'apr-counts').getByRole('checkbox')).toHaveCount(4);
	await expect(question(page, 'daily-rate').getByRole('textbox', { name: t['quiz.yourAnswer']! })).toBeEditable();
	// No button that would do nothing.
	await expect(page.locator('.quiz-submit').first()).toBeHidden();
	const details = q.locator('details');
	await details.locator('summary', { hasText: t['quiz.showAnswer']! }).click();
	await expect(details).toContainText(t['quiz.rightAnswer']!);
	await expect(details.getByRole('link')).toHaveAttribute('href', '#a-fee-on-the-original-amount');
	// The steps are not shown in their right order.
	const steps = await question(page, 'before-you-borrow').locator('.quiz-steps li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['step']));
	expect(steps).not.toEqual(right['before-you-borrow'].order);
	await context.close();
});

test('search does not index quiz answers or feedback', async ({ page }) => {
	const t = strings('en');
	await page.goto('en/');
	await page.getByRole('button', { name: 'Search' }).click();
	// "savings" appears only in a quiz option and its feedback.
	await page.getByRole('textbox', { name: 'Search' }).fill('savings');
	await expect(page.getByText(t['pagefind.zero_results']!.replace('[SEARCH_TERM]', 'savings'))).toBeVisible();
});

test('the quiz and its check marks load at most 6 KB of gzipped JavaScript', () => {
	const dist = new URL('../../dist/', import.meta.url);
	const html = readFileSync(new URL(`en/${lesson}/index.html`, dist), 'utf8');
	const entries = [...html.matchAll(/src="[^"]*\/_astro\/((?:Quiz|Sidebar)\.astro[^"]+\.js)"/g)].map(([, file]) => file!);
	expect(entries).toHaveLength(2);
	// Follow static imports between chunks, counting each file once.
	const files = new Set<string>();
	const visit = (file: string) => {
		if (files.has(file)) return;
		files.add(file);
		const code = readFileSync(new URL(`_astro/${file}`, dist), 'utf8');
		for (const [, next] of code.matchAll(/from\s*"\.\/([^"]+\.js)"/g)) visit(next!);
	};
	entries.forEach(visit);
	expect(files.size, 'the shared progress chunk is counted').toBeGreaterThan(entries.length);
	const gzipped = [...files].reduce((sum, file) => sum + gzipSync(readFileSync(new URL(`_astro/${file}`, dist))).length, 0);
	expect(gzipped).toBeLessThanOrEqual(6 * 1024);
});

test('every locale asks the same questions with the same ids and the same right answers', () => {
	const keysOf = (locale: Locale, page: string) => {
		const html = readFileSync(new URL(`../../dist/${locale}/${page}/index.html`, import.meta.url), 'utf8');
		const attribute = /<bw-quiz[^>]*\sdata-keys="([^"]*)"/.exec(html)?.[1];
		expect(attribute, `${locale}/${page} has a quiz`).toBeDefined();
		return JSON.parse(attribute!.replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
	};
	for (const page of [lesson, 'borrowing/check']) {
		const en = keysOf('en', page);
		expect(en).toHaveLength(total);
		for (const locale of ['zh-cn', 'zh-tw', 'es'] as const) expect(keysOf(locale, page), `${locale}/${page}`).toEqual(en);
	}
});

test('a saved answer that no longer fits the quiz is asked again, the rest are kept', async ({ page }) => {
	await page.addInitScript((quizId) => {
		const answers = { 'flat-fee-apr': ['removed-option'], 'upfront-fee': ['true'], 'before-you-borrow': ['write-down', 'compare'] };
		localStorage.setItem('bw:progress', JSON.stringify({ version: 1, quizzes: { [quizId]: { answers, correct: 1, total: 6, passed: false, completedAt: null } } }));
	}, lesson);
	await page.goto(`en/${lesson}/`);
	await expect(page.locator('.quiz-question[data-result]')).toHaveCount(1);
	await expect(question(page, 'upfront-fee')).toHaveAttribute('data-result', 'right');
	await expect(question(page, 'flat-fee-apr').locator('input').first()).toBeEnabled();
	await expect(question(page, 'before-you-borrow').locator('button[data-move]:not([disabled])').first()).toBeVisible();
});
