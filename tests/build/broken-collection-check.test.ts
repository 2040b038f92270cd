import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, type FixtureSite } from './fixture-site';

describe('a collection-check content file that breaks the schema', () => {
	let site: FixtureSite;
	beforeAll(async () => {
		site = await fixtureSite({ 'en/index.mdx': 'content/docs/en/index.mdx' });
		// The real English file with one legal point stripped of its citation.
		const text = await readFile(new URL('../../content/toolkit/collection-check/en.yaml', import.meta.url), 'utf8');
		const broken = text.replace('{ text: "Intrude into your home. It is a crime.", cite: "Criminal Law, Art. 245" }', '{ text: "Intrude into your home. It is a crime." }');
		expect(broken).not.toBe(text);
		await mkdir(join(site.dir, 'content/toolkit/collection-check'), { recursive: true });
		await writeFile(join(site.dir, 'content/toolkit/collection-check/en.yaml'), broken);
	});
	afterAll(() => site.remove());

	it('stops the build, naming the file and the field', async () => {
		const { code, output } = await site.astro('sync');
		expect(code).not.toBe(0);
		expect(output).toContain('collection-check/en.yaml');
		expect(output).toContain('cards.0.theyMayNot.1.cite');
	});
});
