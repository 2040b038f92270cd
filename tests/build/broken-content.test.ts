import { describe, expect, it } from 'vitest';
import { fixtureSite } from './fixture-site';

/**
 * Course content that must stop the build, naming the file and what is wrong. Each case is a
 * fixture site with the given content files (docs path: source file) and the astro command that
 * has to fail: `sync` checks the collections' schemas, `build` also checks the links.
 */
const cases: {
	content: string;
	files: Record<string, string>;
	command: 'sync' | 'build';
	naming: string;
	expected: string[];
}[] = [
	{
		content: 'a lesson that breaks the schema',
		files: {
			'en/index.mdx': 'content/docs/en/index.mdx',
			'en/borrowing/broken.mdx': 'tests/fixtures/broken-lesson.mdx',
		},
		command: 'sync',
		naming: 'the file and the field',
		expected: ['content/docs/en/borrowing/broken.mdx', 'A lesson needs `minutes`.'],
	},
	{
		content: 'a lesson whose quiz breaks the schema',
		files: {
			'en/index.mdx': 'content/docs/en/index.mdx',
			'en/borrowing/broken.mdx': 'tests/fixtures/broken-quiz.mdx',
		},
		command: 'sync',
		naming: 'the file and each broken question',
		expected: [
			'content/docs/en/borrowing/broken.mdx',
			'question `apr-flat`: single-choice question has 2 correct options',
			'question `daily-rate`: `tolerance` is missing',
		],
	},
	{
		content: 'a lesson whose quiz leaves an objective unchecked',
		files: {
			'en/index.mdx': 'content/docs/en/index.mdx',
			'en/borrowing/broken.mdx': 'tests/fixtures/broken-objectives.mdx',
		},
		command: 'sync',
		naming: 'the objective and the question',
		expected: [
			'content/docs/en/borrowing/broken.mdx',
			'question `third-objective`: `objective: 3` points past the 2 objectives',
			'objective 2 (“Compare two offers by their APR.”) has no question',
		],
	},
	{
		content: 'a page with a broken internal link',
		files: { 'en/index.mdx': 'tests/fixtures/broken-link.mdx' },
		command: 'build',
		naming: 'the page and the link',
		expected: ['en/index.mdx', '/en/no-such-lesson/', '/en/#no-such-heading'],
	},
];

// Concurrent: each case waits on its own astro process, so they overlap instead of queueing.
describe.concurrent('content that breaks the rules', () => {
	for (const { content, files, command, naming, expected } of cases) {
		it(`${content} stops the build, naming ${naming}`, async () => {
			const site = await fixtureSite(files);
			try {
				const { code, output } = await site.astro(command);
				expect(code).not.toBe(0);
				for (const text of expected) expect(output).toContain(text);
			} finally {
				await site.remove();
			}
		});
	}
});
