// At load, on a page with a place picker (PlacePicker.astro): apply the place the reader chose, or that a
// `?place=` link asks for, and ask an English reader where they live; on a click, switch place. The work
// (fetching another place's rules) is place-switch.ts, loaded only when there is something to do. This
// file is in the chunk every page loads (src/integrations/every-page-chunk.ts), imported by every-page.ts
// and by the embed view, so a lesson pays no extra request for it.
import { readKey } from '~/site/storage';

const work = () => import('./place-switch');
// A picker with its own addresses (a handout's, `data-follow`) leads to another page: nothing to apply.
const first = document.querySelector<HTMLElement>('.place-picker:not([data-follow])');
const shown = document.querySelector<HTMLElement>('[data-place-part][data-place]')?.dataset[
	'place'
];
const saved = readKey('bw:place');
const asked = new URLSearchParams(location.search).get('place');
// An English reader's first lesson asks where they live from PlacePicker.astro's inline script, before
// the page is drawn; place-switch.ts loads when they answer.
if (first && (asked?.trim() || (saved && saved !== shown))) void work().then((s) => s.start(first));
// A place in a picker, or "· change" beside a lesson's rules: place-switch.ts does what it asks. A
// handout's picker (`data-follow`) is plain links to the handout for each place.
document.addEventListener('click', (event) => {
	const link = (event.target as Element).closest?.<HTMLAnchorElement>(
		'.place-picker:not([data-follow]) a[data-place], a[href="#place-picker"]'
	);
	if (!link) return;
	event.preventDefault();
	void work().then((s) => s.follow(link));
});
