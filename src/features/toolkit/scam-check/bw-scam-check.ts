// The debt-help scam check (src/features/toolkit/scam-check/ScamCheck.astro): turns the ticked signs into a verdict
// with its reasons, and shows the channels of the chosen place. Nothing is stored: ticks live in the form.
import {
	assess,
	levels,
	type Level,
	type Sign,
	type SignWeight,
} from '~/features/toolkit/scam-check/scam-check';

interface Strings {
	verdicts: Record<Level, { title: string; text: string }>;
	tickedCount: string;
	total: number;
}

const weightOf = (value: string | undefined): SignWeight | undefined =>
	value === 'decisive' ? 'decisive' : value === '1' ? 1 : value === '2' ? 2 : undefined;

function readStrings(el: HTMLElement): Strings | undefined {
	try {
		const parsed = JSON.parse(el.dataset['strings'] ?? '') as Strings;
		return levels.every((l) => typeof parsed.verdicts?.[l]?.title === 'string')
			? parsed
			: undefined;
	} catch {
		return undefined;
	}
}

class ScamCheckElement extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form');
		const strings = readStrings(this);
		if (!form || !strings) return;
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
			const verdict = strings.verdicts[level];
			result.dataset['level'] = level;
			// Only a changed text is written, so the live region speaks when the verdict changes.
			if (title.textContent !== verdict.title) title.textContent = verdict.title;
			text.textContent = verdict.text;
			count.textContent = strings.tickedCount
				.replace('{{count}}', String(ticked.length))
				.replace('{{total}}', String(strings.total));
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
		form.addEventListener('change', update);
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

customElements.define('bw-scam-check', ScamCheckElement);
