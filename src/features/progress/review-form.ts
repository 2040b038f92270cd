// The answer controls of a question in "Review what you missed" (bw-review.ts), built in the browser
// with the quiz's markup and classes, so quiz.css styles them and they behave like a lesson's.
import { shuffle, shuffleAway } from '~/features/quiz/bw-quiz';
import { fill, type Strings } from '~/site/strings';
import type { ReviewQuestion } from './review';

/** An element with text and attributes; children appended in order. */
export function make<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	element.append(...children);
	return element;
}

/** The answer controls: options (mixed, except true/false), a number field, or steps to order. */
export function controls(question: ReviewQuestion, base: string, s: Strings): Node[] {
	if (question.steps) {
		const steps = make('ol', { class: 'quiz-steps' });
		for (const step of shuffleAway(question.steps)) {
			const moves = [-1, 1].map((delta) =>
				make(
					'button',
					{ type: 'button', 'data-move': String(delta) },
					make('span', { 'aria-hidden': 'true' }, delta < 0 ? '↑' : '↓'),
					make(
						'span',
						{ class: 'sr-only' },
						fill(s[delta < 0 ? 'quiz.moveUp' : 'quiz.moveDown'], { step: step.text })
					)
				)
			);
			steps.append(
				make(
					'li',
					{ 'data-step': step.id },
					make('span', { class: 'quiz-step-text' }, step.text),
					make('span', { class: 'quiz-step-moves' }, ...moves)
				)
			);
		}
		const moved = make('p', { class: 'quiz-moved sr-only', role: 'status' });
		steps.addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLButtonElement>('button[data-move]');
			if (!button) return;
			const item = button.closest('li')!;
			const delta = Number(button.dataset['move']);
			if (delta < 0 && item.previousElementSibling)
				steps.insertBefore(item, item.previousElementSibling);
			if (delta > 0 && item.nextElementSibling) steps.insertBefore(item.nextElementSibling, item);
			updateMoves(steps);
			(button.disabled
				? item.querySelector<HTMLButtonElement>(`button[data-move="${-delta}"]`)
				: button
			)?.focus();
			moved.textContent = fill(s['quiz.moved'], {
				step: item.querySelector('.quiz-step-text')?.textContent ?? '',
				position: [...steps.children].indexOf(item) + 1,
				total: steps.children.length,
			});
		});
		updateMoves(steps);
		return [steps, moved];
	}
	if (question.options) {
		const type = question.key.type === 'multiple' ? 'checkbox' : 'radio';
		const options =
			question.key.type === 'true-false' ? question.options : shuffle(question.options);
		return [
			make(
				'ul',
				{ class: 'quiz-options' },
				...options.map((option) =>
					make(
						'li',
						{},
						make('input', { type, name: base, id: `${base}-${option.id}`, value: option.id }),
						make('label', { for: `${base}-${option.id}` }, option.text)
					)
				)
			),
		];
	}
	const unit = question.unit ?? '';
	return [
		make(
			'p',
			{ class: 'quiz-numeric' },
			make('label', { for: `${base}-input` }, `${s['quiz.yourAnswer'] ?? ''} (${unit})`),
			make(
				'span',
				{},
				make('input', {
					type: 'text',
					inputmode: 'decimal',
					autocomplete: 'off',
					spellcheck: 'false',
					id: `${base}-input`,
					maxlength: '32',
				}),
				make('span', { 'aria-hidden': 'true' }, ` ${unit}`)
			)
		),
	];
}

function updateMoves(list: Element) {
	const items = [...list.children];
	items.forEach((item, index) => {
		item.querySelector<HTMLButtonElement>('button[data-move="-1"]')!.disabled = index === 0;
		item.querySelector<HTMLButtonElement>('button[data-move="1"]')!.disabled =
			index === items.length - 1;
	});
}
