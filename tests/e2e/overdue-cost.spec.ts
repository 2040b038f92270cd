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

	test('typing in zh-cn updates the result but not the address; "copy a link" reopens it', async ({
		page,
		context,
		watch,
	}) => {
		const t = strings('zh-cn');
		await page.goto('zh-cn/tools/overdue-cost/');
		await field(page, t['tools.overdue.amount']!).fill('２０００');
		await field(page, t['tools.overdue.penalty']!).fill('０．１％');
		await field(page, t['tools.overdue.lateFee']!).fill('');
		await field(page, t['tools.overdue.days']!).fill('10');
		await expect(output(page, 'total')).toHaveText('¥2,020.00');
		// What the reader types reaches no address (nor a server, the history or history sync) by itself.
		expect(await page.evaluate(() => location.search + location.hash)).toBe('');
		await field(page, t['tools.overdue.days']!).fill('1.5');
		await expect(page.locator('#overdue-days-msg')).toHaveText(t['tools.error.notWhole']!);
		await expect(output(page, 'total')).toHaveText('—');
		await expectNoBrokenNumbers(page);
		await field(page, t['tools.overdue.days']!).fill('10');

		await page.getByRole('button', { name: t['tools.share.copy']! }).click();
		await expect(page.locator('[data-status]')).toHaveText(
			new RegExp(`${t['tools.share.copied']}|${t['tools.share.fallback']}`.replace(/[.]/g, '\\.'))
		);
		expect(await page.evaluate(() => location.search + location.hash)).toBe('');
		const link = new URL(await page.locator('[data-link-box] input').inputValue());
		expect(link.search).toBe('');
		expect(link.hash).toBe('#amount=2000&penalty=0.1&per=day&lateFee=0&days=10&currency=CNY');
		const other = await context.newPage();
		await other.goto(link.href);
		await expect(output(other, 'total')).toHaveText('¥2,020.00');
		await other.close();
		await watch.expectClean();
	});
});
