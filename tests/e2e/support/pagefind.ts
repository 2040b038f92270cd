import type { Page } from '@playwright/test';
import { pagefindRanking } from '../../../src/site/search-ranking';

/** One search result as Pagefind returns it. */
export interface Hit {
	url: string;
	title: string;
	content: string;
	filters: Record<string, string[]>;
}

/**
 * Runs queries through Pagefind's own API on a page of the built site, so the test sees exactly
 * what a reader's search sees (the page's language index, Pagefind's own segmentation).
 */
export async function search(
	page: Page,
	queries: string[],
	top = 3
): Promise<Record<string, Hit[]>> {
	return page.evaluate(
		async ({ queries, top, ranking }) => {
			const base =
				document
					.querySelector('link[rel="sitemap"]')
					?.getAttribute('href')
					?.replace(/sitemap-index\.xml$/, '') ?? '/';
			const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
			await pagefind.options({ ranking });
			await pagefind.init();
			const out: Record<
				string,
				{ url: string; title: string; content: string; filters: Record<string, string[]> }[]
			> = {};
			for (const query of queries) {
				const { results } = await pagefind.search(query);
				out[query] = await Promise.all(
					results.slice(0, top).map(
						async (r: {
							data: () => Promise<{
								url: string;
								meta: { title: string };
								content: string;
								filters: Record<string, string[]>;
							}>;
						}) => {
							const d = await r.data();
							return { url: d.url, title: d.meta.title, content: d.content, filters: d.filters };
						}
					)
				);
			}
			return out;
		},
		{ queries, top, ranking: pagefindRanking }
	);
}
