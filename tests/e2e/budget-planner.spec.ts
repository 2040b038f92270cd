// The budget planner: kept in this browser only, never in the URL.
import type { Page } from '@playwright/test';
import { expect, strings, test } from './support/test';
import { expectNoBrokenNumbers, output } from './support/tools';

/** The amount field of the row labelled `label`. */
const amount = (page: Page, label: string) =>
	page.getByRole('textbox', { name: `${label}: ${strings('en')['tools.budget.amount']}` });

/** The stored budget's groups. */
const storedGroups = async (page: Page) =>
	JSON.parse((await page.evaluate(() => localStorage.getItem('bw:budget'))) ?? 'null')?.groups;

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
		// Left as it is, and the reader is told why nothing they type is kept.
		await expect(page.locator('[data-status]')).toHaveText(strings('en')['tools.budget.damaged']!);
		expect(watch.consoleErrors).toEqual([]);
	});

	test('a stale tab keeps what another tab saved, and typing is not lost to it (two tabs)', async ({
		page,
		context,
		watch,
	}) => {
		const t = strings('en');
		const wages = t['tools.budget.row.wages']!;
		const rent = t['tools.budget.row.rent']!;
		const food = t['tools.budget.row.food']!;
		await page.goto('en/tools/budget/');
		const second = await context.newPage();
		await second.goto('en/tools/budget/');
		// Tab 2 names and fills the income row.
		await second
			.getByRole('group', { name: t['tools.budget.income']! })
			.getByRole('textbox', { name: t['tools.budget.item']!, exact: true })
			.fill('Salary (typed in tab 2)');
		await amount(second, 'Salary (typed in tab 2)').fill('2500');
		// Tab 1, opened before, types one digit.
		await amount(page, rent).pressSequentially('8');
		await expect(output(page, 'income')).toHaveText('$2,500.00');
		const groups = await storedGroups(page);
		expect(groups.income).toEqual([['Salary (typed in tab 2)', '2500']]);
		expect(groups.essentials[0]).toEqual([rent, '8']);
		await expect(output(second, 'spending')).toHaveText('$8.00');

		// A change from the other tab does not overwrite the field the reader is typing in.
		await amount(page, rent).pressSequentially('0');
		await expect(amount(page, rent)).toBeFocused();
		await amount(second, rent).fill('950');
		await amount(second, food).fill('200');
		await expect(amount(page, food)).toHaveValue('200');
		await expect(amount(page, rent)).toHaveValue('80');
		await expect(amount(page, rent)).toBeFocused();
		await expect(amount(page, wages)).toHaveCount(0);
		await second.close();
		await watch.expectClean();
	});

	test('"erase" offers Undo for a few seconds', async ({ page, watch }) => {
		const t = strings('en');
		await page.clock.install();
		await page.goto('en/tools/budget/');
		await amount(page, t['tools.budget.row.wages']!).fill('1800');
		const erase = page.getByRole('button', { name: t['tools.budget.erase']! });
		const undo = page.getByRole('button', { name: t['tools.budget.undo']! });
		await expect(undo).toBeHidden();
		await erase.click();
		await expect(page.locator('[data-status]')).toHaveText(t['tools.budget.erased']!);
		expect(await storedGroups(page)).toBeUndefined();
		await expect(output(page, 'income')).toHaveText('$0.00');
		await undo.click();
		await expect(page.locator('[data-status]')).toHaveText(t['tools.budget.restored']!);
		await expect(output(page, 'income')).toHaveText('$1,800.00');
		expect((await storedGroups(page)).income[0][1]).toBe('1800');
		await expect(undo).toBeHidden();
		await expect(erase).toBeFocused();

		// Unused, the offer goes after a few seconds and the erase stays.
		await erase.click();
		await expect(undo).toBeVisible();
		await page.clock.runFor(15_000);
		await expect(undo).toBeHidden();
		await page.reload();
		await expect(output(page, 'income')).toHaveText('$0.00');
		await watch.expectClean();
	});

	test('a budget saved by a newer version is left alone, and the page says so', async ({
		page,
		context,
	}) => {
		const t = strings('en');
		const newer = '{"v":2,"currency":"USD","budgets":[{"income":[["Wages","3000"]]}]}';
		await context.addInitScript(
			(value) => localStorage.getItem('bw:budget') ?? localStorage.setItem('bw:budget', value),
			newer
		);
		await page.goto('en/tools/budget/');
		await expect(page.locator('[data-status]')).toHaveText(t['tools.budget.newer']!);
		await amount(page, t['tools.budget.row.wages']!).fill('1800');
		await expect(output(page, 'income')).toHaveText('$1,800.00');
		await expect(page.locator('[data-status]')).toHaveText(t['tools.budget.newer']!);
		expect(await page.evaluate(() => localStorage.getItem('bw:budget'))).toBe(newer);
	});

	for (const [what, key, script] of [
		[
			'full',
			'tools.budget.full',
			() => {
				Storage.prototype.setItem = () => {
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				};
			},
		],
		[
			'blocked',
			'tools.budget.blocked',
			() =>
				Object.defineProperty(window, 'localStorage', {
					get() {
						throw new DOMException('Access is denied.', 'SecurityError');
					},
				}),
		],
	] as const) {
		test(`a budget that cannot be saved (storage ${what}) says so beside the form`, async ({
			page,
		}) => {
			const t = strings('en');
			await page.addInitScript(script);
			await page.goto('en/tools/budget/');
			await expect(page.locator('[data-status]')).toHaveText('');
			await amount(page, t['tools.budget.row.wages']!).fill('1800');
			// The budget still works for this visit.
			await expect(output(page, 'income')).toHaveText('$1,800.00');
			await expect(page.locator('[data-status]')).toHaveText(t[key]!);
		});
	}
});
