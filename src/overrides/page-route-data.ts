// Starlight route middleware for every page's frame:
// - Each module's group, the tools' group and the educators' group show their pages only on those pages.
//   Everywhere else a group is one link to its first page (the module overview, the tools hub, how to
//   teach with the course), which lists the rest. The sidebar of a lesson lists its own module's lessons
//   and the other modules, not all sixteen lessons, and every page carries less HTML (a lesson's
//   sidebar was about a fifth of its gzipped HTML). A reader still reaches every lesson in two steps,
//   by the same links, in the same order.
// - A lesson, and any page in a module's folder, has no table of contents: they are short, and its
//   script, the desktop list and the mobile menu cost over 2 KB on every first load (a longer such page
//   lists its sections itself, src/features/lesson/PageContents.astro). A table of contents with
//   nothing but "Overview" (a tool, a module overview: their headings come from components) is dropped
//   rather than shown as an empty "On this page" menu.
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { inModule, modules } from '~/site/locales';

type Entry = StarlightRouteData['sidebar'][number];
type Link = Extract<Entry, { type: 'link' }>;

/** Sidebar groups folded into one link unless the reader is inside them, by the directory they list. */
export const foldedDirectories = [...modules, 'tools', 'educators'];

function links(entry: Entry): Link[] {
	return entry.type === 'link' ? [entry] : entry.entries.flatMap(links);
}

/** The sidebar with each folded group that holds no current page replaced by a link to its first page. */
export function foldSidebar(
	sidebar: Entry[],
	directories: readonly string[] = foldedDirectories
): Entry[] {
	return sidebar.map((entry) => {
		if (entry.type !== 'group') return entry;
		const inside = links(entry);
		const folded = directories.some(
			(dir) => inside.length > 0 && inside.every((link) => link.href.includes(`/${dir}/`))
		);
		if (!folded || inside.some((link) => link.isCurrent)) return entry;
		const [first] = inside;
		return {
			type: 'link',
			label: entry.label,
			href: first!.href,
			isCurrent: false,
			badge: entry.badge,
			attrs: {},
		} satisfies Link;
	});
}

type Toc = StarlightRouteData['toc'];

/** The table of contents, unless all it lists is the page's own top ("Overview"). */
export function usefulToc(toc: Toc): Toc {
	if (!toc) return toc;
	const [first, ...rest] = toc.items;
	return rest.length === 0 && (first?.children.length ?? 0) === 0 ? undefined : toc;
}

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.sidebar = foldSidebar(route.sidebar);
	route.toc = inModule(route.entry.id) ? undefined : usefulToc(route.toc);
});
