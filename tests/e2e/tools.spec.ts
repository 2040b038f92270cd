import type { Page } from '@playwright/test';
import { expect, strings, test, type PageWatch } from './support/test';

const output = (page: Page, name: string) => page.locator(`output[name="${name}"]`);
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** A UI string with its {{placeholders}} matching anything. */
const template = (text: string) =>
	new RegExp(text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\\?\{\w+\\?\}\\?\}/g, '.+'));

/** No result on the page may read NaN, Infinity or undefined, whatever was typed. */
async function expectNoBrokenNumbers(page: Page) {
	const text = await page.locator('main').innerText();
	expect(text).not.toMatch(/NaN|Infinity|undefined/);
}

/** The page behaved: nothing blocked, nothing logged, nothing sent elsewhere, axe clean with a result shown. */
async function expectClean(watch: PageWatch) {
	expect(await watch.cspViolations()).toEqual([]);
	expect(watch.consoleErrors).toEqual([]);
	expect(watch.foreignRequests).toEqual([]);
	expect(await watch.axe()).toEqual([]);
}

test.describe('loan cost', () => {
	test('a link with the terms filled in shows the real cost (en)', async ({ page, watch }) => {
		const t = strings('en');
		await page.goto('en/tools/loan-cost/?amount=12000&months=12&method=flat&rate=0.75&per=month');
		await expect(output(page, 'payment')).toHaveText('$1,090.00');
		await expect(output(page, 'received')).toHaveText('$12,000.00');
		await expect(output(page, 'total-cost')).toHaveText('$1,080.00');
		await expect(output(page, 'apr')).toHaveText('16.2%');
		await expect(output(page, 'ear')).toHaveText('17.5%');
		await expect(page.locator('[data-summary]')).toHaveText(
			t['tools.loan.sentence']!.replace('{{apr}}', '16%').replace('{{stated}}', '9%')
		);
		const schedule = page.getByRole('table', { name: t['tools.loan.schedule']! });
		await expect(schedule.locator('tbody tr')).toHaveCount(12);
		// The schedule adds up to the totals.
		await expect(schedule.locator('tfoot td').nth(0)).toHaveText('$12,000.00');
		await expect(schedule.locator('tfoot td').nth(3)).toHaveText('$13,080.00');
		await expect(page.locator('[data-ref="cn"]')).toContainText('16.2%');
		await expectNoBrokenNumbers(page);
		await expectClean(watch);
	});

	test('typing full-width digits in zh-cn works and keeps the URL in step', async ({
		page,
		watch,
	}) => {
		const t = strings('zh-cn');
		await page.goto('zh-cn/tools/loan-cost/');
		await field(page, t['tools.loan.amount']!).fill('１２，０００');
		await field(page, t['tools.loan.method']!).selectOption('equal');
		await field(page, t['tools.loan.rate']!).fill('９');
		await field(page, t['tools.per']!).selectOption('year');
		await expect(output(page, 'payment')).toHaveText('¥1,049.42');
		await expect(output(page, 'apr')).toHaveText('9%');
		await expect(page).toHaveURL(/[?&]amount=12000&months=12&method=equal&rate=9&per=year(&|$)/);
		await field(page, t['tools.loan.upfront']!).fill('１０００');
		await expect(page).toHaveURL(/[?&]upfront=1000(&|$)/);
		await expect(output(page, 'received')).toHaveText('¥11,000.00');
		await expectNoBrokenNumbers(page);
		await expectClean(watch);
	});

	test('a bad value shows the localized reason beside the field and no number anywhere (zh-cn)', async ({
		page,
		watch,
	}) => {
		const t = strings('zh-cn');
		await page.goto('zh-cn/tools/loan-cost/');
		const amount = field(page, t['tools.loan.amount']!);
		await amount.fill('abc');
		await expect(amount).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#loan-amount-msg')).toHaveText(t['tools.error.notNumber']!);
		await expect(amount).toHaveAccessibleDescription(
			new RegExp(t['tools.error.notNumber']!.replace(/[.()]/g, '\\$&'))
		);
		for (const name of ['received', 'payment', 'total-cost', 'apr', 'ear'])
			await expect(output(page, name)).toHaveText('—');
		await expect(page.locator('[data-summary]')).toHaveText(t['tools.fixForm']!);
		await field(page, t['tools.loan.months']!).fill('0');
		await expect(page.locator('#loan-months-msg')).toHaveText(t['tools.error.zero']!);
		await field(page, t['tools.loan.upfront']!).fill('-5');
		await expect(page.locator('#loan-upfront-msg')).toHaveText(t['tools.error.negative']!);
		await expectNoBrokenNumbers(page);
		// Fixing the fields brings the result back and clears the marks.
		await amount.fill('12000');
		await field(page, t['tools.loan.months']!).fill('12');
		await field(page, t['tools.loan.upfront']!).fill('');
		await expect(amount).not.toHaveAttribute('aria-invalid');
		await expect(output(page, 'payment')).toHaveText('¥1,090.00');
		await expectClean(watch);
	});

	test('ambiguous separators and fees above the amount are refused in English', async ({
		page,
	}) => {
		const t = strings('en');
		await page.goto('en/tools/loan-cost/');
		await field(page, t['tools.loan.amount']!).fill('12.000');
		await expect(page.locator('#loan-amount-msg')).toHaveText(t['tools.error.ambiguous']!);
		await field(page, t['tools.loan.amount']!).fill('1000');
		await field(page, t['tools.loan.upfront']!).fill('1000');
		await expect(page.locator('#loan-upfront-msg')).toHaveText(t['tools.loan.upfrontTooBig']!);
		await expect(output(page, 'apr')).toHaveText('—');
		await expectNoBrokenNumbers(page);
	});

	test('the lesson embeds the calculator without touching its own address', async ({
		page,
		watch,
	}) => {
		await page.goto('en/borrowing/true-cost-of-a-loan/');
		// In a lesson the calculator's code loads as the reader scrolls near it.
		await page.locator('bw-loan-cost').scrollIntoViewIfNeeded();
		await expect(output(page, 'payment')).toHaveText('$1,090.00');
		await field(page, strings('en')['tools.loan.months']!).fill('6');
		await expect(output(page, 'payment')).toHaveText('$2,090.00');
		expect(new URL(page.url()).search).toBe('');
		await expectClean(watch);
	});
});

