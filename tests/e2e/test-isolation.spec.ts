// The tab a test leaves is handed to the next one only as new (support/test.ts): these tests run one
// after the other in one worker, each checking what the one before left.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

test.describe.configure({ mode: 'serial' });

const seen: { page?: Page; events: string[] } = { events: [] };

test('a test writes storage, a cookie, an init script, a listener and a route', async ({
	page,
}) => {
	seen.page = page;
	await page.addInitScript(() => ((window as unknown as { leftOver: boolean }).leftOver = true));
	page.on('load', () => seen.events.push('load'));
	await page.route('**/robots.txt', (route) => route.fulfill({ body: 'routed' }));
	await page.goto('en/');
	await page.evaluate(() => {
		localStorage.setItem('bw:place', 'uk');
		sessionStorage.setItem('sl-sidebar-state', '{}');
		document.cookie = 'left=over; path=/';
	});
	expect(await page.evaluate(() => 'leftOver' in window)).toBe(true);
	expect(seen.events).toEqual(['load']);
});

test('the next test gets the same tab with none of it', async ({ page, context }) => {
	expect(page, 'the tab was handed on').toBe(seen.page);
	// The tab comes on a plain file of the site, left there by cleaning up: nothing of the site ran.
	expect(
		await page.evaluate(() => ({
			local: Object.keys(localStorage),
			session: Object.keys(sessionStorage),
			cookie: document.cookie,
		}))
	).toEqual({ local: [], session: [], cookie: '' });
	await page.goto('en/');
	expect(await page.evaluate(() => 'leftOver' in window), 'the last test’s init script').toBe(
		false
	);
	expect(await context.cookies()).toEqual([]);
	expect(seen.events, 'the last test’s listener is gone').toEqual(['load']);
	const robots = await page.goto('robots.txt');
	expect(await robots?.text(), 'the last test’s route is gone').not.toBe('routed');
});

test('a test that changes what cleaning up cannot undo retires the tab', async ({ page }) => {
	seen.page = page;
	await page.setViewportSize({ width: 360, height: 640 });
});

test('so the next test opens a new one, at the configured size', async ({ page }) => {
	expect(page).not.toBe(seen.page);
	expect(page.viewportSize()).toEqual({ width: 1280, height: 720 });
});
