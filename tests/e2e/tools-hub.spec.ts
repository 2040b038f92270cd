// What the four calculators share: hostile links, small screens, the tools hub, lessons that embed them.
import { expect, strings, test } from './support/test';
import { expectNoBrokenNumbers, field, output } from './support/tools';

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
				await watch.expectClean();
			});
		}
	}
});
