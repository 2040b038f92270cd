// The line the offline worker writes at the top of a page it serves from the device, so a reader
// knows why it may be older than the site and where the rest of what is saved is. Written into the
// HTML by the worker (pages online carry none of it); styled inline, which the CSP allows for
// attributes only (`style-src-attr`), so no stylesheet on any page grows for it.

/** The line's class: the search dialog reads it as "this page came from the device". */
export const offlineLineClass = 'bw-offline-line';

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const style =
	'margin:1rem var(--sl-content-pad-x,1rem) 0;padding:.5rem .75rem;border:1px solid var(--sl-color-gray-5);border-radius:.5rem;background:var(--sl-color-gray-6);font-size:var(--sl-text-sm)';

/** `html` with a status line first in `<main>`: `text`, then a link when `link` is given. */
export function withOfflineLine(
	html: string,
	text: string,
	link?: { href: string; text: string }
): string {
	const main = /<main\b[^>]*>/i.exec(html);
	if (!main) return html;
	const more = link ? ` <a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>` : '';
	const line = `<p class="${offlineLineClass}" role="status" style="${style}">${escapeHtml(text)}${more}</p>`;
	const at = main.index + main[0].length;
	return html.slice(0, at) + line + html.slice(at);
}
