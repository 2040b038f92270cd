// <bw-progress-marks>: marks links to passed lessons (and module checks) in the sidebar and on module
// overviews with a check mark and a visually hidden word, matching links by their locale-free path.
import { localeIds } from '~/site/locales';
import { localStore, onOtherTabChange } from '~/site/storage';
import { PROGRESS_EVENT } from './events';
import { pageIdOfPath, passedQuizzes, PROGRESS_KEY, readProgress } from './store';

export class BwProgressMarks extends HTMLElement {
	readonly #update = () => this.mark();
	#stopListening = () => {};

	connectedCallback() {
		this.mark();
		window.addEventListener(PROGRESS_EVENT, this.#update);
		// Another tab passing a quiz, or erasing progress, updates this one too.
		this.#stopListening = onOtherTabChange(PROGRESS_KEY, this.#update);
	}

	disconnectedCallback() {
		window.removeEventListener(PROGRESS_EVENT, this.#update);
		this.#stopListening();
	}

	mark() {
		const passed = passedQuizzes(readProgress(localStore()));
		const label = this.dataset['completed'] ?? '';
		for (const link of document.querySelectorAll<HTMLAnchorElement>(
			'#starlight__sidebar a[href], .module-lessons a[href]'
		)) {
			const id = pageIdOfPath(new URL(link.href).pathname, import.meta.env.BASE_URL, localeIds);
			const mark = link.querySelector('.progress-mark');
			if (id && passed.has(id)) {
				if (!mark) link.append(this.#mark(label));
			} else mark?.remove();
		}
	}

	#mark(label: string) {
		const mark = document.createElement('span');
		mark.className = 'progress-mark';
		const symbol = document.createElement('span');
		symbol.setAttribute('aria-hidden', 'true');
		symbol.textContent = '✓';
		const text = document.createElement('span');
		text.className = 'sr-only';
		text.textContent = ` ${label}`;
		mark.append(symbol, text);
		return mark;
	}
}

customElements.define('bw-progress-marks', BwProgressMarks);
