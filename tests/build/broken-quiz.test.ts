import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, type FixtureSite } from './fixture-site';

describe('a lesson whose quiz breaks the schema', () => {
	let site: FixtureSite;
	beforeAll(async () => {
		site = await fixtureSite({
			'en/index.mdx': 'content/docs/en/index.mdx',
			'en/borrowing/broken.mdx': 'tests/fixtures/broken-quiz.mdx',
		});
	});
	afterAll(() => site.remove());

	it('stops the build, naming the file and each broken question', async () => {
		const { code, output } = await site.astro('sync');
		expect(code).not.toBe(0);
		expect(output).toContain('content/docs/en/borrowing/broken.mdx');
		expect(output).toContain('question `apr-flat`: single-choice question has 2 correct options');
		expect(output).toContain('question `daily-rate`: `tolerance` is missing');
	});
});
