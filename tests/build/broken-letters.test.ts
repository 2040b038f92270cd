import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, type FixtureSite } from './fixture-site';

describe('a letter template that breaks the schema', () => {
	let site: FixtureSite;
	beforeAll(async () => {
		site = await fixtureSite({ 'en/index.mdx': 'content/docs/en/index.mdx' });
		// The English templates with a misspelt placeholder in the first letter and one letter removed.
		const good = await readFile(new URL('../../content/toolkit/letters/en.yaml', import.meta.url), 'utf8');
		const broken = good.replace('You say that I owe {amount}. Before I can deal', 'You say that I owe {amout}. Before I can deal').replace(/  - type: complaint\n    place: uk\n[\s\S]*$/, '');
		expect(broken).not.toBe(good);
		await mkdir(join(site.dir, 'content/toolkit/letters'), { recursive: true });
		await writeFile(join(site.dir, 'content/toolkit/letters/en.yaml'), broken);
	});
	afterAll(() => site.remove());

	it('stops the build, naming the file, the field and what is wrong', async () => {
		const { code, output } = await site.astro('sync');
		expect(code).not.toBe(0);
		expect(output).toContain('content/toolkit/letters/en.yaml');
		expect(output).toContain('unknown placeholder `{amout}`');
		expect(output).toContain('letters.0.body');
		expect(output).toContain('missing the template for letter type `complaint` in place `uk`');
	});
});
