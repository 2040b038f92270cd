// Shared by the progress, summary and assignment pages: how one quiz's result reads in the page's
// language (status word, score, date). Everything is set as text.
import { pageLang } from '~/site/dom';
import { fill, type Strings } from '~/site/strings';
import type { QuizProgress } from './store';
import { quizStatus, type QuizStatus } from './transfer';

const statusKey = {
	done: 'myprogress.status.done',
	notPassed: 'myprogress.status.notPassed',
	started: 'myprogress.status.started',
	notStarted: 'myprogress.status.notStarted',
} as const satisfies Record<QuizStatus, string>;

/** The strings a result's cells are written with. */
export type CellKey = (typeof statusKey)[QuizStatus] | 'myprogress.scoreValue';

export interface QuizCells {
	status: QuizStatus;
	statusText: string;
	score: string;
	date: string;
}

/** The words for one quiz's row: "Done", "4 of 5 (80%)", "29 Nov 2026"; a dash where there is nothing yet. */
export function quizCells(quiz: QuizProgress | undefined, s: Strings<CellKey>): QuizCells {
	const lang = pageLang();
	const status = quizStatus(quiz);
	const answered = quiz && (quiz.completedAt || Object.keys(quiz.answers).length > 0);
	const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
	const score =
		quiz && answered && quiz.total > 0
			? fill(s['myprogress.scoreValue'], {
					correct: quiz.correct,
					total: quiz.total,
					percent: percent.format(quiz.correct / quiz.total),
				})
			: '—';
	const at = quiz?.completedAt ? new Date(quiz.completedAt) : undefined;
	const date =
		at && !Number.isNaN(at.getTime())
			? new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(at)
			: '—';
	return { status, statusText: s[statusKey[status]] ?? status, score, date };
}

/** Fills a row's `[data-status]`, `[data-score]` and `[data-date]` cells and marks the row with its status. */
export function fillRow(row: HTMLElement, cells: QuizCells): void {
	row.dataset['state'] = cells.status;
	const set = (name: string, text: string) => {
		const cell = row.querySelector(`[data-${name}]`);
		if (cell) cell.textContent = text;
	};
	set('status', cells.statusText);
	set('score', cells.score);
	set('date', cells.date);
}
