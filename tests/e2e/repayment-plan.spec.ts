// The repayment planner: avalanche and snowball, shared by a link in the fragment.
import { expect, strings, test } from './support/test';
import { expectNoBrokenNumbers, field, output, template } from './support/tools';

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
		await watch.expectClean();
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
		await watch.expectClean();
	});
});
