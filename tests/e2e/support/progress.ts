import type { Page } from '@playwright/test';
import type { Locale } from '../../../src/site/locales';

/** A stored quiz record as the quiz writes it (progress version 1: no per-question results). */
export const quizRecord = (
	correct: number,
	total: number,
	passed: boolean,
	completedAt: string | null
) => ({ answers: { q: ['a'] }, correct, total, passed, completedAt });

/** Puts `quizzes` in this browser's `bw:progress` (as version 1, which the site upgrades) and opens My progress. */
export async function seedProgress(page: Page, locale: Locale, quizzes: Record<string, unknown>) {
	await page.goto(`${locale}/progress/`);
	await page.evaluate(
		(value) => localStorage.setItem('bw:progress', value),
		JSON.stringify({ version: 1, quizzes })
	);
	await page.reload();
}
