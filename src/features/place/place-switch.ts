// What a place picker does once there is something to do (loaded on demand by PlacePicker.astro): apply
// the place the reader chose or a `?place=` link asked for, ask an English reader where they live, or
// switch on a click. Switching saves the place (bw:place) and swaps every place-dependent part of the
// page (`data-place-part`: the rules blocks, the frame's picker, the sources, the quiz) for the same parts
// of the page's version for that place, fetched from this site.
import { $ } from '~/site/dom';
import { partsReplaced } from '~/site/load-when-near';
import { fill, readStrings, type Strings } from '~/site/strings';
import { isPlace, type PlaceId } from './places';
import { savePlace, wantedPlace } from './store';

type Key =
	| `place.${'ask' | 'unknown' | 'missing' | 'loading' | 'failed' | 'now'}`
	| `jurisdiction.${PlaceId}`;

let live: HTMLElement | undefined;

/** The words, carried by the page's first picker (one copy per page). */
function words(): Strings<Key> {
	const carrier = document.querySelector<HTMLElement>('.place-picker[data-strings]');
	return carrier ? readStrings<Key>(carrier) : {};
}

/** The place the page's parts show now. */
export function shownNow(): string | undefined {
	return document.querySelector<HTMLElement>('[data-place-part][data-place]')?.dataset['place'];
}

const nameOf = (s: Strings<Key>, place: string | undefined) =>
	(isPlace(place) && s[`jurisdiction.${place}`]) || '';

/** Says `text` to screen readers from one live region outside the parts that get swapped. */
function announce(text: string) {
	if (!live) {
		live = Object.assign(document.createElement('p'), { className: 'sr-only' });
		live.setAttribute('role', 'status');
		document.body.append(live);
	}
	live.textContent = '';
	setTimeout(() => live && (live.textContent = text), 50);
}

const note = (picker: HTMLElement, text: string) => {
	$(picker, '.place-note').textContent = text;
};

/**
 * On load, from the page's first picker: a `?place=` link's place (saved) or the saved one, shown if the
 * page shows another; a link's unknown place refused beside the picker; an English reader asked.
 */
export function start(picker: HTMLElement) {
	const { place, unknown } = wantedPlace();
	if (unknown) {
		const s = words();
		note(picker, fill(s['place.unknown'], { place: nameOf(s, shownNow()) }));
	}
	if (place) void show(picker, place, false);
	else if ('ask' in picker.dataset) ask(picker);
}

/**
 * A reader not yet asked, who came by a link naming a place this site lacks: the menu opens and asks, in
 * one line (a first lesson without such a link asks from PlacePicker.astro's inline script).
 */
function ask(picker: HTMLElement) {
	const label = $(picker, '.place-shown');
	if (label.dataset['label'] !== undefined) return;
	$<HTMLDetailsElement>(picker, 'details').open = true;
	label.dataset['label'] = label.innerHTML;
	label.textContent = words()['place.ask'] ?? '';
	$(picker, '.place-change').hidden = true;
}

/** After the reader confirms the place already shown: close the menu and name the place again. */
function settle(picker: HTMLElement) {
	$<HTMLDetailsElement>(picker, 'details').open = false;
	note(picker, '');
	$(picker, '.place-change').hidden = false;
	const label = $(picker, '.place-shown');
	// Our own markup, kept from the page as it was served.
	if (label.dataset['label'] !== undefined) label.innerHTML = label.dataset['label'];
	delete label.dataset['label'];
}

/**
 * A click on a place in a picker (remember it and show it), or on "· change" beside a lesson's rules
 * (open the picker in the lesson frame and move focus to it).
 */
export function follow(link: HTMLAnchorElement) {
	const picker = link.closest<HTMLElement>('.place-picker');
	const place = link.dataset['place'];
	if (picker && isPlace(place)) {
		savePlace(place);
		void show(picker, place, true);
		return;
	}
	const frame = document.getElementById('place-picker');
	frame?.querySelector('details')?.setAttribute('open', '');
	frame?.querySelector<HTMLElement>('summary')?.focus();
}

/** Shows the rules for `place`: fetches the page's version for it and swaps every place part. */
export async function show(picker: HTMLElement, place: PlaceId, byReader: boolean) {
	const s = words();
	const name = nameOf(s, place);
	const part = picker.closest('[data-place-part]')?.getAttribute('data-place-part');
	if (place === shownNow()) {
		if (byReader) {
			settle(picker);
			announce(fill(s['place.now'], { place: name }));
		}
		return;
	}
	const link = picker.querySelector<HTMLAnchorElement>(`a[data-place="${place}"]`);
	if (!link) {
		note(picker, fill(s['place.missing'], { place: name, shown: nameOf(s, shownNow()) }));
		return;
	}
	note(picker, fill(s['place.loading'], { place: name }));
	try {
		const response = await fetch(link.href);
		if (!response.ok) throw new Error(String(response.status));
		const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
		// Parts pair up by name and, where a name repeats (two source lists), by order.
		const seen = new Map<string, number>();
		const swaps = [...document.querySelectorAll<HTMLElement>('[data-place-part]')].flatMap(
			(old) => {
				const key = old.dataset['placePart'] ?? '';
				const nth = seen.get(key) ?? 0;
				seen.set(key, nth + 1);
				const next = fresh.querySelectorAll<HTMLElement>(`[data-place-part="${CSS.escape(key)}"]`)[
					nth
				];
				return next?.dataset['place'] === place ? [[old, next] as const] : [];
			}
		);
		if (swaps.length === 0) throw new Error('no parts');
		for (const [old, next] of swaps) old.replaceWith(document.importNode(next, true));
		document.dispatchEvent(new Event(partsReplaced));
		announce(fill(s['place.now'], { place: name }));
		if (byReader && part)
			document
				.querySelector<HTMLElement>(`[data-place-part="${CSS.escape(part)}"] summary`)
				?.focus();
	} catch {
		note(picker, fill(s['place.failed'], { place: name }));
	}
}
