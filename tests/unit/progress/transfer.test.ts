import { describe, expect, it } from 'vitest';
import {
	emptyProgress,
	MAX_STORED_CHARS,
	type Progress,
	type QuizProgress,
} from '~/features/progress/store';
import { withQuiz } from '~/features/quiz/answers';
import {
	betterQuiz,
	eraseProgress,
	EXPORT_FORMAT,
	exportFileName,
	exportProgress,
	inspectStored,
	MAX_IMPORT_CHARS,
	mergeProgress,
	parseImport,
	quizStatus,
} from '~/features/progress/transfer';

const quiz = (over: Partial<QuizProgress> = {}): QuizProgress => ({
	answers: { q1: ['a'] },
	correct: 3,
	total: 5,
	passed: false,
	completedAt: '2026-11-20T10:00:00.000Z',
	results: {},
	...over,
});

const sample: Progress = withQuiz(
	withQuiz(emptyProgress(), 'borrowing/true-cost-of-a-loan', quiz({ correct: 5, passed: true })),
	'rights/check',
	quiz({ correct: 2, total: 20, completedAt: null })
);

/** The quizzes of the course, as My progress lists them. */
const course = new Set(['borrowing/true-cost-of-a-loan', 'rights/check', 'x/y']);

describe('progress export and import', () => {
	it('round-trips through the documented file', () => {
		const text = exportProgress(sample, new Date('2026-11-29T10:00:00Z'));
		const file = JSON.parse(text);
		expect(file).toEqual({
			format: EXPORT_FORMAT,
			version: 1,
			exportedAt: '2026-11-29T10:00:00.000Z',
			progress: sample,
		});
		expect(parseImport(text, course)).toEqual({ ok: true, progress: sample, dropped: 0 });
	});

	it('names the file with the learner’s local date', () => {
		expect(exportFileName(new Date(2026, 0, 5, 23, 59))).toBe(
			'borrow-wisely-progress-2026-01-05.json'
		);
	});

	it('accepts a file saved with a byte-order mark', () => {
		expect(parseImport(`\uFEFF${exportProgress(sample)}`, course).ok).toBe(true);
	});

	it('refuses bad files of several kinds, each with its reason', () => {
		const wrap = (progress: unknown, extra: object = {}) =>
			JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: 'x', progress, ...extra });
		const cases: [string, string][] = [
			['not json at all', 'notJson'],
			['', 'notJson'],
			['{"version":1,', 'notJson'],
			['null', 'notOurs'],
			['[]', 'notOurs'],
			['"borrow-wisely-progress"', 'notOurs'],
			[JSON.stringify(sample), 'notOurs'], // raw storage, not an export
			[JSON.stringify({ format: 'other-app', version: 1, progress: sample }), 'notOurs'],
			[wrap(sample, { version: 'one' }), 'notOurs'],
			[wrap(null), 'notOurs'],
			[wrap({ version: 1, quizzes: [] }), 'notOurs'],
			[wrap(sample, { version: 2 }), 'newer'],
			[wrap({ version: 7, quizzes: {} }), 'newer'],
			[wrap({ version: 1, quizzes: {} }), 'empty'],
			[
				wrap({
					version: 1,
					quizzes: {
						'Bad Id!': quiz(),
						'x/y': { correct: 9, total: 2, passed: true, answers: {} },
					},
				}),
				'empty',
			],
			['x'.repeat(300_000), 'tooLarge'],
		];
		for (const [text, reason] of cases)
			expect(parseImport(text, course), text.slice(0, 60)).toEqual({ ok: false, reason });
	});

	it('keeps the readable records of a partly damaged file and says how many were dropped', () => {
		const text = JSON.stringify({
			format: EXPORT_FORMAT,
			version: 1,
			exportedAt: 'x',
			progress: { version: 1, quizzes: { 'rights/check': quiz(), 'bad/one': { correct: 'lots' } } },
		});
		// A file saved before results were kept (progress version 1) loads as version 2.
		expect(parseImport(text, course)).toEqual({
			ok: true,
			progress: { version: 2, quizzes: { 'rights/check': quiz() } },
			dropped: 1,
		});
	});

	it('merges each question’s result by keeping the later one', () => {
		const early = { right: false, at: '2026-12-01T10:00:00.000Z' };
		const late = { right: true, at: '2026-12-02T10:00:00.000Z' };
		const merged = betterQuiz(
			quiz({ correct: 5, passed: true, results: { one: late, two: early } }),
			quiz({ correct: 1, results: { one: early, two: late, three: early } })
		);
		expect(merged.correct).toBe(5);
		expect(merged.results).toEqual({ one: late, two: late, three: early });
	});

	it('merges by keeping the better result of each quiz', () => {
		const passedLow = quiz({ correct: 4, passed: true });
		const failedHigh = quiz({ correct: 3, passed: false });
		expect(betterQuiz(failedHigh, passedLow)).toEqual(passedLow);
		// Both passed: the higher share right wins.
		expect(
			betterQuiz(quiz({ correct: 4, passed: true }), quiz({ correct: 5, passed: true })).correct
		).toBe(5);
		// A finished attempt beats one in progress.
		expect(betterQuiz(quiz({ correct: 4, completedAt: null }), quiz({ correct: 1 })).correct).toBe(
			1
		);
		// Equal results: the later one.
		expect(betterQuiz(quiz(), quiz({ completedAt: '2026-11-28T00:00:00.000Z' })).completedAt).toBe(
			'2026-11-28T00:00:00.000Z'
		);
		// A pass is never lost, even when the other record is kept.
		expect(
			betterQuiz(
				quiz({ correct: 5, passed: false }),
				quiz({ correct: 1, completedAt: null, passed: true })
			).passed
		).toBe(true);

		const here = withQuiz(
			withQuiz(emptyProgress(), 'a/one', quiz({ correct: 5, passed: true })),
			'a/two',
			quiz({ correct: 1 })
		);
		const there = withQuiz(
			withQuiz(emptyProgress(), 'a/two', quiz({ correct: 4, passed: true })),
			'a/three',
			quiz()
		);
		const merged = mergeProgress(here, there);
		expect(Object.keys(merged.quizzes).sort()).toEqual(['a/one', 'a/three', 'a/two']);
		expect(merged.quizzes['a/one']!.correct).toBe(5);
		expect(merged.quizzes['a/two']!.correct).toBe(4);
		// Merging is the same whichever side starts.
		expect(mergeProgress(there, here).quizzes['a/one']!.correct).toBe(5);
	});

	it('tells damaged storage from empty storage, and recovers what it can', () => {
		expect(inspectStored(null)).toEqual({ progress: emptyProgress(), damaged: false });
		expect(inspectStored(JSON.stringify(sample))).toEqual({ progress: sample, damaged: false });
		expect(inspectStored('{not json')).toEqual({ progress: emptyProgress(), damaged: true });
		// A newer version and an oversized value are left alone: not damaged, not rewritten.
		expect(inspectStored('{"version":9,"quizzes":{}}')).toEqual({
			progress: emptyProgress(),
			damaged: false,
			leftAlone: 'newer',
		});
		const oversized = JSON.stringify({ ...sample, pad: 'x'.repeat(MAX_STORED_CHARS) });
		expect(inspectStored(oversized)).toEqual({
			progress: emptyProgress(),
			damaged: false,
			leftAlone: 'tooLarge',
		});
		const partly = JSON.stringify({ version: 1, quizzes: { ...sample.quizzes, 'x/y': 'garbage' } });
		expect(inspectStored(partly)).toEqual({ progress: sample, damaged: true });
	});

	it('keeps only quizzes of the course, and counts the rest as dropped', () => {
		const wrap = (quizzes: Record<string, unknown>) =>
			JSON.stringify({
				format: EXPORT_FORMAT,
				version: 1,
				exportedAt: 'x',
				progress: { version: 1, quizzes },
			});
		const result = parseImport(
			wrap({
				'rights/check': quiz(),
				constructor: quiz({ passed: true }),
				prototype: quiz(),
				'x/00000-aaaa': quiz(),
			}),
			course
		);
		expect(result).toEqual({
			ok: true,
			progress: { version: 2, quizzes: { 'rights/check': quiz() } },
			dropped: 3,
		});
		expect(parseImport(wrap({ constructor: quiz(), 'not/a-page': quiz() }), course)).toEqual({
			ok: false,
			reason: 'empty',
		});
	});

	it('merges prototype names as plain ids, never reaching Object.prototype', () => {
		const incoming: Progress = {
			version: 2,
			quizzes: Object.assign(Object.create(null) as Record<string, QuizProgress>, {
				constructor: quiz(),
				toString: quiz({ passed: true }),
			}),
		};
		const merged = mergeProgress(emptyProgress(), incoming);
		expect(merged.quizzes['constructor']).toEqual(quiz());
		expect(merged.quizzes['toString']).toEqual(quiz({ passed: true }));
		expect(mergeProgress(sample, emptyProgress()).quizzes['constructor']).toBeUndefined();
		expect(JSON.parse(JSON.stringify(merged)).quizzes.constructor).toEqual(quiz());
	});

	it('loads back any file it saved: the import limit covers a full store', () => {
		expect(MAX_IMPORT_CHARS).toBeGreaterThanOrEqual(MAX_STORED_CHARS);
		const big: Progress = emptyProgress();
		const answers = Object.fromEntries(
			Array.from({ length: 2200 }, (_, i) => [`q-${i}`, ['x'.repeat(50)]])
		);
		big.quizzes['rights/check'] = quiz({ answers });
		const stored = JSON.stringify(big).length;
		expect(stored).toBeGreaterThan(MAX_STORED_CHARS * 0.6);
		expect(stored).toBeLessThanOrEqual(MAX_STORED_CHARS);
		const text = exportProgress(big);
		expect(text.length).toBeLessThanOrEqual(MAX_IMPORT_CHARS);
		expect(parseImport(text, course)).toMatchObject({ ok: true, dropped: 0 });
		expect(parseImport('x'.repeat(MAX_IMPORT_CHARS + 1), course)).toEqual({
			ok: false,
			reason: 'tooLarge',
		});
	});

	it('erases the stored progress, and says when storage cannot be touched', () => {
		const removed: string[] = [];
		expect(eraseProgress({ removeItem: (key) => void removed.push(key) })).toBe(true);
		expect(removed).toEqual(['bw:progress']);
		expect(eraseProgress(undefined)).toBe(false);
		expect(
			eraseProgress({
				removeItem() {
					throw new DOMException('blocked', 'SecurityError');
				},
			})
		).toBe(false);
	});

	it('names where the learner stands on a quiz', () => {
		expect(quizStatus(undefined)).toBe('notStarted');
		expect(quizStatus(quiz({ passed: true }))).toBe('done');
		expect(quizStatus(quiz())).toBe('notPassed');
		expect(quizStatus(quiz({ completedAt: null }))).toBe('started');
		expect(quizStatus(quiz({ completedAt: null, answers: {} }))).toBe('notStarted');
	});
});
