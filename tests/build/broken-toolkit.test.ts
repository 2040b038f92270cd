import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, type FixtureSite } from './fixture-site';

/**
 * Each protection tool's words are a content collection (content/toolkit/<tool>/<locale>.yaml): a broken
 * file must stop the build, naming the file, the field and what is wrong. Each case breaks the real
 * English file in one way the tool's schema refuses.
 */
const cases: {
	tool: string;
	breakage: string;
	break: (good: string) => string;
	expected: string[];
}[] = [
	{
		tool: 'collection-check',
		breakage: 'a legal point stripped of its citation',
		break: (good) =>
			good.replace(
				'{ text: "Intrude into your home. It is a crime.", cite: "Criminal Law, Art. 245" }',
				'{ text: "Intrude into your home. It is a crime." }'
			),
		expected: ['cards.0.theyMayNot.1.cite'],
	},
	{
		tool: 'contact-log',
		breakage: 'a translation that drops a placeholder the tool fills in',
		break: (good) => good.replace(/imported: ".*"/, 'imported: "Import done."'),
		expected: ['messages.imported', '{{added}}'],
	},
	{
		tool: 'letters',
		breakage: 'a misspelt placeholder in the first letter, and the last letter removed',
		break: (good) =>
			good
				.replace(
					'You say that I owe {amount}. Before I can deal',
					'You say that I owe {amout}. Before I can deal'
				)
				.replace(/  - type: complaint\n    place: uk\n[\s\S]*$/, ''),
		expected: [
			'unknown placeholder `{amout}`',
			'letters.0.body',
			'missing the template for letter type `complaint` in place `uk`',
		],
	},
	{
		tool: 'scam-check',
		breakage: 'a sign whose weight is not 1, 2 or `decisive`',
		break: (good) => good.replace(/(- id: chat-only[\s\S]*?weight: )1/, '$1heavy'),
		expected: ['schemes.0.signs.4.weight', 'use 1, 2 or `decisive`'],
	},
];

for (const { tool, breakage, break: breakFile, expected } of cases) {
	describe(`a ${tool} file with ${breakage}`, () => {
		let site: FixtureSite;
		beforeAll(async () => {
			site = await fixtureSite({ 'en/index.mdx': 'content/docs/en/index.mdx' });
			const good = await readFile(
				new URL(`../../content/toolkit/${tool}/en.yaml`, import.meta.url),
				'utf8'
			);
			const broken = breakFile(good);
			expect(broken, 'the breakage applies to the current file').not.toBe(good);
			await mkdir(join(site.dir, `content/toolkit/${tool}`), { recursive: true });
			await writeFile(join(site.dir, `content/toolkit/${tool}/en.yaml`), broken);
		});
		afterAll(() => site.remove());

		it('stops the build, naming the file, the field and what is wrong', async () => {
			const { code, output } = await site.astro('sync');
			expect(code).not.toBe(0);
			expect(output).toContain(`content/toolkit/${tool}/en.yaml`);
			for (const text of expected) expect(output).toContain(text);
		});
	});
}
