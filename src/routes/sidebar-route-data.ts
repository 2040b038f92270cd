// Starlight route middleware: the educators' group in the sidebar shows its pages only on those pages.
// Everywhere else it is one link to the section's first page (how to teach with the course), which
// links to the rest. Learners (most readers) get a shorter sidebar, and every page carries less HTML:
// the heaviest lessons sit close to their 40 KB budget (weighed in tests/e2e/baseline.spec.ts).
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';

type Entry = StarlightRouteData['sidebar'][number];
type Link = Extract<Entry, { type: 'link' }>;

/** Sidebar groups folded into one link unless the reader is inside them, by the directory they list. */
export const foldedDirectories = ['educators'];

function links(entry: Entry): Link[] {
	return entry.type === 'link' ? [entry] : entry.entries.flatMap(links);
}

/** The sidebar with each folded group that holds no current page replaced by a link to its first page. */
export function foldSidebar(sidebar: Entry[], directories: readonly string[] = foldedDirectories): Entry[] {
	return sidebar.map((entry) => {
		if (entry.type !== 'group') return entry;
		const inside = links(entry);
		const folded = directories.some((dir) => inside.length > 0 && inside.every((link) => link.href.includes(`/${dir}/`)));
		if (!folded || inside.some((link) => link.isCurrent)) return entry;
		const [first] = inside;
		return { type: 'link', label: entry.label, href: first!.href, isCurrent: false, badge: entry.badge, attrs: {} } satisfies Link;
	});
}

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.sidebar = foldSidebar(route.sidebar);
});
