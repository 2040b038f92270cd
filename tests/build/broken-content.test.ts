import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, type FixtureSite } from './fixture-site';

describe('a lesson that breaks the schema', () => {
	let site: FixtureSite;
	beforeAll(async () => {
		site = await fixtureSite({
			'en/index.mdx': 'content/docs/en/index.mdx',
			'en/borrowing/broken.mdx': 'tests/fixtures/broken-lesson.mdx',
		});
	});
	afterAll(() => site.remove());

	it('stops the build, naming the file and the field', async () => {
		const { code, output } = await site.astro('sync');
		expect(code).not.toBe(0);
		expect(output).toContain('content/docs/en/borrowing/broken.mdx');
		expect(output).toContain('A lesson needs `minutes`.');
	});
});
