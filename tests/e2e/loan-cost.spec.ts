// The loan cost calculator: its page, its errors, and its place in a lesson.
import { expect, strings, test } from './support/test';
import { expectNoBrokenNumbers, field, output } from './support/tools';

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
		await watch.expectClean();
	});

	test('Mexico sees the CAT in pesos and Spain the TAE in euros (es)', async ({ page, watch }) => {
		const t = strings('es');
		// No place chosen: the es locale's likely place, Mexico.
		await page.goto('es/tools/loan-cost/');
		await expect(page.locator('[data-label="ear"]')).toHaveText(t['tools.loan.ear.mx']!);
		await expect(field(page, t['tools.currency']!)).toHaveValue('MXN');
		const ear = (await output(page, 'ear').textContent())!;
		expect(ear).toMatch(/^17[.,]5\s?%$/);
		await expect(page.locator('[data-refs]')).toContainText(t['tools.ref.mx']!);
		await expect(page.locator('[data-refs] [data-ref="mx"]')).toHaveText(
			t['tools.ref.mxHere']!.replace('{{rate}}', ear)
		);
		await page.goto('es/tools/loan-cost/?place=es');
		await expect(page.locator('[data-label="ear"]')).toHaveText(t['tools.loan.ear.es']!);
		await expect(field(page, t['tools.currency']!)).toHaveValue('EUR');
		await expect(page.locator('[data-refs]')).toContainText(t['tools.ref.es']!);
		await expect(page.locator('[data-refs] [data-ref="es"]')).toContainText('TAE');
		await expect(page.locator('[data-refs] [data-ref="es"]')).toContainText('17');
		await watch.expectClean();
	});

	test('typing full-width digits in zh-cn works; the address keeps nothing typed, and "copy a link" reopens the result', async ({
		page,
		context,
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
		await field(page, t['tools.loan.upfront']!).fill('１０００');
		await expect(output(page, 'received')).toHaveText('¥11,000.00');
		// What the reader types reaches no address (nor a server, the history or history sync) by itself.
		expect(await page.evaluate(() => location.search + location.hash)).toBe('');
		await expectNoBrokenNumbers(page);

		await page.getByRole('button', { name: t['tools.share.copy']! }).click();
		await expect(page.locator('[data-status]')).toHaveText(
			new RegExp(`${t['tools.share.copied']}|${t['tools.share.fallback']}`.replace(/[.]/g, '\\.'))
		);
		expect(await page.evaluate(() => location.search + location.hash)).toBe('');
		// The link keeps the terms in the fragment, which browsers never send to a server.
		const link = new URL(await page.locator('[data-link-box] input').inputValue());
		expect(link.pathname).toBe(new URL(page.url()).pathname);
		expect(link.search).toBe('');
		expect(link.hash).toBe(
			'#amount=12000&months=12&method=equal&rate=9&per=year&upfront=1000&monthlyFee=0&currency=CNY'
		);
		const other = await context.newPage();
		await other.goto(link.href);
		await expect(output(other, 'payment')).toHaveText('¥1,049.42');
		await expect(output(other, 'received')).toHaveText('¥11,000.00');
		await expect(output(other, 'apr')).toHaveText(await output(page, 'apr').innerText());
		await other.close();
		await watch.expectClean();
	});

	test('a platform link fills the form; editing it drops the stale terms from the address', async ({
		page,
	}) => {
		const t = strings('en');
		await page.goto('en/tools/loan-cost/?amount=38000&months=24&method=flat&rate=2.5&per=month');
		await expect(field(page, t['tools.loan.amount']!)).toHaveValue('38000');
		await expect(field(page, t['tools.loan.months']!)).toHaveValue('24');
		await field(page, t['tools.loan.months']!).fill('36');
		await expect(output(page, 'payment')).toHaveText('$2,005.56');
		const address = await page.evaluate(() => location.search + location.hash);
		expect(address).not.toContain('36');
		expect(address).toBe('');
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
		await watch.expectClean();
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
		await watch.expectClean();
	});
});
