// <bw-assign-lessons>: turns the ticked lessons, title and due date into an assignment link (the data in
// its fragment, never its query), with a copy button and a way to open it.
import { $, copyText, mark } from '~/site/dom';
import { fill, readStrings, type Strings } from '~/site/strings';
import { encodeAssignment, isIsoDate } from './assignment';

export class BwAssignLessons extends HTMLElement {
	#s: Strings = {};

	connectedCallback() {
		this.#s = readStrings(this);
		$(this, '[data-nojs]').remove();
		const form = $<HTMLFormElement>(this, 'form');
		form.hidden = false;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#make();
		});
		$(this, '[data-copy]').addEventListener('click', () => void this.#copy());
		// A changed choice makes the old link stale: hide it until it is made again.
		form.addEventListener('input', (event) => {
			if ((event.target as Element).id !== 'assign-link') $(this, '[data-result]').hidden = true;
		});
	}

	#make() {
		const status = $(this, '[data-status]');
		status.textContent = '';
		const lessons = [
			...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked'),
		].map((box) => box.value);
		const max = Number(this.dataset['max']);
		const lessonsError =
			lessons.length === 0
				? this.#s['assign.error.noLessons']
				: lessons.length > max
					? fill(this.#s['assign.error.tooMany'], { max })
					: '';
		const due = $<HTMLInputElement>(this, '#assign-due');
		const dueError =
			due.validity.badInput || (due.value !== '' && !isIsoDate(due.value))
				? this.#s['assign.error.date']
				: '';
		// The lessons' message belongs to their group (its description), not to one checkbox.
		$(this, '#assign-lessons-msg').textContent = lessonsError ?? '';
		mark(due, dueError ?? '');
		if (lessonsError)
			return this.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
		if (dueError) return due.focus();
		const hash = encodeAssignment({
			lessons,
			title: $<HTMLInputElement>(this, '#assign-title').value,
			due: due.value || null,
		});
		const url = new URL(this.dataset['target'] ?? '', location.href);
		url.hash = hash;
		const link = $<HTMLInputElement>(this, '#assign-link');
		link.value = url.href;
		$<HTMLAnchorElement>(this, '[data-open]').href = url.href;
		$(this, '[data-result]').hidden = false;
		status.textContent = this.#s['assign.made'] ?? '';
		link.focus();
		link.select();
	}

	async #copy() {
		const status = $(this, '[data-status]');
		const link = $<HTMLInputElement>(this, '#assign-link');
		if (await copyText(link.value)) {
			status.textContent = this.#s['assign.copied'] ?? '';
			return;
		}
		// No clipboard permission: the link is in the field, selected, to copy by hand.
		link.focus();
		link.select();
		status.textContent = this.#s['assign.copyFallback'] ?? '';
	}
}

customElements.define('bw-assign-lessons', BwAssignLessons);
