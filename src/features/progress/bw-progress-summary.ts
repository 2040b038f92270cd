// <bw-progress-summary>: lists passed lessons and checks from `bw:progress` with score and date, shows the
// name typed (as text) and stores it only while "remember my name on this device" is ticked, saying so
// beside the box when the browser does not keep it.
import { $, pageLang } from '~/site/dom';
import { localStore, onOtherTabChange } from '~/site/storage';
import { fill, readStrings, type Strings } from '~/site/strings';
import { forgetLearnerName, readLearnerName, rememberLearnerName } from './learner-name';
import { PROGRESS_KEY, readProgress } from './store';
import { quizStatus } from './transfer';
import { quizCells } from './view';

interface Item {
	id: string;
	title: string;
	kind: 'lesson' | 'check';
	module: string;
}

export class BwProgressSummary extends HTMLElement {
	#s: Strings = {};
	#stopListening = () => {};

	connectedCallback() {
		this.#s = readStrings(this);
		$(this, '[data-nojs]').remove();
		$(this, '[data-controls]').hidden = false;
		$(this, '[data-sheet]').hidden = false;
		const name = $<HTMLInputElement>(this, '#learner-name');
		const remember = $<HTMLInputElement>(this, '#remember-name');
		const stored = readLearnerName(localStore());
		if (stored) {
			name.value = stored;
			remember.checked = true;
		}
		name.addEventListener('input', () => this.#name(name.value, remember.checked));
		remember.addEventListener('change', () => this.#name(name.value, remember.checked));
		$<HTMLFormElement>(this, '[data-controls]').addEventListener('submit', (event) =>
			event.preventDefault()
		);
		$(this, '[data-print]').addEventListener('click', () => window.print());
		this.#showName(name.value);
		this.#render();
		// A quiz passed or progress erased in another tab shows here at once.
		this.#stopListening = onOtherTabChange(PROGRESS_KEY, () => this.#render());
	}

	disconnectedCallback() {
		this.#stopListening();
	}

	#name(value: string, remember: boolean) {
		this.#showName(value);
		const kept = remember
			? rememberLearnerName(localStore(), value)
			: forgetLearnerName(localStore());
		$(this, '[data-remember-status]').textContent =
			remember && !kept ? (this.#s['myprogress.summary.notRemembered'] ?? '') : '';
	}

	#showName(value: string) {
		const name = value.trim();
		$(this, '[data-learner]').textContent = name
			? fill(this.#s['myprogress.summary.learner'], { name })
			: (this.#s['myprogress.summary.noName'] ?? '');
	}

	#render() {
		let items: Item[] = [];
		try {
			items = JSON.parse(this.dataset['items'] ?? '[]') as Item[];
		} catch {
			// Leaves the list empty; the page still explains itself.
		}
		const progress = readProgress(localStore());
		const done = items.filter((item) => quizStatus(progress.quizzes[item.id]) === 'done');
		const rows = done.map((item) => {
			const cells = quizCells(progress.quizzes[item.id], this.#s);
			const row = document.createElement('tr');
			const head = document.createElement('th');
			head.scope = 'row';
			head.textContent = item.title;
			row.append(
				head,
				...[item.module, cells.score, cells.date].map((text) =>
					Object.assign(document.createElement('td'), { textContent: text })
				)
			);
			return row;
		});
		$(this, 'tbody').replaceChildren(...rows);
		$(this, '[data-finished]').hidden = rows.length === 0;
		$(this, '[data-none]').hidden = rows.length > 0;
		const count = (kind: string) => ({
			total: items.filter((i) => i.kind === kind).length,
			done: done.filter((i) => i.kind === kind).length,
		});
		$(this, '[data-lessons-count]').textContent = fill(
			this.#s['myprogress.overall'],
			count('lesson')
		);
		$(this, '[data-checks-count]').textContent = fill(
			this.#s['myprogress.checksOverall'],
			count('check')
		);
		const today = new Intl.DateTimeFormat(pageLang(), { dateStyle: 'long' }).format(new Date());
		$(this, '[data-generated]').textContent = fill(this.#s['myprogress.summary.generated'], {
			date: today,
		});
	}
}

customElements.define('bw-progress-summary', BwProgressSummary);
