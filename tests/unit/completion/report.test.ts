import { describe, expect, it } from 'vitest';
import { encodeCompletion, type Completion } from '~/features/completion/code';
import { quizNumbers } from '~/features/completion/quiz-numbers';
import {
	columns,
	csvCell,
	fileCode,
	MAX_FILE_BYTES,
	MAX_LEARNERS,
	notFinished,
	readCodes,
	readFiles,
	toCsv,
	type Read,
} from '~/features/class-report/report';
import { decodeClass, MAX_CLASS_CHARS, mergeClass } from '~/features/class-report/store';
import { exportProgress } from '~/features/progress/transfer';
import type { Progress } from '~/features/progress/store';

const course = new Set(quizNumbers);
const fresh = (): Read => ({ learners: [], problems: [] });
const unnamed = (line: number) => `line ${line}`;
const code = (name: string, passed: string[], extra: Partial<Completion> = {}) =>
	encodeCompletion({
		name,
		assignment: null,
		quizzes: passed.map((id) => ({ id, passed: true, correct: 5, total: 5, day: '2026-12-01' })),
		...extra,
	});

function progressFile(ids: string[], overrides: Record<string, unknown> = {}): string {
	const quizzes = Object.fromEntries(
		ids.map((id) => [
			id,
			{
				answers: {},
				correct: 4,
				total: 5,
				passed: true,
				completedAt: '2026-12-02T10:00:00Z',
				results: {},
			},
		])
	);
	return exportProgress({ version: 2, quizzes, ...overrides } as Progress);
}

describe('class report: reading codes and files', () => {
	it('reads one learner per code line, named or not, and skips each bad line with its reason', () => {
		const good = code('Ana', ['rights/home-visits']);
		const text = [
			`Ana: ${good}`,
			'',
			'hello teacher',
			good.replace(/-(.)/, (_, c: string) => `-${c === 'A' ? 'B' : 'A'}`),
			code('', ['rights/check']),
			good.replace(/^BW1/, 'BW7'),
		].join('\n');
		const read = fresh();
		readCodes(text, read, unnamed);
		expect(read.learners.map((l) => l.name)).toEqual(['Ana', 'line 5']);
		expect(read.problems).toEqual([
			{ at: { line: 3 }, reason: 'notCode' },
			{ at: { line: 4 }, reason: 'checksum' },
			{ at: { line: 6 }, reason: 'newer' },
		]);
	});

	it('combines two codes of one learner, keeping the better result per lesson', () => {
		const read = fresh();
		const first = encodeCompletion({
			name: 'Mei',
			assignment: null,
			quizzes: [{ id: 'rights/check', passed: false, correct: 3, total: 10, day: '2026-12-01' }],
		});
		readCodes(
			`${first}\n${code(' mei ', ['rights/check', 'rights/home-visits'])}\n${first}`,
			read,
			unnamed
		);
		expect(read.learners).toHaveLength(1);
		expect(read.learners[0]!.quizzes['rights/check']).toMatchObject({ passed: true, correct: 5 });
		expect(read.learners[0]!.from).toEqual(['#1', '#2', '#3']);
	});

	it('turns a real progress export into a learner named after its file', () => {
		const made = fileCode(
			{
				name: 'ben-ortiz.json',
				size: 100,
				text: progressFile(['budgeting/check', 'not/a-lesson']),
			},
			course
		);
		expect(made.ok).toBe(true);
		const read = fresh();
		readFiles([{ file: 'ben-ortiz.json', code: made.ok ? made.code : '' }], read);
		expect(read.learners).toEqual([
			{
				name: 'ben-ortiz',
				from: ['ben-ortiz.json'],
				assignment: null,
				quizzes: expect.objectContaining({
					'budgeting/check': {
						id: 'budgeting/check',
						passed: true,
						correct: 4,
						total: 5,
						day: expect.stringMatching(/^2026-12-0[12]$/),
					},
				}) as unknown,
			},
		]);
		expect(Object.keys(read.learners[0]!.quizzes)).toEqual(['budgeting/check']);
	});

	it('gives each hostile file its own reason', () => {
		const file = (text: string | undefined, size = 100) =>
			fileCode({ name: 'x.json', size, text }, course);
		expect(file(undefined, MAX_FILE_BYTES + 1)).toEqual({ ok: false, reason: 'tooLarge' });
		expect(file('x'.repeat(MAX_FILE_BYTES))).toEqual({ ok: false, reason: 'tooLarge' });
		expect(file('{ not json')).toEqual({ ok: false, reason: 'notJson' });
		expect(file('{"format":"something-else","version":1}')).toEqual({
			ok: false,
			reason: 'notOurs',
		});
		expect(file(progressFile(['rights/check']).replace('"version": 1', '"version": 9'))).toEqual({
			ok: false,
			reason: 'newer',
		});
		expect(file(progressFile(['__proto__', 'constructor']))).toEqual({
			ok: false,
			reason: 'empty',
		});
		const polluted = progressFile(['rights/check']).replace(
			'"quizzes": {',
			'"quizzes": { "__proto__": { "polluted": true },'
		);
		expect(file(polluted).ok).toBe(true);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});

	it('stops at MAX_LEARNERS, saying so for each line past it', () => {
		const lines = Array.from({ length: MAX_LEARNERS + 2 }, (_, i) =>
			code(`L${i}`, ['rights/check'])
		);
		const read = fresh();
		readCodes(lines.join('\n'), read, unnamed);
		expect(read.learners).toHaveLength(MAX_LEARNERS);
		expect(read.problems).toEqual([
			{ at: { line: MAX_LEARNERS + 1 }, reason: 'tooMany' },
			{ at: { line: MAX_LEARNERS + 2 }, reason: 'tooMany' },
		]);
	});
});

