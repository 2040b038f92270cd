// The budget planner: kept in this browser only, never in the URL.
import { expect, strings, test } from './support/test';
import { expectNoBrokenNumbers, output } from './support/tools';

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
		await watch.expectClean();
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
		await watch.expectClean();
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
