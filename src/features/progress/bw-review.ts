// <bw-review>: shows "Review what you missed" on the progress page. Until the learner has answered
// something it only says there is nothing to review; then it loads <bw-review-list> (bw-review-list.ts),
// which brings the quiz's scoring with it, so the page's first load stays light.
import { localStore, onOtherTabChange } from '~/site/storage';
import { readStrings } from '~/site/strings';
import { hasAnswers } from './answered';
import { PROGRESS_EVENT } from './events';
import { PROGRESS_KEY, readProgress } from './store';

export class BwReview extends HTMLElement {
	#stopListening = () => {};

	connectedCallback() {
		this.hidden = false;
		this.#check();
		// An answer given in another tab, or progress loaded from a file here, may bring the first one.
		this.#stopListening = onOtherTabChange(PROGRESS_KEY, this.#check);
		window.addEventListener(PROGRESS_EVENT, this.#check);
	}

	disconnectedCallback() {
		this.#stopListening();
		window.removeEventListener(PROGRESS_EVENT, this.#check);
	}

	#check = () => {
		const list = this.querySelector<HTMLElement>('bw-review-list');
		if (!list || customElements.get('bw-review-list')) return;
		if (hasAnswers(readProgress(localStore()))) {
			void import('./bw-review-list');
			return;
		}
		const status = list.querySelector('[data-review-status]');
		if (status) status.textContent = readStrings(list)['review.empty'] ?? '';
	};
}

customElements.define('bw-review', BwReview);
