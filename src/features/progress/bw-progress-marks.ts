// <bw-progress-marks>: marks links to passed lessons (and module checks) in the sidebar and on module
// overviews (./mark-passed.ts). It is on every page, so it stays small: the marking code and the
// progress store load only when there is something to mark, stored progress or progress just saved
// on this page or in another tab. A first visit loads neither.
import { onOtherTabChange, readKey } from '~/site/storage';
import { PROGRESS_EVENT, PROGRESS_KEY } from './events';

export class BwProgressMarks extends HTMLElement {
	readonly #update = () => void this.mark();
	#stopListening = () => {};

	connectedCallback() {
		if (readKey(PROGRESS_KEY) !== null) this.#update();
		window.addEventListener(PROGRESS_EVENT, this.#update);
		// Another tab passing a quiz, or erasing progress, updates this one too.
		this.#stopListening = onOtherTabChange(PROGRESS_KEY, this.#update);
	}

	disconnectedCallback() {
		window.removeEventListener(PROGRESS_EVENT, this.#update);
		this.#stopListening();
	}

	/** Marks the passed lessons' links as stored now, and unmarks the others. */
	async mark(): Promise<void> {
		const { markPassed } = await import('./mark-passed');
		markPassed(this.dataset['completed'] ?? '');
	}
}

customElements.define('bw-progress-marks', BwProgressMarks);
