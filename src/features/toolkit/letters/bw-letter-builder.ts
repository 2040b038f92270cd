// The letter builder's custom element: reads the form, fills the chosen template with the pure
// functions in letters.ts and shows the letter as text (textContent, never HTML). Nothing is
// stored or sent: copy, print and download are the only ways out, and all happen on this device.
import { copyText, download, localDay, mark, pageLang } from '~/site/dom';
import { isPlace } from '~/features/place/places';
import { savePlace, wantedPlace } from '~/features/place/store';
import { fill } from '~/site/strings';
import {
	expandChannel,
	fieldIds,
	fieldsOf,
	fillLetter,
	formatLetterDate,
	letterFilename,
	type Channel,
	type FieldId,
	type LetterPlace,
	type LetterTemplate,
	type LetterType,
} from './letters';

interface Data {
	ui: Record<'copied' | 'copyFallback' | 'downloaded' | 'missing' | 'complete' | 'tooLong', string>;
	gaps: Record<FieldId, string>;
	letters: LetterTemplate[];
}

export class BwLetterBuilder extends HTMLElement {
	#data!: Data;
	#text = '';

	connectedCallback() {
		const form = this.querySelector('form');
		if (!form) return;
		try {
			const words = JSON.parse(this.dataset['letters'] ?? '') as Omit<Data, 'letters'>;
			// Every template rides on its blank letter, where it compresses best: the body and channel
			// sentences as attributes, the note and the rules read from what the blank letter shows.
			const letters = [...this.querySelectorAll<HTMLElement>('[data-templates] [data-body]')].map(
				(el): LetterTemplate => ({
					type: el.dataset['type'] as LetterType,
					place: el.dataset['place'] as LetterPlace,
					note: el.querySelector('.letters-note')?.textContent?.trim() || undefined,
					rules: [...el.querySelectorAll('[data-rule]')].map((rule) => ({
						title: rule.textContent?.trim() ?? '',
						url: rule.getAttribute('href') ?? undefined,
					})),
					body: el.dataset['body'] ?? '',
					channels: el.dataset['channels']
						? (JSON.parse(el.dataset['channels']) as LetterTemplate['channels'])
						: undefined,
				})
			);
			this.#data = { ...words, letters };
		} catch {
			return; // The blank letters below stay, readable and printable.
		}
		const date = this.#input('date');
		if (!date.value) date.value = localDay();
		this.#preferPlace();
		form.hidden = false;
		this.#part('[data-noscript]').hidden = true;
		this.#part('[data-output]').hidden = false;
		// Printing prints the live letter from now on, not the blank ones.
		this.#part('[data-templates]').classList.remove('letter-print');
		this.#part('[data-letter]').classList.add('letter-print');

		form.addEventListener('input', () => this.#update());
		form.addEventListener('change', (event) => {
			// One setting: a place picked here is the reader's place in lessons too.
			const input = event.target as HTMLInputElement;
			if (input.name === 'letter-place' && isPlace(input.value)) savePlace(input.value);
			this.#update();
		});
		form.addEventListener('submit', (event) => event.preventDefault());
		this.addEventListener('click', (event) => {
			const button = (event.target as HTMLElement).closest('button');
			if (!button) return;
			if (button.hasAttribute('data-copy')) void this.#copy();
			else if (button.hasAttribute('data-print')) window.print();
			else if (button.hasAttribute('data-download')) this.#download();
		});
		this.#update();
	}

	#part<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	#input(name: string): HTMLInputElement | HTMLTextAreaElement {
		return this.#part(`#letter-${name}`);
	}

	#choice(group: string): string {
		return (
			this.querySelector<HTMLInputElement>(`input[name="letter-${group}"]:checked`)?.value ?? ''
		);
	}

	/** Opens on the reader's place (their choice in a lesson, or a `?place=` link) when it has letters. */
	#preferPlace() {
		const { place } = wantedPlace();
		for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="letter-place"]'))
			if (radio.value === place) radio.checked = true;
	}

	#update() {
		const { ui, gaps, letters } = this.#data;
		const type = this.#choice('type') as LetterType;
		const place = this.#choice('place') as LetterPlace;
		const letter = letters.find((l) => l.type === type && l.place === place);
		if (!letter) return;
		const channel = this.#choice('channel') as Channel;
		const sentence = letter.channels?.[channel];
		const wanted = new Set(fieldsOf(expandChannel(letter.body, sentence ?? '')));

		// Only the fields this letter uses are shown; the others keep what was typed, for another letter.
		for (const box of this.querySelectorAll<HTMLElement>('[data-field]'))
			box.hidden = !wanted.has(box.dataset['field'] as FieldId);
		this.#part('[data-channel]').hidden = !sentence;

		const values = Object.fromEntries(fieldIds.map((id) => [id, this.#input(id).value]));
		const isoDay = this.#input('date').value;
		const date = formatLetterDate(isoDay, pageLang()) ?? formatLetterDate(localDay(), pageLang())!;
		const filled = fillLetter(letter.body, values, { date, gaps, channel: sentence });

		for (const id of fieldIds) {
			const over = filled.tooLong.find((t) => t.field === id);
			mark(this.#input(id), over ? fill(ui.tooLong, { max: over.max, count: over.count }) : '');
		}

		this.#text = filled.text;
		this.#part('[data-letter]').textContent = filled.text;
		const missing = filled.missing.length
			? fill(ui.missing, { count: filled.missing.length })
			: ui.complete;
		const missingBox = this.#part('[data-missing]');
		// A status region is read aloud on change: only touch it when the sentence changes.
		if (missingBox.textContent !== missing) missingBox.textContent = missing;

		this.#part('[data-note-box]').hidden = !letter.note;
		this.#part('[data-note]').textContent = letter.note ?? '';
		this.#part('[data-rules]').replaceChildren(
			...letter.rules.map((rule) => {
				const item = document.createElement('li');
				if (rule.url) {
					const link = Object.assign(document.createElement('a'), {
						href: rule.url,
						rel: 'noreferrer',
						textContent: rule.title,
					});
					item.append(link);
				} else item.textContent = rule.title;
				return item;
			})
		);
	}

	async #copy() {
		const status = this.#part('[data-status]');
		if (await copyText(this.#text)) {
			status.textContent = this.#data.ui.copied;
			return;
		}
		// No clipboard permission: select the letter so it can be copied by hand.
		window.getSelection()?.selectAllChildren(this.#part('[data-letter]'));
		status.textContent = this.#data.ui.copyFallback;
	}

	#download() {
		const type = this.#choice('type') as LetterType;
		const place = this.#choice('place') as LetterPlace;
		const name = letterFilename(type, place, this.#input('date').value);
		download(name, this.#text, 'text/plain;charset=utf-8');
		this.#part('[data-status]').textContent = this.#data.ui.downloaded;
	}
}

customElements.define('bw-letter-builder', BwLetterBuilder);
