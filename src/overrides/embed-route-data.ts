// Starlight route middleware: on an embed page (src/routes/embed/[...slug].astro), shows the real docs entry in its
// own locale, without sidebar, table of contents or pagination, and with a head that points at the full page.
// Every other page passes through untouched.
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { getEntry } from 'astro:content';
import config from 'virtual:starlight/user-config';
import { base } from '~/site/base';
import { embedHead, embeddedId, fullPath } from '~/features/embed/embed';
import { locales, type Locale } from '~/site/locales';

/** What an embed page's route data takes from the page it shows: the entry (search off) and its locale. */
export async function embeddedPage(id: string) {
	const entry = await getEntry('docs', id);
	const locale = id.split('/')[0] as Locale;
	if (!entry || !(locale in locales))
		throw new Error(`An embed page for "${id}", which is not a page of the site.`);
	const { lang } = locales[locale];
	const dir = 'ltr' as const;
	return {
		// The real entry: its id and data drive the lesson frame, the quiz (and its progress key) and the tools.
		entry: {
			...entry,
			filePath: entry.filePath ?? `content/docs/${id}.mdx`,
			data: { ...entry.data, pagefind: false },
		},
		locale,
		lang,
		dir,
		entryMeta: { locale, lang, dir },
	} satisfies Partial<StarlightRouteData>;
}

export const onRequest = defineRouteMiddleware(async (context) => {
	const id = embeddedId(context.url.pathname, base);
	if (!id) return;
	const page = await embeddedPage(id);
	const route = context.locals.starlightRoute;
	const siteTitle = config.title[page.lang] ?? route.siteTitle;
	const canonical = new URL(`${base}${fullPath(id)}`, context.site ?? context.url).href;
	Object.assign(route, page, {
		siteTitle,
		siteTitleHref: `${base}${page.locale}/`,
		hasSidebar: false,
		sidebar: [],
		toc: undefined,
		pagination: { prev: undefined, next: undefined },
		head: embedHead(route.head, {
			title: page.entry.data.title,
			canonical,
			lang: page.lang,
			siteTitle,
			delimiter: config.titleDelimiter,
		}),
	} satisfies Partial<StarlightRouteData>);
});
