// <bw-quiz>: enhances the server-rendered quiz (Quiz.astro). Without it the quiz still reads as a form
// with each answer in a <details>; with it, answers are checked, kept and scored.
import { PROGRESS_EVENT } from '~/features/progress/events';
import { idMap, PROGRESS_KEY, progressCodec, readProgress } from '~/features/progress/store';
import { localStore, onOtherTabChange, update } from '~/site/storage';
import { fill, readStrings, type Strings } from '~/site/strings';
import { withAnswer } from './answers';
import { tellAnswer } from './tell';
import {
	isCorrect,
	parseNumber,
	score,
	shuffle,
	shuffleAway,
	type Answer,
	type QuestionKey,
	type QuizBrowserKey,
} from './quiz';

// Not site/dom's `$`: on a module check this code loads with the page, and sharing site/dom would add a
// request to that first load. Parts a question may lack are looked up with querySelector directly.
/** The first match of `selector` in `root`, which the quiz's markup always has. */
const $ = <T extends Element = HTMLElement>(root: ParentNode, selector: string) =>
	root.querySelector<T>(selector)!;
/** The matches of `selector` in `root`, as an array. */
const $$ = <T extends Element>(root: ParentNode, selector: string) => [
	...root.querySelectorAll<T>(selector),
];

export class BwQuiz extends HTMLElement {
	#s: Strings<QuizBrowserKey> = {};
	#keys: QuestionKey[] = [];
	/** The answers shown, by question id: what is stored, or this page's own when it could not save. */
	#answers: Record<string, string[]> = idMap();
	#stopListening = () => {};

	connectedCallback() {
		this.#s = readStrings<QuizBrowserKey>(this);
		this.#keys = JSON.parse(this.dataset['keys'] ?? '[]') as QuestionKey[];
		this.#answers = this.#stored();
		for (const question of this.#questions()) this.#enhance(question);
		this.querySelector('.quiz-retry')?.addEventListener('click', () => this.#retry());
		this.#summarize();
		// Answers given or erased in another tab show here too.
		this.#stopListening = onOtherTabChange(PROGRESS_KEY, () => this.#sync());
		// The quiz's code loads as the reader nears it; this says it has taken over.
		this.toggleAttribute('data-ready', true);
	}

	disconnectedCallback() {
		this.#stopListening();
	}

	/** This quiz's stored answers that still fit their questions. */
	#stored() {
		// Stored quizzes have no prototype: any quiz id reads as data.
		const answers = readProgress(localStore()).quizzes[this.#quizId]?.answers ?? {};
		return idMap(Object.entries(answers).filter(([id, answer]) => this.#fitsId(id, answer)));
	}

	/** Shows what is stored now, redoing only the questions whose answer changed. */
	#sync() {
		const stored = this.#stored();
		for (const question of this.#questions()) {
			const id = question.dataset['questionId']!;
			if (JSON.stringify(stored[id]) === JSON.stringify(this.#answers[id])) continue;
			if (stored[id]) this.#answers[id] = stored[id];
			else delete this.#answers[id];
			delete question.dataset['result'];
			this.#reset(question);
		}
		this.#summarize();
	}

	/**
	 * Saves a change to what is stored now; on success the page shows what is stored (another tab's
	 * answers included). Otherwise a short notice saying why, for beside the control.
	 */
	#save(answer?: { question: string; value: string[] }) {
		const { result } = update(progressCodec, (progress) =>
			withAnswer(progress, this.#quizId, this.#keys, answer, (id, value) => this.#fitsId(id, value))
		);
		window.dispatchEvent(new Event(PROGRESS_EVENT));
		if (result === 'saved') return this.#sync();
		const note = document.createElement('p');
		// Full or blocked storage, or stored data this page must not overwrite (newer, unreadable).
		const why = result === 'newer' || result === 'damaged' ? 'quiz.leftAlone' : 'quiz.notSaved';
		note.textContent = this.#s[why] ?? '';
		return note;
	}

	get #quizId() {
		return this.dataset['quizId'] ?? '';
	}

	#questions() {
		return $$<HTMLElement>(this, '.quiz-question');
	}

	#key(question: HTMLElement) {
		return this.#keys.find((k) => k.id === question.dataset['questionId']);
	}

	#enhance(question: HTMLElement) {
		const submit = $<HTMLButtonElement>(question, '.quiz-submit');
		submit.hidden = false;
		$<HTMLElement>(question, '.quiz-answer').hidden = true;
		submit.addEventListener('click', () => this.#check(question));
		question.querySelector('input[type="text"]')?.addEventListener('keydown', (event) => {
			if ((event as KeyboardEvent).key === 'Enter') this.#check(question);
		});
		for (const moves of $$<HTMLElement>(question, '.quiz-step-moves')) moves.hidden = false;
		question.querySelector('.quiz-steps')?.addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLButtonElement>('button[data-move]');
			if (button) this.#move(question, button);
		});
		this.#reset(question);
	}