test.describe('overdue cost', () => {
	test('a link shows what is owed, a chart and a day-by-day table (en)', async ({
		page,
		watch,
	}) => {
		const t = strings('en');
		await page.goto(
			'en/tools/overdue-cost/?amount=1000&penalty=0.05&per=day&lateFee=50&days=30&currency=GBP'
		);
		await expect(output(page, 'total')).toHaveText('£1,065.00');
		await expect(output(page, 'charges')).toHaveText('£65.00');
		await expect(page.locator('svg.tool-chart polyline')).toHaveCount(2);
		const table = page.getByRole('table', { name: t['tools.overdue.chart']! });
		await expect(table.locator('tbody tr')).toHaveCount(17);
		await expect(table.locator('tbody tr').last()).toContainText('£1,065.00');
		await expectNoBrokenNumbers(page);
		await expectClean(watch);
	});

	test('typing in zh-cn updates the result and the URL', async ({ page, watch }) => {
		const t = strings('zh-cn');
		await page.goto('zh-cn/tools/overdue-cost/');
		await field(page, t['tools.overdue.amount']!).fill('２０００');
		await field(page, t['tools.overdue.penalty']!).fill('０．１％');
		await field(page, t['tools.overdue.lateFee']!).fill('');
		await field(page, t['tools.overdue.days']!).fill('10');
		await expect(output(page, 'total')).toHaveText('¥2,020.00');
		await expect(page).toHaveURL(/[?&]amount=2000&penalty=0.1&per=day&days=10&currency=CNY$/);
		await field(page, t['tools.overdue.days']!).fill('1.5');
		await expect(page.locator('#overdue-days-msg')).toHaveText(t['tools.error.notWhole']!);
		await expect(output(page, 'total')).toHaveText('—');
		await expectNoBrokenNumbers(page);
		await field(page, t['tools.overdue.days']!).fill('10');
		await expectClean(watch);
	});
});

