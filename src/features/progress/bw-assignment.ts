// <bw-assignment>: shows the assignment in the page's fragment (title and due date as text, never HTML)
// with the learner's own progress on each lesson; a damaged or empty fragment gets a clear message.
// The title is the sender's words, quoted under the page's own heading, never in its place.
import { $, pageLang } from '~/site/dom';
import { localStore } from '~/site/storage';
import { fill, readStrings, type Strings } from '~/site/strings';
import { daysUntil, decodeAssignment, type Assignment } from './assignment';
import { PROGRESS_EVENT } from './events';
import { readProgress } from './store';
import { quizStatus } from './transfer';
import { fillRow, quizCells } from './view';

interface Item {
	id: string;
	title: string;
	href: string;
}

export class BwAssignment extends HTMLElement {
	#s: Strings = {};
	#items = new Map<string, Item>();
	readonly #render = () => this.render();

	connectedCallback() {
		this.#s = readStrings(this);
		try {
			for (const item of JSON.parse(this.dataset['items'] ?? '[]') as Item[])
				this.#items.set(item.id, item);
		} catch {
			// No catalog: every link reads as naming no lesson of ours.
		}
		$(this, '[data-nojs]').remove();
		this.render();
		window.addEventListener('hashchange', this.#render);
		window.addEventListener('storage', this.#render);
		window.addEventListener(PROGRESS_EVENT, this.#render);
	}

	disconnectedCallback() {
		window.removeEventListener('hashchange', this.#render);
		window.removeEventListener('storage', this.#render);
		window.removeEventListener(PROGRESS_EVENT, this.#render);
	}

	render() {
		const decoded = decodeAssignment(location.hash, new Set(this.#items.keys()));
		const error = $(this, '[data-error]');
		const view = $(this, '[data-view]');
		if (!decoded.ok) {
			error.textContent = this.#s[`assign.view.${decoded.reason}`] ?? '';
			error.hidden = false;
			view.hidden = true;
			return;
		}
		error.hidden = true;
		view.hidden = false;
		const { assignment } = decoded;
		$(this, '[data-title]').textContent = assignment.title;
		$(this, '[data-note]').hidden = assignment.title === '';
		this.#due(assignment);
		const notes: string[] = [];
		if (decoded.ignored > 0)
			notes.push(fill(this.#s['assign.view.ignored'], { count: decoded.ignored }));
		if (decoded.badDate) notes.push(this.#s['assign.view.badDate'] ?? '');
		$(this, '[data-notes]').textContent = notes.join(' ');
		$(this, '[data-notes]').hidden = notes.length === 0;
		this.#rows(assignment);
	}

	#due({ due }: Assignment) {
		const slot = $(this, '[data-due]');
		slot.hidden = due === null;
		if (due === null) return;
		const lang = pageLang();
		const [year, month, day] = due.split('-').map(Number) as [number, number, number];
		// A calendar day: formatted in UTC so no time zone moves it to the day before.
		const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
			new Date(Date.UTC(year, month - 1, day))
		);
		const days = daysUntil(due, new Date());
		const relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(days, 'day');
		const key =
			days === 0 ? 'assign.view.dueToday' : days < 0 ? 'assign.view.overdue' : 'assign.view.due';
		slot.textContent = fill(this.#s[key], { date, relative });
		slot.dataset['overdue'] = String(days < 0);
	}

	#rows({ lessons }: Assignment) {
		const progress = readProgress(localStore());
		const rows = lessons.map((id) => {
			const item = this.#items.get(id)!;
			const row = document.createElement('tr');
			row.dataset['id'] = id;
			const head = document.createElement('th');
			head.scope = 'row';
			const link = document.createElement('a');
			link.href = item.href;
			link.textContent = item.title;
			head.append(link);
			const cells = ['status', 'score', 'date'].map((name) => {
				const cell = document.createElement('td');
				cell.setAttribute(`data-${name}`, '');
				return cell;
			});
			row.append(head, ...cells);
			fillRow(row, quizCells(progress.quizzes[id], this.#s));
			return row;
		});
		$(this, 'tbody').replaceChildren(...rows);
		const done = lessons.filter((id) => quizStatus(progress.quizzes[id]) === 'done').length;
		$(this, '[data-count]').textContent = fill(this.#s['assign.view.count'], {
			done,
			total: lessons.length,
		});
	}
}

customElements.define('bw-assignment', BwAssignment);
