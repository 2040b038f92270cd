import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, type FixtureSite } from './fixture-site';

describe('a page with a broken internal link', () => {
	let site: FixtureSite;
	beforeAll(async () => {
		site = await fixtureSite({
			'en/index.mdx': 'tests/fixtures/broken-link.mdx',
		});
	});
	afterAll(() => site.remove());

	it('stops the build, naming the page and the link', async () => {
		const { code, output } = await site.astro('build');
		expect(code).not.toBe(0);
		expect(output).toContain('en/index.mdx');
		expect(output).toContain('/en/no-such-lesson/');
		expect(output).toContain('/en/#no-such-heading');
	});
});