test.describe('hostile links', () => {
	const payloads = [
		'<script>window.__pwned=1</script>',
		'"><img src=x onerror="window.__pwned=1">',
		'javascript:window.__pwned=1',
		'x'.repeat(4000),
	];

	for (const [i, payload] of payloads.entries()) {
		test(`payload ${i + 1} in every parameter and the fragment runs nothing; the tools still work`, async ({
			page,
			watch,
		}) => {
			let dialogs = 0;
			page.on('dialog', (d) => {
				dialogs++;
				void d.dismiss();
			});
			// The long payload goes whole into one parameter and the fragment; a server caps a request line near 16 KB.
			const v = encodeURIComponent(payload.slice(0, 500));
			const whole = encodeURIComponent(payload);
			await page.goto(
				`en/tools/loan-cost/?amount=${whole}&months=${v}&method=${v}&rate=${v}&per=${v}&upfront=${v}&monthlyFee=${v}&currency=${v}#${whole}`
			);
			await expect(output(page, 'payment')).toHaveText('—');
			await expect(page.locator('#loan-amount-msg')).not.toBeEmpty();
			await field(page, strings('en')['tools.loan.amount']!).fill('12000');
			await field(page, strings('en')['tools.loan.months']!).fill('12');
			await field(page, strings('en')['tools.loan.rate']!).fill('0.75');
			await field(page, strings('en')['tools.loan.upfront']!).fill('');
			await field(page, strings('en')['tools.loan.monthlyFee']!).fill('');
			await expect(output(page, 'payment')).not.toHaveText('—');
			await page.goto(`en/tools/overdue-cost/?amount=${v}&penalty=${v}&days=${v}`);
			await expect(output(page, 'total')).toHaveText('—');
			await page.goto(`en/tools/repayment-plan/#plan=${whole}`);
			await expect(output(page, 'avalanche-months')).not.toHaveText('—');
			await page.goto(
				`en/tools/repayment-plan/#plan=${encodeURIComponent(JSON.stringify({ v: 1, a: payload, d: [[payload, payload, '1', '1']] }))}`
			);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectNoBrokenNumbers(page);
			expect(
				await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
			).toBeUndefined();
			expect(await page.locator('main img, main [onerror]').count()).toBe(0);
			expect(dialogs).toBe(0);
			expect(watch.consoleErrors).toEqual([]);
			expect(await watch.cspViolations()).toEqual([]);
		});
	}
});