describe('class report: table, unfinished and CSV', () => {
	const read = fresh();
	readCodes(
		[
			code('Ana', ['rights/home-visits', 'rights/check']),
			code('Ben', ['rights/home-visits']),
			code('Cy', []),
		].join('\n'),
		read,
		unnamed
	);

	it('uses the assignment as columns, or every lesson someone has, in course order', () => {
		const order = [...course];
		expect(columns(read.learners, order, null)).toEqual(['rights/home-visits', 'rights/check']);
		expect(columns(read.learners, order, ['rights/check', 'budgeting/check'])).toEqual([
			'rights/check',
			'budgeting/check',
		]);
	});

	it('lists who has not passed every assigned lesson', () => {
		expect(notFinished(read.learners, ['rights/home-visits', 'rights/check'])).toEqual([
			{ name: 'Ben', passed: 1, total: 2 },
			{ name: 'Cy', passed: 0, total: 2 },
		]);
	});

	it('writes CSV that spreadsheets open as UTF-8 and never run as a formula', () => {
		expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
		for (const start of ['+', '-', '@', '\t', '\r'])
			expect(csvCell(`${start}1`)).toBe(`"'${start}1"`);
		expect(csvCell('陈小梅')).toBe('"陈小梅"');
		const csv = toCsv([
			['a', 1],
			['b,c', 'd"e'],
		]);
		expect(csv).toBe('\uFEFF"a","1"\r\n"b,c","d""e"\r\n');
	});
});

describe('kept class', () => {
	const kept = {
		version: 1,
		savedAt: '2026-12-07T10:00:00Z',
		codes: 'BW1-x',
		assignment: '',
		files: [{ file: 'a.json', code: 'BW1-y' }],
	};

	it('reads back what was kept, leaves a newer one alone and calls others damaged', () => {
		expect(decodeClass(JSON.stringify(kept))).toEqual({ kind: 'ok', value: kept });
		expect(decodeClass(JSON.stringify({ ...kept, version: 2 })).kind).toBe('newer');
		for (const raw of [
			'[]',
			'{',
			JSON.stringify({ ...kept, codes: 3 }),
			'x'.repeat(MAX_CLASS_CHARS + 1),
		])
			expect(decodeClass(raw).kind).toBe('damaged');
		const odd = decodeClass(
			JSON.stringify({
				...kept,
				files: [{ file: 'a', code: 1 }, null, { file: 'b', code: 'c', extra: 1 }],
			})
		);
		expect(odd.kind === 'ok' && odd.value.files).toEqual([{ file: 'b', code: 'c' }]);
	});
});

describe('two tabs keeping one class', () => {
	const at = (codes: string, files: string[] = [], assignment = '') => ({
		version: 1 as const,
		savedAt: '2026-12-07T10:00:00Z',
		codes,
		assignment,
		files: files.map((file) => ({ file, code: `code of ${file}` })),
	});

	it('keeps what either tab added and leaves out what this tab removed', () => {
		const base = at('A\nB', ['one.json', 'two.json']);
		const mine = at('A\nC\n', ['one.json', 'mine.json']); // removed B and two.json, added C and mine.json
		const theirs = at('A\nB\nD', ['one.json', 'two.json', 'theirs.json'], 'link'); // added D and theirs.json
		const merged = mergeClass(base, mine, theirs);
		expect(merged.codes).toBe('A\nC\nD');
		expect(merged.files.map((f) => f.file)).toEqual(['one.json', 'mine.json', 'theirs.json']);
		expect(merged.assignment).toBe('link');
		expect(mergeClass(base, { ...mine, assignment: 'mine' }, theirs).assignment).toBe('mine');
	});

	it('changes nothing when the other tab added nothing', () => {
		const mine = at('A\nB\n');
		expect(mergeClass(at('A'), mine, at(''))).toEqual(mine);
	});
});
