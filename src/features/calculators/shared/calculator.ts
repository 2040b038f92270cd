// The skeleton of the calculators whose form is their link (loan cost, overdue cost): the form's
// named fields are the link parameters and every number is checked by its parameter's rule. On a
// tool page (`data-sync-url`) the fields start from the address; what the reader types never goes
// into it by itself (the address reaches the server, the history and history sync): "copy a link"
// makes one on request, with the terms in the fragment.
import { copyText } from '~/site/dom';
import { readStrings } from '~/site/strings';
import type { Per } from './terms';
import {
	DASH,
	fillRows,
	formats,
	readNumber,
	type Formats,
	type ToolKey,
	type ToolStrings,
} from './kit';
import { isChoice, numberRule, readLink, readQuery, writeQuery, type Param } from './link-params';
import { placeReferences, showReferences } from './reference-points';
import { placeCurrency } from '~/features/place/places';
import { wantedPlace } from '~/features/place/store';

/** A tool's link parameters; each has a rate period and a currency. */
export type LinkParams = Record<string, Param> & {
	per: readonly Per[];
	currency: readonly string[];
};

/** The names of the number parameters. */
type NumberName<P extends LinkParams> = {
	[K in keyof P & string]: P[K] extends readonly string[] ? never : K;
}[keyof P & string];

/** The numbers read from the form by parameter; one whose field holds no valid number is missing. */
export type Numbers<P extends LinkParams> = Partial<Record<NumberName<P>, number>>;

export abstract class Calculator<P extends LinkParams> extends HTMLElement {
	/** The tool's link parameters, in the link's order. */
	protected abstract readonly params: P;
	protected strings: ToolStrings = {};
	protected form!: HTMLFormElement;
	/** The terms as a link carries them, from the last reading of the form. */
	#link: Record<string, string> = {};

	connectedCallback() {
		const form = this.querySelector('form');
		if (!form) return;
		this.form = form;
		this.strings = readStrings<ToolKey>(this);
		// The reader's place (chosen in a lesson or by a `?place=` link) picks the currency and the
		// reference point shown first; a link's own currency still wins.
		const { place } = wantedPlace();
		const currency = place && placeCurrency[place];
		const select = this.form.elements.namedItem('currency');
		if (
			currency &&
			select instanceof HTMLSelectElement &&
			select.querySelector(`option[value="${currency}"]`)
		)
			select.value = currency;
		placeReferences(this.form, place);
		this.forPlace(place);
		if (this.#sync) this.#fillFromLink();
		const update = () => this.#update();
		form.addEventListener('input', () => {
			if (this.#sync) this.#dropStaleLink();
			update();
		});
		form.addEventListener('change', update);
		form.querySelector('[data-copy]')?.addEventListener('click', () => void this.#copy());
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			update();
		});
		update();
	}

	/** Anything else the reader's place changes (labels); none by default. */
	protected forPlace(_place: string | undefined) {}

	/** Results for numbers that are all there and pass `check`. */
	protected abstract show(numbers: Required<Numbers<P>>, f: Formats): void;

	/** Checks across fields (fees below the amount), marking the field at fault; gets every number valid on its own. */
	protected check(_numbers: Numbers<P>): boolean {
		return true;
	}

	/** Results when the form cannot be computed: dashes, and a summary asking to fix the form. */
	protected blank(f: Formats) {
		this.form.querySelectorAll('output').forEach((output) => (output.textContent = DASH));
		this.summary.textContent = this.strings['tools.fixForm'] ?? DASH;
		fillRows(this.form.querySelector('tbody'), []);
		showReferences(this.form, this.strings, f, {
			annual: undefined,
			effective: undefined,
			daily: undefined,
			share: undefined,
		});
	}

	/** The form control of a link parameter. */
	protected field(name: keyof P & string): HTMLInputElement {
		return this.form.elements.namedItem(name) as HTMLInputElement;
	}

	protected get summary(): Element {
		return this.querySelector('[data-summary]')!;
	}

	get #sync() {
		return this.hasAttribute('data-sync-url');
	}

	#fillFromLink() {
		const values = readLink(location, this.params);
		for (const [name, value] of Object.entries(values) as [string, string][])
			this.field(name).value = value;
	}

	#update() {
		const f = formats(this.field('currency').value);
		const per = this.field('per').value as Per;
		const numbers: Numbers<P> = {};
		let complete = true;
		// Valid numbers go into the link in plain form (12000, not １２，０００; an empty fee as 0, so
		// the link never falls back to an example value); anything else as typed.
		const link: Record<string, string> = {};
		for (const [name, param] of Object.entries(this.params)) {
			const field = this.field(name);
			link[name] = field.value;
			if (isChoice(param)) continue;
			const value = readNumber(field, numberRule(param, per), this.strings, f);
			if (value === undefined) complete = false;
			else {
				numbers[name as NumberName<P>] = value;
				link[name] = String(value);
			}
		}
		this.#link = link;
		// Checked even when a number is missing, so every field at fault is marked at once.
		const ok = this.check(numbers);
		if (ok && complete) this.show(numbers as Required<Numbers<P>>, f);
		else this.blank(f);
	}

	/** An edited form no longer matches the link it was opened from: take its terms out of the address. */
	#dropStaleLink() {
		const query = new URLSearchParams(location.search);
		const names = Object.keys(this.params).filter((name) => query.has(name));
		const inHash = Object.keys(readQuery(location.hash.slice(1), this.params)).length > 0;
		if (!names.length && !inHash) return;
		names.forEach((name) => query.delete(name));
		const search = query.toString();
		history.replaceState(
			history.state,
			'',
			`${location.pathname}${search ? `?${search}` : ''}${inHash ? '' : location.hash}`
		);
	}

	/** Copies a link to the terms, offering it to copy by hand where the browser refuses. */
	async #copy() {
		const link = `${location.origin}${location.pathname}#${writeQuery(this.#link as Partial<Record<keyof P, string>>, this.params)}`;
		const box = this.querySelector<HTMLElement>('[data-link-box]')!;
		box.querySelector('input')!.value = link;
		const copied = await copyText(link);
		box.hidden = copied;
		this.querySelector('[data-status]')!.textContent =
			this.strings[copied ? 'tools.share.copied' : 'tools.share.fallback'] ?? '';
	}
}
