// The debt-help scam check's element: turns the ticked signs into a verdict with its reasons, and
// shows the channels of the chosen place. Ticks are not stored: they live in the form. The place
// opens on the reader's own (chosen in a lesson or another tool, or by a `?place=` link), and a place
// picked here becomes the reader's place everywhere.
import { isPlace } from '~/features/place/places';
import { savePlace, wantedPlace } from '~/features/place/store';
import { fill, readStrings } from '~/site/strings';
import { assess, levels, type ScamCheckKey, type Sign, type SignWeight } from './scam-check';

const weightOf = (value: string | undefined): SignWeight | undefined =>
	value === 'decisive' ? 'decisive' : value === '1' ? 1 : value === '2' ? 2 : undefined;

export class BwScamCheck extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form');
		const strings = readStrings<ScamCheckKey>(this);
		// Without every verdict the checklist stays as it reads without JavaScript.
		if (!form || !levels.every((l) => typeof strings[`${l}.title`] === 'string')) return;
		const total = Number(this.dataset['total']);
		const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="sign"]')];
		const signs: Sign[] = boxes.flatMap((box) => {
			const weight = weightOf(box.dataset['weight']);
			return weight ? [{ id: box.value, weight }] : [];
		});
		const result = this.querySelector<HTMLElement>('[data-result]')!;
		const title = this.querySelector<HTMLElement>('[data-verdict-title]')!;
		const text = this.querySelector<HTMLElement>('[data-verdict-text]')!;
		const count = this.querySelector<HTMLElement>('[data-count]')!;
		const reasonsBlock = this.querySelector<HTMLElement>('[data-reasons-block]')!;
		const reasons = this.querySelector<HTMLElement>('[data-reasons]')!;
		const places = [...this.querySelectorAll<HTMLElement>('[data-place]')];

		const update = () => {
			const { level, reasons: ticked } = assess(
				signs,
				boxes.filter((b) => b.checked).map((b) => b.value)
			);
			const verdict = strings[`${level}.title`] ?? '';
			result.dataset['level'] = level;
			// Only a changed text is written, so the live region speaks when the verdict changes.
			if (title.textContent !== verdict) title.textContent = verdict;
			text.textContent = strings[`${level}.text`] ?? '';
			count.textContent = fill(strings.tickedCount, { count: ticked.length, total });
			reasons.replaceChildren(
				...ticked.map((sign) => {
					const li = document.createElement('li');
					const label = document.createElement('strong');
					label.textContent =
						this.querySelector(`label[for="sign-${sign.id}"] [data-label]`)?.textContent ?? sign.id;
					const why = document.createElement('span');
					why.textContent = ` ${document.getElementById(`sign-${sign.id}-why`)?.textContent?.trim() ?? ''}`;
					li.append(label, why);
					return li;
				})
			);
			reasonsBlock.hidden = ticked.length === 0;
			const place = (form.elements.namedItem('place') as RadioNodeList | null)?.value;
			for (const section of places)
				section.hidden = Boolean(place) && section.dataset['place'] !== place;
		};

		for (const el of this.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
		// The reader's place, when it has channels, becomes the one shown first and after a reset.
		const { place } = wantedPlace();
		const radios = [...form.querySelectorAll<HTMLInputElement>('input[name="place"]')];
		if (place && radios.some((r) => r.value === place))
			for (const radio of radios) radio.defaultChecked = radio.checked = radio.value === place;
		form.addEventListener('change', (event) => {
			const input = event.target as HTMLInputElement;
			if (input.name === 'place' && isPlace(input.value)) savePlace(input.value);
			update();
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			update();
			title.focus();
		});
		// The form's reset runs after its event; update once the boxes are cleared.
		form.addEventListener('reset', () => setTimeout(update));
		update();
	}
}

customElements.define('bw-scam-check', BwScamCheck);
