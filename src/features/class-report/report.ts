/**
 * The class report's logic, with no DOM: learners read from completion codes (one per line) and from
 * progress files, combined by name, and the table, the "not finished" list and the CSV made from them.
 * Every line and file is untrusted: each one that cannot be read gets its own problem and is skipped,
 * and the rest still load. Ids are checked against the course; names are plain text.
 */
import {
	codeQuiz,
	encodeCompletion,
	decodeCompletion,
	findCode,
	type CodeError,
	type CodeQuiz,
} from '../completion/code';
import { cleanName } from '../progress/learner-name';
import { idMap } from '../progress/store';
import { beats, parseImport, rank, type ImportError } from '../progress/transfer';

/** The most learners one report reads; past it, lines and files are skipped with a message. */
export const MAX_LEARNERS = 300;
/** A progress file larger than this is refused before it is read (real ones are a few kilobytes). */
export const MAX_FILE_BYTES = 600_000;

export interface Learner {
	name: string;
	/** Where the learner came from, for messages and the CSV: `line 4`, or a file's name. */
	from: string[];
	/** Lesson or check id → its record (the better one when two sources give the same lesson). */
	quizzes: Record<string, CodeQuiz>;
	/** The assignment a code said it answers: its lessons. */
	assignment: string[] | null;
}

export type Problem =
	| { at: { line: number } | { file: string }; reason: CodeError | ImportError | 'tooMany' }
	| { at: { line: number }; reason: 'unknownLessons'; count: number };

export interface Read {
	learners: Learner[];
	problems: Problem[];
}

/** The better of two records of one lesson, by the progress file's own order (transfer.ts). */
const better = (a: CodeQuiz, b: CodeQuiz) => (beats(rank(a, a.day), rank(b, b.day)) ? b : a);

/** Adds a learner, combining with one of the same name (case and spacing aside). */
function add(into: Learner[], learner: Learner): void {
	const same = (name: string) => name.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ');
	const found = learner.name ? into.find((l) => same(l.name) === same(learner.name)) : undefined;
	if (!found) {
		into.push(learner);
		return;
	}
	found.from.push(...learner.from);
	for (const [id, quiz] of Object.entries(learner.quizzes))
		found.quizzes[id] = Object.hasOwn(found.quizzes, id) ? better(found.quizzes[id]!, quiz) : quiz;
	found.assignment ??= learner.assignment;
}

/** Learners from pasted text: each line holding a code is one learner; lines with no text are skipped. */
export function readCodes(text: string, into: Read, unnamed: (line: number) => string): void {
	text.split(/\r\n|\r|\n/).forEach((raw, index) => {
		const line = index + 1;
		if (raw.trim() === '') return;
		if (into.learners.length >= MAX_LEARNERS) {
			into.problems.push({ at: { line }, reason: 'tooMany' });
			return;
		}
		const decoded = decodeCompletion(raw);
		if (!decoded.ok) {
			into.problems.push({ at: { line }, reason: findCode(raw) ? decoded.reason : 'notCode' });
			return;
		}
		const { name, quizzes, assignment } = decoded.completion;
		if (decoded.unknown > 0)
			into.problems.push({ at: { line }, reason: 'unknownLessons', count: decoded.unknown });
		add(into.learners, {
			name: name || unnamed(line),
			from: [`#${line}`],
			quizzes: idMap(quizzes.map((quiz) => [quiz.id, quiz])),
			assignment: assignment?.lessons ?? null,
		});
	});
}

/** The learner's name from a file's name: `ana-lopez.json` → `ana-lopez`. */
export function nameOfFile(file: string): string {
	return cleanName(file.replace(/\.json$/i, '')) || cleanName(file);
}

/**
 * One exported progress file (transfer.ts) as a completion code named after the file, which is how the
 * report holds and keeps it; or why it cannot be read. `text` is undefined when the file was too large to open.
 */
export function fileCode(
	file: { name: string; size: number; text: string | undefined },
	course: ReadonlySet<string>
): { ok: true; code: string } | { ok: false; reason: ImportError } {
	if (file.size > MAX_FILE_BYTES || file.text === undefined)
		return { ok: false, reason: 'tooLarge' };
	const read = parseImport(file.text, course);
	if (!read.ok) return read;
	const quizzes = Object.entries(read.progress.quizzes).flatMap(
		([id, quiz]) => codeQuiz(id, quiz) ?? []
	);
	return {
		ok: true,
		code: encodeCompletion({ name: nameOfFile(file.name), assignment: null, quizzes }),
	};
}

/** Learners from files already read into codes (`fileCode`), after those from pasted lines. */
export function readFiles(files: readonly { file: string; code: string }[], into: Read): void {
	for (const { file, code } of files) {
		const at = { file };
		const decoded = decodeCompletion(code);
		if (into.learners.length >= MAX_LEARNERS) into.problems.push({ at, reason: 'tooMany' });
		else if (!decoded.ok) into.problems.push({ at, reason: decoded.reason });
		else
			add(into.learners, {
				name: decoded.completion.name || nameOfFile(file),
				from: [file],
				quizzes: idMap(decoded.completion.quizzes.map((quiz) => [quiz.id, quiz])),
				assignment: null,
			});
	}
}

/** The report's columns: the assignment's lessons, or else every lesson any learner has, in course order. */
export function columns(
	learners: readonly Learner[],
	course: readonly string[],
	assigned: readonly string[] | null
): string[] {
	if (assigned && assigned.length > 0) return course.filter((id) => assigned.includes(id));
	return course.filter((id) => learners.some((l) => Object.hasOwn(l.quizzes, id)));
}

/** Learners who have not passed every lesson in `assigned`, with how many they have passed. */
export function notFinished(learners: readonly Learner[], assigned: readonly string[]) {
	return learners.flatMap((learner) => {
		const passed = assigned.filter((id) => learner.quizzes[id]?.passed).length;
		return passed < assigned.length ? [{ name: learner.name, passed, total: assigned.length }] : [];
	});
}

/** A cell for a spreadsheet: quoted, and never read as a formula (=, +, -, @, tab or return first). */
export function csvCell(value: string | number): string {
	const text = String(value);
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return `"${safe.replaceAll('"', '""')}"`;
}

/** CSV text with a byte-order mark, so spreadsheets open Chinese and accented names as UTF-8. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
	return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
