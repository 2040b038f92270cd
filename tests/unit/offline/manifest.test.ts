import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { webManifest } from '~/features/offline/manifest';

describe('webManifest', () => {
	const words = { name: '明智借貸', shortName: '明智借貸', description: 'd' };

	it('opens the locale’s home, in its language, under the base, with the icons Chrome asks for', () => {
		const m = webManifest('zh-tw', 'zh-TW', '/learn/', words);
		expect(m).toMatchObject({
			id: '/learn/zh-tw/',
			start_url: '/learn/zh-tw/',
			scope: '/learn/',
			lang: 'zh-TW',
			display: 'standalone',
			name: '明智借貸',
		});
		expect(m.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
			'192x192 any',
			'512x512 any',
			'512x512 maskable',
		]);
		for (const icon of m.icons)
			expect(
				existsSync(new URL(`../../../public/${icon.src.slice('/learn/'.length)}`, import.meta.url))
			).toBe(true);
	});
});
