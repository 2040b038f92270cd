// <bw-review-list>: "Review what you missed" on the progress page. Lists the questions last answered
// wrong (review.ts), each to retry in place, with its explanation and a link to the lesson section.
// Loaded by bw-review.ts only once some answer is stored, with the questions' words fetched then.
import { isCorrect, parseNumber } from '~/features/quiz/bw-quiz';
import { localStore, onOtherTabChange, update } from '~/site/storage';
import { fill, readStrings, type Strings } from '~/site/strings';
import { PROGRESS_EVENT } from './events';
import { hasAnswers } from './answered';
import { missedQuestions, withRetry, type Missed, type ReviewQuestion } from './review';
import { controls, make } from './review-form';
import { PROGRESS_KEY, progressCodec, readProgress } from './store';

export class BwReviewList extends HTMLElement {
	#s: Strings = {};
	#questions: ReviewQuestion[] | undefined;
	#stopListening = () => {};

	connectedCallback() {
		this.#s = readStrings(this);
		void this.#show();
		// A quiz answered or progress erased in another tab changes the list here too.
		this.#stopListening = onOtherTabChange(PROGRESS_KEY, () => void this.#show());
		window.addEventListener(PROGRESS_EVENT, this.#onProgress);
	}

	disconnectedCallback() {
		this.#stopListening();
		window.removeEventListener(PROGRESS_EVENT, this.#onProgress);
	}

	/** Progress imported or erased on this page: list again (a retry here does not dispatch it). */
	#onProgress = () => void this.#show();

	#part<T extends HTMLElement = HTMLElement>(name: string) {
		return this.querySelector<T>(`[data-review-${name}]`)!;
	}

	async #show() {
		const progress = readProgress(localStore());
		const status = this.#part('status');
		const list = this.#part('list');
		if (!hasAnswers(progress)) return this.#render([]);
		if (!this.#questions) {
			status.textContent = this.#s['review.loading'] ?? '';
			try {
				const response = await fetch(this.dataset['src'] ?? '');
				if (!response.ok) throw new Error(String(response.status));
				this.#questions = ((await response.json()) as { questions: ReviewQuestion[] }).questions;
			} catch {
				list.replaceChildren();
				status.textContent = this.#s['review.loadFailed'] ?? '';
				return;
			}
		}
		this.#render(missedQuestions(readProgress(localStore()), this.#questions, isCorrect));
	}