test.describe('budget planner', () => {
	test('a budget survives a reload, never reaches the URL, and "erase" clears it (en)', async ({
		page,
		watch,
	}) => {
		const t = strings('en');
		await page.goto('en/tools/budget/');
		await page
			.getByRole('textbox', { name: `${t['tools.budget.row.wages']}: ${t['tools.budget.amount']}` })
			.fill('2,000');
		await page
			.getByRole('textbox', { name: `${t['tools.budget.row.rent']}: ${t['tools.budget.amount']}` })
			.fill('800');
		await page
			.getByRole('textbox', { name: `${t['tools.budget.row.loan']}: ${t['tools.budget.amount']}` })
			.fill('150');
		// A new row in flexible spending, named and filled.
		const flexible = page.getByRole('group', { name: t['tools.budget.flexible']! });
		await flexible.getByRole('button', { name: t['tools.budget.add']! }).click();
		const name = flexible
			.getByRole('textbox', { name: t['tools.budget.item']!, exact: true })
			.last();
		await expect(name).toBeFocused();
		await name.fill('Gym');
		await flexible.getByRole('textbox', { name: `Gym: ${t['tools.budget.amount']}` }).fill('50');
		await expect(output(page, 'income')).toHaveText('$2,000.00');
		await expect(output(page, 'spending')).toHaveText('$1,000.00');
		await expect(output(page, 'surplus')).toHaveText('$1,000.00');
		await expect(output(page, 'for-debts')).toHaveText('$1,150.00');
		await expect(page.getByRole('table', { name: t['tools.budget.summary']! })).toContainText(
			'Gym'
		);
		expect(await watch.axe()).toEqual([]);
		expect(watch.storageWrites).toContain('local:bw:budget');
		expect(page.url()).not.toMatch(/2000|Gym|\?|#/);

		await page.reload();
		await expect(output(page, 'surplus')).toHaveText('$1,000.00');
		await expect(
			flexible.getByRole('textbox', { name: `Gym: ${t['tools.budget.amount']}` })
		).toHaveValue('50');

		// Removing a row takes it out of the totals.
		await flexible.getByRole('button', { name: `${t['tools.budget.remove']}: Gym` }).click();
		await expect(output(page, 'spending')).toHaveText('$950.00');

		await page.getByRole('button', { name: t['tools.budget.erase']! }).click();
		await expect(page.locator('[data-status]')).toHaveText(t['tools.budget.erased']!);
		await expect(output(page, 'income')).toHaveText('$0.00');
		expect(await page.evaluate(() => localStorage.getItem('bw:budget'))).toBeNull();
		await page.reload();
		await expect(output(page, 'income')).toHaveText('$0.00');
		await expectClean(watch);
	});

	test('a shortfall and full-width amounts in zh-cn; a bad amount is marked', async ({
		page,
		watch,
	}) => {
		const t = strings('zh-cn');
		await page.goto('zh-cn/tools/budget/');
		await page
			.getByRole('textbox', { name: `${t['tools.budget.row.wages']}: ${t['tools.budget.amount']}` })
			.fill('３０００');
		await page
			.getByRole('textbox', { name: `${t['tools.budget.row.rent']}: ${t['tools.budget.amount']}` })
			.fill('２５００');
		await page
			.getByRole('textbox', {
				name: `${t['tools.budget.row.arrears']}: ${t['tools.budget.amount']}`,
			})
			.fill('６００');
		await expect(output(page, 'surplus')).toHaveText('-¥100.00');
		await expect(page.locator('[data-summary]')).toContainText(
			t['tools.budget.sentenceShortfall']!.replace('{{amount}}', '¥100.00')
		);
		await expect(page.locator('[data-advice]')).toHaveText(t['tools.budget.priorityShort']!);
		const food = page.getByRole('textbox', {
			name: `${t['tools.budget.row.food']}: ${t['tools.budget.amount']}`,
		});
		await food.fill('很多');
		await expect(food).toHaveAttribute('aria-invalid', 'true');
		await expect(food).toHaveAccessibleDescription(t['tools.error.notNumber']!);
		await expect(output(page, 'surplus')).toHaveText('—');
		await expectNoBrokenNumbers(page);
		await food.fill('');
		await expectClean(watch);
	});

	test('a tampered stored budget is ignored', async ({ page, context, watch }) => {
		await context.addInitScript(() =>
			localStorage.setItem(
				'bw:budget',
				'{"v":1,"currency":"<script>","groups":{"income":[["<img src=x onerror=alert(1)>",{}]]}}'
			)
		);
		await page.goto('en/tools/budget/');
		await expect(output(page, 'income')).toHaveText('$0.00');
		expect(watch.consoleErrors).toEqual([]);
	});
});

test.describe('repayment planner', () => {
	test('avalanche and snowball side by side, an impossible plan explained, and an opt-in link in the fragment (en)', async ({
		page,
		context,
		watch,
	}) => {
		const t = strings('en');
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('en/tools/repayment-plan/');
		await expect(output(page, 'avalanche-months')).toHaveText('13');
		await expect(output(page, 'avalanche-interest')).toHaveText('$966.92');
		await expect(output(page, 'snowball-interest')).toHaveText('$1,088.37');
		await expect(page.locator('svg.tool-chart polyline')).toHaveCount(2);
		expect(await watch.axe()).toEqual([]);

		const amount = field(page, t['tools.repay.amount']!);
		await amount.fill('100');
		await expect(page.locator('[data-summary]')).toHaveText(
			t['tools.repay.belowMinimums']!.replace('{{amount}}', '$100.00')
				.replace('{{minimums}}', '$190.00')
				.replace('{{short}}', '$90.00')
		);
		await expect(output(page, 'avalanche-months')).toHaveText('—');
		await amount.fill('190');
		const debt1 = page.getByRole('group', { name: t['tools.repay.debt']!.replace('{{n}}', '1') });
		await debt1.getByLabel(t['tools.repay.rate']!).fill('100');
		await expect(page.locator('[data-summary]')).toHaveText(
			template(t['tools.repay.neverPaysOff']!)
		);
		await expectNoBrokenNumbers(page);
		await amount.fill('600');
		await debt1.getByLabel(t['tools.repay.rate']!).fill('36');

		// A third debt, then share: the plan goes into the fragment, never the query.
		await page.getByRole('button', { name: t['tools.repay.add']! }).click();
		const debt3 = page.getByRole('group', { name: t['tools.repay.debt']!.replace('{{n}}', '3') });
		await debt3.getByLabel(t['tools.repay.name']!).fill('Friend');
		await debt3.getByLabel(t['tools.repay.balance']!).fill('300');
		await debt3.getByLabel(t['tools.repay.rate']!).fill('0');
		await debt3.getByLabel(t['tools.repay.minimum']!).fill('0');
		await expect(page.getByRole('table', { name: t['tools.repay.compare']! })).toContainText(
			'Friend'
		);
		expect(new URL(page.url()).hash).toBe('');
		await page.getByRole('button', { name: t['tools.repay.copy']! }).click();
		await expect(page.locator('[data-status]')).toHaveText(
			new RegExp(
				`${t['tools.repay.copied']}|${t['tools.repay.copyFallback']}`.replace(/[.]/g, '\\.')
			)
		);
		const shared = new URL(page.url());
		expect(shared.search).toBe('');
		expect(shared.hash).toMatch(/^#plan=/);
		const months = await output(page, 'avalanche-months').textContent();

		// Opening the link in a fresh page shows the same plan.
		const other = await context.newPage();
		await other.goto(shared.href);
		await expect(
			other
				.getByRole('group', { name: t['tools.repay.debt']!.replace('{{n}}', '3') })
				.getByLabel(t['tools.repay.name']!)
		).toHaveValue('Friend');
		await expect(other.locator('output[name="avalanche-months"]')).toHaveText(months!);
		await other.close();
		await expectClean(watch);
	});

	test('typing in zh-cn with full-width digits; removing a debt renumbers the rest', async ({
		page,
		watch,
	}) => {
		const t = strings('zh-cn');
		await page.goto('zh-cn/tools/repayment-plan/');
		await field(page, t['tools.repay.amount']!).fill('１，０００');
		await expect(page.locator('[data-summary]')).toHaveText(template(t['tools.repay.sentence']!));
		const first = page.getByRole('group', { name: t['tools.repay.debt']!.replace('{{n}}', '1') });
		await first.getByRole('button', { name: t['tools.repay.remove']! }).click();
		await expect(
			page.getByRole('group', { name: t['tools.repay.debt']!.replace('{{n}}', '2') })
		).toHaveCount(0);
		await expect(
			page
				.getByRole('group', { name: t['tools.repay.debt']!.replace('{{n}}', '1') })
				.getByLabel(t['tools.repay.name']!)
		).toHaveValue(t['tools.budget.row.card']!);
		await expect(output(page, 'avalanche-months')).toHaveText('2');
		await expectClean(watch);
	});
});

test('every tool fits a 360 px screen without sideways scrolling of the page', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	for (const tool of ['loan-cost', 'overdue-cost', 'budget', 'repayment-plan']) {
		await page.goto(`zh-tw/tools/${tool}/`);
		await expect(page.locator('.tool-summary')).not.toHaveText('—');
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			tool
		).toBeLessThanOrEqual(360);
	}
	// A lesson that embeds a calculator fits too, before the calculator's own code and styles arrive.
	for (const lesson of [
		'borrowing/true-cost-of-a-loan',
		'overdue/first-days-overdue',
		'budgeting/build-a-budget',
		'budgeting/prioritise-debts',
	]) {
		await page.goto(`en/${lesson}/`);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			lesson
		).toBeLessThanOrEqual(360);
	}
});

