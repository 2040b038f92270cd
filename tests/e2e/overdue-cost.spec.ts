// The overdue cost calculator.
import { expect, strings, test } from './support/test';
import { expectNoBrokenNumbers, field, output } from './support/tools';

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
		await watch.expectClean();
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
		await watch.expectClean();
	});
});
