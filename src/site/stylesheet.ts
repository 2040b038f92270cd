// Styles a page asks for when the reader gets to what they style (search, the quiz, a calculator):
// a CSS module import would put them on every page's first load (Astro links it from each page).

/**
 * Links the stylesheet at `href` now, once per page; the <link> tells when it has loaded or failed
 * (or has already: its `sheet` is set). One already in the page counts: a lesson's quiz swapped in
 * for another place brings its <noscript> link as an element, which loads.
 */
export function addStylesheet(href: string): HTMLLinkElement {
	const selector = `link[rel="stylesheet"][href="${CSS.escape(href)}"]`;
	const present = document.querySelector<HTMLLinkElement>(selector);
	if (present) return present;
	const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
	document.head.append(link);
	return link;
}