test('the tools hub links to every tool in Spanish', async ({ page }) => {
	await page.goto('es/tools/');
	for (const tool of [
		'loan-cost',
		'overdue-cost',
		'budget',
		'repayment-plan',
		'collection-check',
		'contact-log',
		'letters',
		'scam-check',
	]) {
		await expect(page.locator(`.sl-markdown-content a[href$="/es/tools/${tool}/"]`)).toHaveCount(1);
	}
	await page.locator('.sl-markdown-content a[href$="/es/tools/loan-cost/"]').click();
	await expect(page.locator('output[name="payment"]')).toHaveText(/MXN\s?1,090\.00/);
});

test.describe('lessons that teach a tool embed it', () => {
	for (const [lesson, tag] of [
		['borrowing/true-cost-of-a-loan', 'bw-loan-cost'],
		['overdue/first-days-overdue', 'bw-overdue-cost'],
		['budgeting/build-a-budget', 'bw-budget-planner'],
		['budgeting/prioritise-debts', 'bw-repayment-plan'],
	] as const) {
		for (const locale of ['en', 'zh-cn'] as const) {
			test(`${locale}/${lesson} embeds ${tag}, whose code and styles load as the reader nears it`, async ({
				page,
				watch,
			}) => {
				await page.goto(`${locale}/${lesson}/`);
				const tool = page.locator(tag);
				await expect(tool).toHaveCount(1);
				expect(
					await page.evaluate((t) => !!customElements.get(t), tag),
					'not loaded before the reader gets near'
				).toBe(false);
				// Its words are not in the lesson's HTML either: they come from the locale's strings file.
				await expect(tool).not.toHaveAttribute('data-strings');
				await tool.scrollIntoViewIfNeeded();
				await expect.poll(() => page.evaluate((t) => !!customElements.get(t), tag)).toBe(true);
				expect(JSON.parse((await tool.getAttribute('data-strings')) ?? '{}')['tools.fixForm']).toBe(
					strings(locale)['tools.fixForm']
				);
				// The tool's styles arrived with it: its fieldsets get their border.
				await expect(tool.locator('fieldset').first()).toHaveCSS('border-top-style', 'solid');
				await expectClean(watch);
			});
		}
	}
});