	/** Puts a question in its unanswered state, or its answered one when progress holds an answer. */
	#reset(question: HTMLElement) {
		const id = question.dataset['questionId']!;
		const stored = this.#answers[id];
		$<HTMLFieldSetElement>(question, 'fieldset').disabled = false;
		$(question, '.quiz-submit').removeAttribute('aria-disabled');
		$(question, '.quiz-feedback').replaceChildren();
		for (const input of $$<HTMLInputElement>(question, 'input')) {
			input.checked = false;
			if (input.type === 'text') input.value = '';
		}
		// Option order never decides correctness; mix it so position is no clue.
		const options = question.querySelector('.quiz-options');
		if (options && question.dataset['type'] !== 'true-false')
			options.append(...shuffle([...options.children]));
		const steps = question.querySelector('.quiz-steps');
		if (steps) {
			const items = [...steps.children] as HTMLElement[];
			// Mix away from the right order (not from the page's order, which may land on the right one).
			const key = this.#key(question);
			const order =
				stored ??
				shuffleAway(
					key?.type === 'ordering' ? key.correct : items.map((li) => li.dataset['step']!)
				);
			steps.append(...order.flatMap((step) => items.filter((li) => li.dataset['step'] === step)));
			this.#updateMoves(steps);
		}
		if (stored) this.#show(question, stored);
	}

	/** Whether a saved answer still fits its question (options renamed or steps added since: ask again). */
	#fitsId(id: string, answer: Answer) {
		const question = this.#questions().find((q) => q.dataset['questionId'] === id);
		return !question || this.#fits(question, answer);
	}

	/** Whether a saved answer names only this question's options, or all its steps once each. */
	#fits(question: HTMLElement, answer: Answer) {
		const values = $$<HTMLInputElement>(question, 'input:not([type="text"])').map(
			(input) => input.value
		);
		const steps = $$<HTMLElement>(question, '[data-step]').map((li) => li.dataset['step']!);
		if (steps.length)
			return answer.length === steps.length && steps.every((step) => answer.includes(step));
		return values.length === 0
			? answer.length === 1
			: answer.every((value) => values.includes(value));
	}

	#read(question: HTMLElement): string[] {
		const text = question.querySelector<HTMLInputElement>('input[type="text"]');
		if (text) return text.value.trim() ? [text.value.trim().slice(0, 64)] : [];
		const steps = question.querySelector('.quiz-steps');
		if (steps) return $$<HTMLElement>(steps, 'li').map((li) => li.dataset['step']!);
		return $$<HTMLInputElement>(question, 'input:checked').map((input) => input.value);
	}

	#check(question: HTMLElement) {
		const key = this.#key(question);
		if (!key || $<HTMLFieldSetElement>(question, 'fieldset').disabled) return;
		const answer = this.#read(question);
		const feedback = $(question, '.quiz-feedback');
		if (answer.length === 0 || (key.type === 'numeric' && parseNumber(answer[0]!) === undefined)) {
			const message = document.createElement('p');
			message.textContent =
				this.#s[key.type === 'numeric' ? 'quiz.needNumber' : 'quiz.needAnswer'] ?? '';
			feedback.replaceChildren(message);
			return;
		}
		this.#answers[key.id] = answer;
		const note = this.#save({ question: key.id, value: answer });
		this.#show(question, answer);
		if (note) feedback.append(note);
		tellAnswer(this, { question: key.id, correct: isCorrect(key, answer) }, this.#summarize());
	}

	/** Locks a question and shows what its answer earned: verdict, feedback, the right answer if missed, the explanation. */
	#show(question: HTMLElement, answer: Answer) {
		const key = this.#key(question);
		if (!key) return;
		const right = isCorrect(key, answer);
		for (const input of $$<HTMLInputElement>(question, 'input')) {
			if (input.type === 'text') input.value = answer[0] ?? '';
			else input.checked = answer.includes(input.value);
		}
		$<HTMLFieldSetElement>(question, 'fieldset').disabled = true;
		$(question, '.quiz-submit').setAttribute('aria-disabled', 'true');
		question.dataset['result'] = right ? 'right' : 'wrong';

		const details = $(question, '.quiz-answer');
		const verdict = document.createElement('p');
		verdict.className = 'quiz-verdict';
		verdict.textContent = (right ? this.#s['quiz.right'] : this.#s['quiz.wrong']) ?? '';
		const chosen =
			key.type === 'single' || key.type === 'scenario' || key.type === 'multiple'
				? answer.flatMap((id) =>
						$$(details, `[data-feedback]`).filter((el) => el.getAttribute('data-feedback') === id)
					)
				: $$(details, `[data-feedback="${right ? 'right' : 'wrong'}"]`);
		const parts = [verdict, ...chosen.map((el) => this.#copy(el, 'p'))];
		if (!right) parts.push(this.#copy($(details, '[data-part="right-answer"]'), 'div'));
		parts.push(this.#copy($(details, '[data-part="explanation"]'), 'p'));
		$(question, '.quiz-feedback').replaceChildren(...parts);
	}

	/** A visible copy of part of the hidden answer, as a fresh element so list items need no list. */
	#copy(source: Element, tag: string) {
		const element = document.createElement(tag);
		element.append(...[...source.childNodes].map((node) => node.cloneNode(true)));
		return element;
	}

	#move(question: HTMLElement, button: HTMLButtonElement) {
		const item = button.closest('li')!;
		const list = item.parentElement!;
		const delta = Number(button.dataset['move']);
		const target =
			delta < 0
				? item.previousElementSibling
				: (item.nextElementSibling?.nextElementSibling ?? null);
		if (delta < 0 && !target) return;
		if (delta > 0 && !item.nextElementSibling) return;
		list.insertBefore(item, target);
		this.#updateMoves(list);
		// Keep focus on the button pressed; at the end of the list it is disabled, so use its partner.
		const partner = item.querySelector<HTMLButtonElement>(`button[data-move="${-delta}"]`);
		(button.disabled ? partner : button)?.focus();
		const items = [...list.children];
		$(question, '.quiz-moved').textContent = fill(this.#s['quiz.moved'], {
			step: item.querySelector('.quiz-step-text')?.textContent ?? '',
			position: items.indexOf(item) + 1,
			total: items.length,
		});
	}

	#updateMoves(list: Element) {
		const items = [...list.children];
		items.forEach((item, index) => {
			$<HTMLButtonElement>(item, 'button[data-move="-1"]').disabled = index === 0;
			$<HTMLButtonElement>(item, 'button[data-move="1"]').disabled = index === items.length - 1;
		});
	}

	#summarize() {
		const result = score(this.#keys, this.#answers);
		const summary = $(this, '.quiz-summary');
		const needed = Number(this.dataset['needed']);
		const verdict = result.passed
			? (this.#s['quiz.passed'] ?? '')
			: fill(this.#s['quiz.notPassed'], { needed });
		summary.textContent =
			result.answered === result.total
				? `${fill(this.#s['quiz.score'], { correct: result.correct, total: result.total })} ${verdict}`
				: '';
		summary.toggleAttribute('data-passed', result.passed);
		$<HTMLButtonElement>(this, '.quiz-retry').hidden = result.answered === 0;
		return result;
	}

	#retry() {
		const note = this.#save();
		this.#answers = idMap();
		for (const question of this.#questions()) {
			delete question.dataset['result'];
			this.#reset(question);
		}
		this.#summarize();
		if (note) $(this, '.quiz-summary').append(note);
		this.querySelector<HTMLElement>(
			'.quiz-question input, .quiz-question button:not([disabled])'
		)?.focus();
	}
}

customElements.define('bw-quiz', BwQuiz);

// For the progress page's review (bw-review-list.ts): scoring stays in this file, not a chunk of its own.
export { isCorrect, parseNumber, shuffle, shuffleAway } from './quiz';
