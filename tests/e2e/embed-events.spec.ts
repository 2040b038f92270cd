// A platform embedding a lesson, as it would (src/features/embed/events.ts): a host page on another
// origin frames the embed view with `?origin=` naming itself, and listens for the lesson's messages.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Page } from '@playwright/test';
import type { Locale } from '../../src/site/locales';
import { expect, strings, test } from './support/test';

const lesson = 'rights/what-collectors-may-not-do';

interface Message {
	origin: string;
	data: { source: string; version: number; type: string; [key: string]: unknown };
}

/** A host page on its own origin (another port): it frames `src` and keeps every message it gets. */
let server: Server;
let host: string;
test.beforeAll(async () => {
	server = createServer((request, response) => {
		const src = new URL(request.url ?? '/', 'http://x').searchParams.get('src') ?? '';
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(`<!doctype html><html lang="en"><title>Platform</title>
<script>window.messages = []; addEventListener('message', (e) => messages.push({ origin: e.origin, data: e.data }));</script>
<iframe id="lesson" title="Lesson" src="${src.replaceAll('"', '&quot;')}" style="width: 100%; height: 400px; border: 0"></iframe>`);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The right answers a built quiz carries (its answer key, `data-keys`). */
function rightAnswers(locale: Locale): { id: string; type: string; correct: unknown }[] {
	const html = readFileSync(
		new URL(`../../dist/embed/${locale}/${lesson}/index.html`, import.meta.url),
		'utf8'
	);
	const keys = /<bw-quiz[^>]*\sdata-keys="([^"]*)"/.exec(html)![1]!;
	return JSON.parse(keys.replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
}

async function frameLesson(page: Page, baseURL: string, locale: Locale, query: string) {
	const src = `${baseURL}embed/${locale}/${lesson}/${query}`;
	await page.goto(`${host}/?src=${encodeURIComponent(src)}`);
	return page.frameLocator('#lesson');
}

const messages = (page: Page) =>
	page.evaluate(() => (window as unknown as { messages: Message[] }).messages);

async function answerAll(frame: FrameLocator, locale: Locale) {
	const t = strings(locale);
	const quiz = frame.locator('bw-quiz');
	await quiz.scrollIntoViewIfNeeded();
	await expect(quiz).toHaveAttribute('data-ready', '');
	for (const key of rightAnswers(locale)) {
		const q = frame.locator(`#q-${key.id}`);
		const values = key.type === 'true-false' ? [String(key.correct)] : (key.correct as string[]);
		for (const value of values) await q.locator(`input[value="${value}"]`).check();
		await q.getByRole('button', { name: t['quiz.checkAnswer']! }).click();
		await expect(q.locator('.quiz-feedback')).toContainText(t['quiz.right']!);
	}
}

for (const locale of ['en', 'zh-cn'] as const) {
	test(`${locale}: a platform that names its origin gets ready, height, each answer and the quiz's result`, async ({
		page,
		baseURL,
	}) => {
		const frame = await frameLesson(page, baseURL!, locale, `?origin=${encodeURIComponent(host)}`);
		await expect
			.poll(async () => (await messages(page)).map((m) => m.data.type))
			.toContain('height');
		const [ready] = await messages(page);
		const site = new URL(baseURL!).origin;
		expect(ready).toEqual({
			origin: site,
			data: { source: 'borrow-wisely', version: 1, type: 'ready', locale, lesson },
		});
		const height = (await messages(page)).find((m) => m.data.type === 'height')!;
		expect(height.data['height']).toBeGreaterThan(1000);

		await answerAll(frame, locale);
		const keys = rightAnswers(locale);
		await expect
			.poll(async () => (await messages(page)).filter((m) => m.data.type === 'quiz-completed'))
			.toHaveLength(1);
		const all = await messages(page);
		expect(all.every((m) => m.origin === site && m.data.source === 'borrow-wisely')).toBe(true);
		expect(all.filter((m) => m.data.type === 'quiz-answered').map((m) => m.data)).toEqual(
			keys.map((k) => ({
				source: 'borrow-wisely',
				version: 1,
				type: 'quiz-answered',
				lesson,
				question: k.id,
				correct: true,
			}))
		);
		expect(all.find((m) => m.data.type === 'quiz-completed')!.data).toEqual({
			source: 'borrow-wisely',
			version: 1,
			type: 'quiz-completed',
			lesson,
			score: keys.length,
			total: keys.length,
			passed: true,
		});
	});
}

test('a host on another origin than the one named, or a malformed origin, gets nothing', async ({
	page,
	baseURL,
}) => {
	for (const [i, query] of [
		'?origin=https%3A%2F%2Fplatform.example',
		`?origin=${encodeURIComponent(`${host}/`)}`,
		'?origin=*',
		'?origin=not%20an%20origin',
		'',
	].entries()) {
		const frame = await frameLesson(page, baseURL!, 'en', query);
		// The lesson works as usual: a question answers (another each time, as answers are kept), with
		// nothing sent.
		const first = rightAnswers('en')[i];
		const quiz = frame.locator('bw-quiz');
		await quiz.scrollIntoViewIfNeeded();
		await expect(quiz).toHaveAttribute('data-ready', '');
		const q = frame.locator(`#q-${first!.id}`);
		const value =
			first!.type === 'true-false' ? String(first!.correct) : (first!.correct as string[])[0]!;
		await q.locator(`input[value="${value}"]`).check();
		await q.getByRole('button', { name: strings('en')['quiz.checkAnswer']! }).click();
		await expect(q.locator('.quiz-feedback')).not.toBeEmpty();
		expect(await messages(page), query).toEqual([]);
	}
});
