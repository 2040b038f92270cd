import type { Page } from '@playwright/test';
import { expect, strings, test } from './support/test';

// "Review what you missed" on the progress page: a question answered wrong in a lesson shows there,
// with its explanation and a link to its section, and leaves the list once retried right.
const lesson = 'borrowing/true-cost-of-a-loan';
const fill = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

async function answer(page: Page, id: string, option: string, t: Record<string, string>) {
	const quiz = page.locator('bw-quiz');
	await quiz.scrollIntoViewIfNeeded();
	await expect(quiz).toHaveAttribute('data-ready', '');
	const q = page.locator(`#q-${id}`);
	await q.locator(`input[value="${option}"]`).check();
	await q.getByRole('button', { name: t['quiz.checkAnswer']! }).click();
	await expect(q).toHaveAttribute('data-result', /right|wrong/);
}

const review = (page: Page) => page.locator('bw-review');

test('with nothing answered, the review says so and loads no questions', async ({
	page,
	watch,
}) => {
	const t = strings('en');
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await page.goto('en/progress/');
	await expect(review(page).getByRole('heading', { name: t['review.heading']! })).toBeVisible();
	await expect(review(page).getByRole('status').first()).toHaveText(t['review.empty']!);
	await expect(review(page).locator('li')).toHaveCount(0);
	expect(fetched.filter((path) => path.endsWith('review.json'))).toEqual([]);
	await watch.expectClean();
});

test('a question missed in a lesson comes back on the progress page, and leaves once retried right', async ({
	page,
	watch,
}) => {
	const t = strings('en');
	await page.goto(`en/${lesson}/`);
	await answer(page, 'flat-fee-apr', 'nine', t);
	await answer(page, 'upfront-fee', 'true', t);
	const prompt = await page.locator('#q-flat-fee-apr legend').textContent();

	await page.goto('en/progress/');
	const items = review(page).locator('li.quiz-question');
	await expect(items).toHaveCount(1);
	await expect(review(page).getByRole('status').first()).toHaveText(
		fill(t['review.count']!, { count: 1 })
	);
	const item = items.first();
	const fieldset = item.getByRole('group', { name: prompt!.trim() });
	await expect(fieldset).toBeVisible();
	// Framed as in the quiz: the page links the quiz's styles.
	await expect(item).toHaveCSS('border-top-style', 'solid');
	// The explanation and a link to the section that teaches it.
	await item.getByText(t['review.explanation']!).click();
	await expect(item.locator('details p')).toContainText('16.2%');
	await expect(item.getByRole('link', { name: t['review.goToLesson']! })).toHaveAttribute(
		'href',
		/\/en\/borrowing\/true-cost-of-a-loan\/#a-fee-on-the-original-amount$/
	);

	// Wrong again: it stays, with the right answer shown and a way to try once more.
	await fieldset.getByRole('radio', { name: /^9%/ }).check();
	await item.getByRole('button', { name: t['quiz.checkAnswer']! }).click();
	await expect(item.getByRole('status')).toContainText(t['quiz.wrong']!);
	await expect(item.getByRole('status')).toContainText(t['quiz.rightAnswer']!);
	await item.getByRole('button', { name: t['review.tryAgain']! }).click();
	const fresh = review(page).locator('li.quiz-question').first();
	await expect(fresh.locator('input').first()).toBeFocused();

	// Right, with the keyboard: it says it leaves the list, and after a reload it is gone.
	await fresh.locator('input[value="about-16"]').focus();
	await page.keyboard.press('Space');
	await expect(fresh.locator('input[value="about-16"]')).toBeChecked();
	await fresh.getByRole('button', { name: t['quiz.checkAnswer']! }).click();
	await expect(fresh.getByRole('status')).toContainText(t['review.cleared']!);
	await expect(review(page).getByRole('status').first()).toHaveText(t['review.empty']!);
	await watch.expectClean();

	await page.reload();
	await expect(review(page).getByRole('status').first()).toHaveText(t['review.empty']!);
	await expect(review(page).locator('li')).toHaveCount(0);
	// The lesson's own answers and score are as they were earned there.
	const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('bw:progress')))!);
	expect(stored.version).toBe(2);
	expect(stored.quizzes[lesson].answers['flat-fee-apr']).toEqual(['nine']);
	expect(stored.quizzes[lesson].results['flat-fee-apr'].right).toBe(true);
});

test('answers saved before results were kept still show what was missed, in Chinese', async ({
	page,
}) => {
	const t = strings('zh-cn');
	await page.addInitScript((quizId) => {
		if (localStorage.getItem('bw:progress')) return;
		const answers = { 'flat-fee-apr': ['nine'], 'daily-rate': ['18.25'] };
		localStorage.setItem(
			'bw:progress',
			JSON.stringify({
				version: 1,
				quizzes: { [quizId]: { answers, correct: 1, total: 6, passed: false, completedAt: null } },
			})
		);
	}, lesson);
	await page.goto('zh-cn/progress/');
	const items = review(page).locator('li.quiz-question');
	await expect(items).toHaveCount(1);
	await expect(items.first()).toHaveAttribute('data-question-id', 'flat-fee-apr');
	await expect(items.first().getByRole('link', { name: t['review.goToLesson']! })).toHaveAttribute(
		'href',
		/\/zh-cn\/borrowing\/true-cost-of-a-loan\/#/
	);
});
