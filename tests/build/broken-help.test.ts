import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, type FixtureSite } from './fixture-site';

// A help line whose source is removed must stop the build, naming the file, the line and the field:
// no phone number reaches a reader without a source.
describe('a help line without a source', () => {
	let site: FixtureSite;
	beforeAll(async () => {
		site = await fixtureSite({ 'en/index.mdx': 'content/docs/en/index.mdx' });
		const path = join(site.dir, 'content/help/lines.yaml');
		const good = await readFile(path, 'utf8');
		const broken = good.replace(
			/(- id: uk-samaritans[\s\S]*?)\n {2}source:\n(?: {4}.*\n)+/,
			'$1\n'
		);
		expect(broken, 'the breakage applies to the current file').not.toBe(good);
		await writeFile(path, broken);
	});
	afterAll(() => site.remove());

	it('stops the build, naming the file, the line and the field', async () => {
		const { code, output } = await site.astro('sync');
		expect(code).not.toBe(0);
		expect(output).toContain('content/help/lines.yaml');
		expect(output).toContain('uk-samaritans');
		expect(output).toContain('source');
	});
});
