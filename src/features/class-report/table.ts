// The class report's table and CSV rows, from learners read by report.ts, in the page's language.
// Everything is set as text: names come from learners' codes and file names.
import { pageLang } from '~/site/dom';
import { fill, type Strings } from '~/site/strings';
import type { CodeQuiz } from '../completion/code';
import { MAX_LEARNERS, type Learner, type Problem } from './report';

export interface Item {
	id: string;
	title: string;
	module: string;
}

const el = <K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text = '',
	attrs: Record<string, string> = {}
) => {
	const node = document.createElement(tag);
	node.textContent = text;
	for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
	return node;
};

/** A calendar day (YYYY-MM-DD) in the reader's language, kept on its day whatever the time zone. */
function dayText(day: string, lang: string): string {
	return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
		new Date(`${day}T00:00:00Z`)
	);
}

export function cellText(quiz: CodeQuiz | undefined, s: Strings): string {
	if (!quiz) return '—';
	const date = quiz.day ? dayText(quiz.day, pageLang()) : (s['classreport.noDate'] ?? '');
	const score = `${quiz.correct}/${quiz.total}`;
	return fill(s[quiz.passed ? 'classreport.passedCell' : 'classreport.notPassedCell'], {
		score,
		date,
	});
}

/** Fills the table: a row per learner, a column per lesson, then one per module with how many were passed. */
export function renderTable(
	table: HTMLTableElement,
	learners: readonly Learner[],
	cols: readonly Item[],
	s: Strings
): void {
	const modules = [...new Set(cols.map((c) => c.module))];
	const ofTotal = (passed: number, total: number) =>
		fill(s['classreport.ofTotal'], { passed, total });
	const head = el('tr');
	head.append(el('th', s['classreport.learner'], { scope: 'col' }));
	for (const col of cols) head.append(el('th', col.title, { scope: 'col', 'data-id': col.id }));
	for (const module of modules) head.append(el('th', module, { scope: 'col' }));
	table.tHead!.replaceChildren(head);
	const rows = learners.map((learner) => {
		const row = el('tr');
		row.append(el('th', learner.name, { scope: 'row' }));
		for (const col of cols) {
			const quiz = learner.quizzes[col.id];
			row.append(
				el('td', cellText(quiz, s), { 'data-id': col.id, 'data-passed': String(!!quiz?.passed) })
			);
		}
		for (const module of modules) {
			const inModule = cols.filter((c) => c.module === module);
			row.append(
				el(
					'td',
					ofTotal(inModule.filter((c) => learner.quizzes[c.id]?.passed).length, inModule.length)
				)
			);
		}
		return row;
	});
	table.tBodies[0]!.replaceChildren(...rows);
	const foot = el('tr');
	foot.append(el('th', s['classreport.passedBy'], { scope: 'row' }));
	for (const col of cols)
		foot.append(
			el('td', ofTotal(learners.filter((l) => l.quizzes[col.id]?.passed).length, learners.length))
		);
	for (const module of modules) {
		const inModule = cols.filter((c) => c.module === module);
		const all = learners.filter((l) => inModule.every((c) => l.quizzes[c.id]?.passed)).length;
		foot.append(el('td', ofTotal(all, learners.length)));
	}
	table.tFoot!.replaceChildren(foot);
}

/** The report as tidy rows (one per learner and lesson), headed in the page's language. */
export function csvRows(
	learners: readonly Learner[],
	cols: readonly Item[],
	s: Strings
): (string | number)[][] {
	const header = [
		'classreport.learner',
		'classreport.csvFrom',
		'myprogress.summary.module',
		'myprogress.lesson',
		'classreport.csvId',
		'classreport.csvPassed',
		'classreport.csvCorrect',
		'classreport.csvTotal',
		'myprogress.date',
	].map((key) => s[key as keyof Strings] ?? key);
	const rows = learners.flatMap((learner) =>
		cols.map((col) => {
			const quiz = learner.quizzes[col.id];
			const passed = quiz ? (s[quiz.passed ? 'classreport.yes' : 'classreport.no'] ?? '') : '';
			return [
				learner.name,
				learner.from.join(' '),
				col.module,
				col.title,
				col.id,
				passed,
				quiz?.correct ?? '',
				quiz?.total ?? '',
				quiz?.day ?? '',
			];
		})
	);
	return [header, ...rows];
}

/** Each skipped line or file as a sentence: "Line 3: …", "ana.json: …"; a bad assignment link first. */
export function problemLines(problems: readonly Problem[], badLink: boolean, s: Strings): string[] {
	const lines = problems.map((problem) => {
		const message = fill(s[`classreport.problem.${problem.reason}`], {
			count: 'count' in problem ? problem.count : 0,
			max: MAX_LEARNERS,
		});
		return 'line' in problem.at
			? fill(s['classreport.line'], { line: problem.at.line, message })
			: fill(s['classreport.file'], { file: problem.at.file, message });
	});
	return badLink ? [s['classreport.badAssignment'] ?? '', ...lines] : lines;
}
