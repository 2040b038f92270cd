// Starlight route middleware: on a page's version for another place (src/routes/[locale]/place/), shows the
// real docs entry, titled with the place, out of search (its rules blocks opt back in), with the page
// itself marked current in the sidebar. Every other page passes through untouched.
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { getEntry } from 'astro:content';
import { base } from '~/site/base';
import { locales, type Locale } from '~/site/locales';
import { fromPlacePath, type PlaceId } from '~/features/place/places';

type Entry = StarlightRouteData['sidebar'][number];

/** The sidebar with the link to `href` marked as the current page. */
function markCurrent(sidebar: Entry[], href: string): Entry[] {
	return sidebar.map((entry) =>
		entry.type === 'link'
			? { ...entry, isCurrent: entry.href === href }
			: { ...entry, entries: markCurrent(entry.entries, href) }
	);
}

/** What a place version's route data takes from the page it shows. */
export async function placePage(id: string, place: PlaceId, t: App.Locals['t']) {
	const entry = await getEntry('docs', id);
	const locale = id.split('/')[0] as Locale;
	if (!entry || !(locale in locales))
		throw new Error(`A place version of "${id}", which is not a page.`);
	const { lang } = locales[locale];
	const dir = 'ltr' as const;
	const title = t('place.pageTitle', {
		title: entry.data.title,
		place: t(`jurisdiction.${place}`),
	});
	return {
		entry: {
			...entry,
			filePath: entry.filePath ?? `content/docs/${id}.mdx`,
			data: { ...entry.data, title, pagefind: false },
		},
		locale,
		lang,
		dir,
		entryMeta: { locale, lang, dir },
	} satisfies Partial<StarlightRouteData>;
}

export const onRequest = defineRouteMiddleware(async (context) => {
	const path = context.url.pathname.slice(base.length - 1);
	const found = fromPlacePath(path);
	if (!found) return;
	const route = context.locals.starlightRoute;
	const page = await placePage(found.id, found.place, context.locals.t);
	Object.assign(route, page, {
		sidebar: markCurrent(route.sidebar, `${base}${found.id}/`),
	} satisfies Partial<StarlightRouteData>);
});
