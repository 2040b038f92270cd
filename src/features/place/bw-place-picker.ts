// <bw-place-picker>: the "Rules shown for: … · change" menu. Without JavaScript its links open the page's
// version for another place. With it, a choice is saved (bw:place) and the page's place-dependent parts
// (every element with `data-place-part`: the rules blocks, the frame's picker, the sources) are swapped
// for the same parts of that version, fetched from this site. The first picker on a page also applies
// the place the reader already chose, or one a `?place=` link asks for.
import { $ } from '~/site/dom';
import { partsReplaced } from '~/site/load-when-near';
import { fill, readStrings, type Strings } from '~/site/strings';
import { isPlace, type PlaceId } from './places';
import { savePlace, wantedPlace } from './store';

type PickerKey =
	| `place.${'ask' | 'unknown' | 'missing' | 'loading' | 'failed' | 'now'}`
	| `jurisdiction.${PlaceId}`;

let started = false;
let live: HTMLElement | undefined;

/** The place the page's parts show now. */
function shownNow(): string | undefined {
	return document.querySelector<HTMLElement>('[data-place-part][data-place]')?.dataset['place'];
}

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

export class BwPlacePicker extends HTMLElement {
	#s: Strings<PickerKey> = {};
	/** The "Rules shown for: …" label while the menu asks instead. */
	#label: Node[] = [];

	connectedCallback() {
		// The words come with the page's first picker (one copy per page).
		const words = document.querySelector<HTMLElement>('bw-place-picker[data-strings]');
		this.#s = words ? readStrings<PickerKey>(words) : {};
		this.addEventListener('click', (event) => {
			const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-place]');
			const place = link?.dataset['place'];
			if (!isPlace(place)) return;
			event.preventDefault();
			savePlace(place);
			void this.show(place, true);
		});
		if (started) return;
		started = true;
		const { place, unknown } = wantedPlace();
		if (unknown) this.#note(fill(this.#s['place.unknown'], { place: this.#name(shownNow()) }));
		if (place) void this.show(place, false);
		else if (this.hasAttribute('data-ask')) this.#ask();
	}

	#name(place: string | undefined): string {
		return (isPlace(place) && this.#s[`jurisdiction.${place}`]) || '';
	}

	#note(text: string) {
		$(this, '.place-note').textContent = text;
	}

	/** First lesson of a reader who has not said where they live: the menu opens and asks, in one line. */
	#ask() {
		$<HTMLDetailsElement>(this, 'details').open = true;
		const label = $(this, '.place-shown');
		this.#label = [...label.childNodes];
		label.textContent = this.#s['place.ask'] ?? '';
		$(this, '.place-change').hidden = true;
	}

	/** Shows the rules for `place`: fetches the page's version for it and swaps every place part. */
	async show(place: PlaceId, byReader: boolean) {
		const name = this.#name(place);
		const part = this.closest('[data-place-part]')?.getAttribute('data-place-part');
		if (place === shownNow()) {
			if (byReader) {
				this.#settle();
				announce(fill(this.#s['place.now'], { place: name }));
			}
			return;
		}
		const link = this.querySelector<HTMLAnchorElement>(`a[data-place="${place}"]`);
		if (!link) {
			this.#note(fill(this.#s['place.missing'], { place: name, shown: this.#name(shownNow()) }));
			return;
		}
		this.#note(fill(this.#s['place.loading'], { place: name }));
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
					const next = fresh.querySelectorAll<HTMLElement>(
						`[data-place-part="${CSS.escape(key)}"]`
					)[nth];
					return next?.dataset['place'] === place ? [[old, next] as const] : [];
				}
			);
			if (swaps.length === 0) throw new Error('no parts');
			for (const [old, next] of swaps) old.replaceWith(document.importNode(next, true));
			document.dispatchEvent(new Event(partsReplaced));
			announce(fill(this.#s['place.now'], { place: name }));
			if (byReader && part)
				document
					.querySelector<HTMLElement>(`[data-place-part="${CSS.escape(part)}"] summary`)
					?.focus();
		} catch {
			this.#note(fill(this.#s['place.failed'], { place: name }));
		}
	}

	/** After the reader confirms the place already shown: close the menu and name the place again. */
	#settle() {
		$<HTMLDetailsElement>(this, 'details').open = false;
		this.#note('');
		$(this, '.place-change').hidden = false;
		if (this.#label.length > 0) $(this, '.place-shown').replaceChildren(...this.#label);
		this.#label = [];
	}
}

// "· change" beside a lesson's rules: opens the picker in the lesson frame and moves focus to it.
document.addEventListener('click', (event) => {
	const link = (event.target as Element).closest?.('a[href="#place-picker"]');
	const picker = document.getElementById('place-picker');
	if (!link || !picker) return;
	event.preventDefault();
	picker.querySelector('details')?.setAttribute('open', '');
	picker.querySelector<HTMLElement>('summary')?.focus();
	picker.scrollIntoView({ block: 'nearest' });
});

customElements.define('bw-place-picker', BwPlacePicker);
