import { writeFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, type FixtureSite } from './fixture-site';

describe('a scam-check file that breaks the schema', () => {
	let site: FixtureSite;
	beforeAll(async () => {
		site = await fixtureSite({ 'en/index.mdx': 'content/docs/en/index.mdx' });
		// The English file with a sign whose weight is not 1, 2 or `decisive`.
		const good = await readFile(new URL('../../content/toolkit/scam-check/en.yaml', import.meta.url), 'utf8');
		const broken = good.replace(/(- id: chat-only[\s\S]*?weight: )1/, '$1heavy');
		expect(broken).not.toBe(good);
		await mkdir(join(site.dir, 'content/toolkit/scam-check'), { recursive: true });
		await writeFile(join(site.dir, 'content/toolkit/scam-check/en.yaml'), broken);
	});
	afterAll(() => site.remove());

	it('stops the build, naming the file and the field', async () => {
		const { code, output } = await site.astro('sync');
		expect(code).not.toBe(0);
		expect(output).toContain('content/toolkit/scam-check/en.yaml');
		expect(output).toContain('schemes.0.signs.4.weight');
		expect(output).toContain('use 1, 2 or `decisive`');
	});
});
