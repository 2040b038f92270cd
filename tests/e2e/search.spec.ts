import { expect, test } from './support/test';

test('search loads only when opened, then finds a lesson in its own language', async ({
	page,
	watch,
}) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto('zh-cn/');
	await page.waitForLoadState('networkidle');
	expect(fetched.filter((p) => p.includes('pagefind'))).toEqual([]);

	await page.getByRole('button', { name: '搜索' }).click();
	const box = page.getByRole('textbox', { name: '搜索' });
	await box.fill('砍头息');
	const first = page.locator('.pagefind-ui__result-link').first();
	await expect(first).toHaveAttribute('href', /\/zh-cn\/borrowing\/true-cost-of-a-loan\//);
	expect(watch.consoleErrors).toEqual([]);
	expect(watch.foreignRequests).toEqual([]);
});

test('the search dialog speaks the page language', async ({ page }) => {
	await page.goto('zh-tw/');
	await page.getByRole('button', { name: '搜尋' }).click();
	await expect(page.getByRole('search', { name: '站內搜尋' })).toBeVisible();
	await page.getByRole('textbox', { name: '搜尋' }).fill('年利率');
	await expect(page.getByText(/找到 \d+ 筆「年利率」的結果/)).toBeVisible();
});

test('the search dialog is styled the moment it opens, and its styles are not on the first load', async ({
	page,
}) => {
	const stylesheets: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'stylesheet') stylesheets.push(new URL(r.url()).pathname);
	});
	await page.goto('es/');
	await page.waitForLoadState('networkidle');
	const firstLoad = [...stylesheets];
	// Whatever the dialog looks like as it becomes visible, before anything else can restyle it.
	await page.evaluate(() => {
		const dialog = document.querySelector<HTMLDialogElement>('bw-search dialog')!;
		new MutationObserver(() => {
			if (!dialog.hasAttribute('open')) return;
			const style = getComputedStyle(dialog);
			dialog.dataset['openedWith'] = `${style.maxWidth} ${style.borderRadius}`;
		}).observe(dialog, { attributes: true, attributeFilter: ['open'] });
	});
	await page.getByRole('button', { name: 'Buscar' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	// 40rem wide with rounded corners on a desktop screen (search-dialog.css), not the browser's
	// own box.
	await expect(page.locator('bw-search dialog')).toHaveAttribute('data-opened-with', '640px 8px');
	for (const path of firstLoad) {
		const css = await (await page.request.get(path)).text();
		expect(css, `${path} holds no search dialog rule`).not.toMatch(
			/dialog-frame|starlight__search/
		);
	}
});
