// The home-visit and contact check: turns the page's list of cards into a few questions and one
// card. Which question follows which answer is decided in flow.ts. The page holds one place's cards;
// picking another fetches that place's version of the page, as a lesson's place picker does.
import { isPlace, type PlaceId } from '~/features/place/places';
import { savePlace, wantedPlace } from '~/features/place/store';
import { fill } from '~/site/strings';
import {
	answer,
	answersBefore,
	back,
	cardKey,
	position,
	stepNumber,
	type Answers,
	type CardChoice,
	type StepId,
} from './flow';

export class BwCollectionCheck extends HTMLElement {
	#answers: Answers = {};
	#at: StepId | 'card' = 'situation';
	/** A place's cards are on their way: one answer at a time. */
	#loading = false;

	connectedCallback() {
		const form = this.querySelector<HTMLFormElement>('form.cc-flow');
		const all = this.querySelector<HTMLElement>('[data-all]');
		if (!form || !all) return;
		// Opens on the reader's place (their choice in a lesson, or a `?place=` link) when it has cards.
		const { place } = wantedPlace();
		const preset = place && this.#radio('place', place);
		if (preset) preset.checked = true;

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#next();
		});
		form.addEventListener('change', (event) => {
			const input = event.target as HTMLInputElement;
			// One setting: a place picked here is the reader's place in lessons too.
			if (input.name === 'place' && isPlace(input.value)) savePlace(input.value);
			this.#message(input.name as StepId, '');
		});
		this.#button('back').addEventListener('click', () => this.#back());
		this.#button('restart').addEventListener('click', () => this.#restart());
		this.#button('print').addEventListener('click', () => window.print());
		all.hidden = true;
		form.hidden = false;
		this.#show('situation', false);
	}

	#button(name: string): HTMLButtonElement {
		return this.querySelector<HTMLButtonElement>(`[data-${name}]`)!;
	}

	#radio(step: StepId, value: string): HTMLInputElement | null {
		return this.querySelector<HTMLInputElement>(`input[name="${step}"][value="${value}"]`);
	}

	#message(step: StepId, text: string) {
		const slot = this.querySelector(`#cc-msg-${step}`);
		if (slot) slot.textContent = text;
		const fieldset = this.querySelector(`fieldset[data-step="${step}"]`);
		if (text) fieldset?.setAttribute('aria-invalid', 'true');
		else fieldset?.removeAttribute('aria-invalid');
	}

	#next() {
		if (this.#at === 'card' || this.#loading) return;
		const step = this.#at;
		const checked = this.querySelector<HTMLInputElement>(`input[name="${step}"]:checked`);
		if (!checked) {
			this.#message(step, this.dataset['chooseOne'] ?? '');
			this.querySelector<HTMLInputElement>(`input[name="${step}"]`)?.focus();
			return;
		}
		this.#answers = answer(this.#answers, step, checked.value);
		const next = position(this.#answers);
		if ('step' in next) this.#show(next.step, true);
		else void this.#showCard(next.card);
	}

	#back() {
		const previous = back(this.#answers, this.#at);
		if (!previous) return;
		this.#answers = answersBefore(this.#answers, previous);
		this.#show(previous, true);
	}

	#restart() {
		this.#answers = {};
		for (const input of this.querySelectorAll<HTMLInputElement>(
			'input[type="radio"]:not([name="place"])'
		))
			input.checked = false;
		this.#show('situation', true);
	}

	/** Shows one part of the flow (a question or the card), and the buttons that belong to it. */
	#reveal(part: StepId | 'card') {
		this.#at = part;
		for (const el of this.querySelectorAll<HTMLElement>('.cc-flow [data-step]'))
			el.hidden = el.dataset['step'] !== part;
		const first = part === 'situation';
		this.#button('back').hidden = first;
		this.#button('next').hidden = part === 'card';
		this.#button('print').hidden = part !== 'card';
		this.#button('restart').hidden = part !== 'card';
		this.classList.toggle('cc-has-card', part === 'card');
	}

	#show(step: StepId, focus: boolean) {
		this.#reveal(step);
		const { number, total } = stepNumber(this.#answers, step);
		const progress = this.querySelector('[data-progress]')!;
		progress.textContent = fill(this.dataset['stepOf'], { number, total });
		this.#announce('');
		if (focus)
			this.querySelector<HTMLElement>(`fieldset[data-step="${step}"] .cc-question`)?.focus();
	}

	#card(choice: CardChoice): HTMLElement | null {
		return this.querySelector<HTMLElement>(
			`[data-all] [data-card="${cardKey(choice.situation, choice.place)}"]`
		);
	}

	/** Brings in another place's cards (src/features/place/place-switch.ts); a failure is said at the place question. */
	async #load(place: PlaceId): Promise<boolean> {
		const picker = this.querySelector<HTMLElement>('[data-place-part="cards"] .place-picker');
		if (!picker) return false;
		this.#loading = true;
		this.setAttribute('aria-busy', 'true');
		try {
			const { show } = await import('~/features/place/place-switch');
			await show(picker, place, false);
		} finally {
			this.#loading = false;
			this.removeAttribute('aria-busy');
		}
		if (this.querySelector(`[data-place-part="cards"][data-place="${place}"]`)) return true;
		// The switch wrote why beside the (hidden) picker: say it where the reader is looking.
		this.#message('place', picker.querySelector('.place-note')?.textContent ?? '');
		return false;
	}

	async #showCard(choice: CardChoice) {
		if (!this.#card(choice) && !(await this.#load(choice.place))) {
			this.#show('place', true);
			return;
		}
		const source = this.#card(choice);
		const slot = this.querySelector('[data-slot]')!;
		if (!source) return;
		const card = source.cloneNode(true) as HTMLElement;
		card.classList.toggle('is-urgent', choice.urgent);
		slot.replaceChildren(card);
		this.#reveal('card');
		this.querySelector('[data-progress]')!.textContent = '';
		this.querySelector<HTMLElement>('#cc-result')?.focus();
		const title = card.querySelector('.cc-card-title')?.textContent ?? '';
		const urgent = choice.urgent ? (card.querySelector('[data-urgent]')?.textContent ?? '') : '';
		this.#announce([title, urgent].filter(Boolean).join('. '));
	}

	#announce(text: string) {
		const live = this.querySelector('[data-announce]')!;
		live.textContent = '';
		// A fresh text node after a pause, so screen readers announce it even if it is unchanged.
		if (text) setTimeout(() => (live.textContent = text), 100);
	}
}

customElements.define('bw-collection-check', BwCollectionCheck);
