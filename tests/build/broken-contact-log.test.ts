import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, type FixtureSite } from './fixture-site';

describe('a contact-log content file that breaks the schema', () => {
	let site: FixtureSite;
	beforeAll(async () => {
		site = await fixtureSite({ 'en/index.mdx': 'content/docs/en/index.mdx' });
		const good = await readFile(new URL('../../content/toolkit/contact-log/en.yaml', import.meta.url), 'utf8');
		// A translation that drops a placeholder the tool fills in.
		const broken = good.replace(/imported: ".*"/, 'imported: "Import done."');
		expect(broken).not.toBe(good);
		await mkdir(join(site.dir, 'content/toolkit/contact-log'), { recursive: true });
		await writeFile(join(site.dir, 'content/toolkit/contact-log/en.yaml'), broken);
	});
	afterAll(() => site.remove());

	it('stops the build, naming the file and the field', async () => {
		const { code, output } = await site.astro('sync');
		expect(code).not.toBe(0);
		expect(output).toContain('content/toolkit/contact-log/en.yaml');
		expect(output).toContain('messages.imported');
		expect(output).toContain('{{added}}');
	});
});
