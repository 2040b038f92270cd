import type { Page } from '@playwright/test';
import { expect } from './test';

/** The calculator result called `name`. */
export const output = (page: Page, name: string) => page.locator(`output[name="${name}"]`);

/** The form field with exactly this label. */
export const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** A UI string with its {{placeholders}} matching anything. */
export const template = (text: string) =>
	new RegExp(text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\\?\{\w+\\?\}\\?\}/g, '.+'));

/** No result on the page may read NaN, Infinity or undefined, whatever was typed. */
export async function expectNoBrokenNumbers(page: Page) {
	const text = await page.locator('main').innerText();
	expect(text).not.toMatch(/NaN|Infinity|undefined/);
}