	#render(missed: Missed[]) {
		this.#part('list').replaceChildren(...missed.map((item) => this.#item(item)));
		this.#count();
	}

	/** The status line: how many are left to review, or the empty state. */
	#count() {
		const left = this.querySelectorAll('[data-review-list] > li:not([data-result="right"])').length;
		this.#part('status').textContent =
			left === 0 ? (this.#s['review.empty'] ?? '') : fill(this.#s['review.count'], { count: left });
	}

	#item({ question, quizId }: Missed) {
		const base = `review-${question.lesson.replace('/', '-')}-${question.id}`;
		const s = this.#s;
		const described: string[] = [];
		const parts: Node[] = [
			make(
				'h3',
				{ class: 'quiz-number' },
				fill(s['review.from'], { lesson: question.sectionLabel })
			),
		];
		if (question.scenario) {
			parts.push(make('p', { class: 'quiz-scenario', id: `${base}-scenario` }, question.scenario));
			described.push(`${base}-scenario`);
		}
		const fieldset = make('fieldset', {}, make('legend', {}, question.prompt));
		const hint =
			question.key.type === 'multiple'
				? s['quiz.multipleHint']
				: question.key.type === 'ordering'
					? s['quiz.orderingHint']
					: undefined;
		if (hint) {
			fieldset.append(make('p', { class: 'quiz-hint', id: `${base}-hint` }, hint));
			described.push(`${base}-hint`);
		}
		if (described.length) fieldset.setAttribute('aria-describedby', described.join(' '));
		fieldset.append(...controls(question, base, s));
		const submit = make(
			'button',
			{ type: 'button', class: 'quiz-submit' },
			s['quiz.checkAnswer'] ?? ''
		);
		const again = make(
			'button',
			{ type: 'button', class: 'quiz-retry', hidden: '' },
			s['review.tryAgain'] ?? ''
		);
		const feedback = make('div', { class: 'quiz-feedback', role: 'status' });
		const li = make(
			'li',
			{ class: 'quiz-question', 'data-question-id': question.id, 'data-quiz-id': quizId },
			...parts,
			fieldset,
			submit,
			again,
			feedback,
			make(
				'details',
				{ class: 'quiz-answer' },
				make('summary', {}, s['review.explanation'] ?? ''),
				make('p', {}, question.explanation)
			),
			make(
				'p',
				{},
				make('a', { href: question.href }, s['review.goToLesson'] ?? ''),
				` (${question.sectionLabel})`
			)
		);
		submit.addEventListener('click', () => this.#check(li, question, quizId));
		again.addEventListener('click', () => {
			const fresh = this.#item({ question, quizId });
			li.replaceWith(fresh);
			this.#count();
			fresh.querySelector<HTMLElement>('input, .quiz-steps button:not([disabled])')?.focus();
		});
		li.querySelector('input[type="text"]')?.addEventListener('keydown', (event) => {
			if ((event as KeyboardEvent).key === 'Enter') this.#check(li, question, quizId);
		});
		return li;
	}

	#check(li: HTMLElement, question: ReviewQuestion, quizId: string) {
		const fieldset = li.querySelector('fieldset')!;
		if (fieldset.disabled) return;
		const feedback = li.querySelector('.quiz-feedback')!;
		const text = li.querySelector<HTMLInputElement>('input[type="text"]');
		const answer = text
			? text.value.trim()
				? [text.value.trim().slice(0, 64)]
				: []
			: question.steps
				? [...li.querySelectorAll<HTMLElement>('[data-step]')].map((step) => step.dataset['step']!)
				: [...li.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
		if (answer.length === 0 || (text && parseNumber(answer[0]!) === undefined)) {
			feedback.replaceChildren(
				make('p', {}, this.#s[text ? 'quiz.needNumber' : 'quiz.needAnswer'] ?? '')
			);
			return;
		}
		const right = isCorrect(question.key, answer);
		const { result } = update(progressCodec, (progress) =>
			withRetry(progress, quizId, question.id, right)
		);
		fieldset.disabled = true;
		li.querySelector('.quiz-submit')!.setAttribute('aria-disabled', 'true');
		li.dataset['result'] = right ? 'right' : 'wrong';
		const s = this.#s;
		const parts: Node[] = [
			make('p', { class: 'quiz-verdict' }, s[right ? 'quiz.right' : 'quiz.wrong'] ?? ''),
		];
		for (const option of question.options ?? [])
			if (option.feedback && answer.includes(option.id)) parts.push(make('p', {}, option.feedback));
		if (question.feedback) parts.push(make('p', {}, question.feedback[right ? 'right' : 'wrong']));
		if (!right) {
			const list = make(
				question.steps ? 'ol' : 'ul',
				{},
				...question.rightAnswer.map((t) => make('li', {}, t))
			);
			parts.push(
				make('div', {}, make('p', {}, make('strong', {}, s['quiz.rightAnswer'] ?? '')), list)
			);
		}
		parts.push(make('p', {}, question.explanation));
		if (result !== 'saved')
			parts.push(
				make(
					'p',
					{},
					s[result === 'newer' || result === 'damaged' ? 'quiz.leftAlone' : 'quiz.notSaved'] ?? ''
				)
			);
		else if (right) parts.push(make('p', {}, s['review.cleared'] ?? ''));
		feedback.replaceChildren(...parts);
		li.querySelector<HTMLElement>('.quiz-retry')!.hidden = right;
		this.#count();
	}
}

customElements.define('bw-review-list', BwReviewList);
