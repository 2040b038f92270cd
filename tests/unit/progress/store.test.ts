import { describe, expect, it } from 'vitest';
import {
	emptyProgress,
	pageIdOfPath,
	parseProgress,
	passedQuizzes,
	PROGRESS_KEY,
	readProgress,
	withQuiz,
	withQuizReset,
	writeProgress,
	type ProgressStorage,
} from '~/features/progress/store';

/** A Storage stand-in holding values in a Map. */
class FakeStorage implements ProgressStorage {
	readonly items = new Map<string, string>();
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.items.set(key, value);
	}
}

/** A Storage that throws on every call, like Safari with storage blocked or a full quota. */
const throwing: ProgressStorage = {
	getItem() {
		throw new DOMException('blocked', 'SecurityError');
	},
	setItem() {
		throw new DOMException('full', 'QuotaExceededError');
	},
};

const lesson = 'borrowing/true-cost-of-a-loan';
const record = {
	answers: { 'apr-flat': ['about-16'], 'daily-rate': ['18.25'] },
	correct: 2,
	total: 6,
	passed: false,
	completedAt: null,
};

describe('progress store', () => {
	it('starts empty when nothing is stored or there is no storage', () => {
		expect(readProgress(new FakeStorage())).toEqual({ version: 1, quizzes: {} });
		expect(readProgress(undefined)).toEqual(emptyProgress());
	});

	it('writes and reads back the documented shape under bw:progress', () => {
		const storage = new FakeStorage();
		const progress = withQuiz(emptyProgress(), lesson, record);
		expect(writeProgress(storage, progress)).toBe(true);
		expect(JSON.parse(storage.items.get(PROGRESS_KEY)!)).toEqual({
			version: 1,
			quizzes: { [lesson]: record },
		});
		expect(readProgress(storage)).toEqual(progress);
	});

	it('starts fresh on another version or an unversioned shape', () => {
		expect(parseProgress(JSON.stringify({ version: 0, quizzes: { [lesson]: record } }))).toEqual(
			emptyProgress()
		);
		expect(parseProgress(JSON.stringify({ version: 2, quizzes: { [lesson]: record } }))).toEqual(
			emptyProgress()
		);
		expect(parseProgress(JSON.stringify({ quizzes: { [lesson]: record } }))).toEqual(
			emptyProgress()
		);
	});

	it('recovers from corrupted data without throwing', () => {
		for (const raw of [
			'{',
			'null',
			'42',
			'"text"',
			'[]',
			'{"version":1}',
			'{"version":1,"quizzes":null}',
			'\u0000',
			'x'.repeat(300_000),
		]) {
			expect(parseProgress(raw), raw.slice(0, 20)).toEqual(emptyProgress());
		}
	});

	it('keeps good quizzes and drops damaged ones', () => {
		const stored = {
			version: 1,
			quizzes: {
				[lesson]: record,
				'bad-types': { ...record, correct: 'two' },
				'more-right-than-asked': { ...record, correct: 9, total: 6 },
				'no-answers': { ...record, answers: null },
				'HUGE ID!': record,
				['x'.repeat(500)]: record,
				'borrowing/check': { ...record, completedAt: 'not a date', passed: true },
			},
		};
		const progress = parseProgress(JSON.stringify(stored));
		expect(Object.keys(progress.quizzes)).toEqual([lesson, 'borrowing/check']);
		expect(progress.quizzes['borrowing/check']!.completedAt).toBeNull();
	});

	it('drops answers that are not short lists of short strings', () => {
		const answers = {
			ok: ['a'],
			empty: [],
			number: [1],
			long: ['x'.repeat(1000)],
			many: Array(100).fill('a'),
			'Bad Id': ['a'],
			__proto__: ['a'],
		};
		const progress = parseProgress(
			JSON.stringify({ version: 1, quizzes: { [lesson]: { ...record, answers } } })
		);
		expect(progress.quizzes[lesson]!.answers).toEqual({ ok: ['a'] });
	});

	it('never throws when storage does', () => {
		expect(readProgress(throwing)).toEqual(emptyProgress());
		expect(writeProgress(throwing, emptyProgress())).toBe(false);
		expect(writeProgress(undefined, emptyProgress())).toBe(false);
	});

	it('keeps a pass through a retry, and clears the answers', () => {
		const passed = withQuiz(emptyProgress(), lesson, {
			...record,
			correct: 6,
			passed: true,
			completedAt: '2026-11-29T09:00:00.000Z',
		});
		expect(passedQuizzes(passed)).toEqual(new Set([lesson]));
		const retried = withQuizReset(passed, lesson);
		expect(retried.quizzes[lesson]).toEqual({
			answers: {},
			correct: 0,
			total: 6,
			passed: true,
			completedAt: '2026-11-29T09:00:00.000Z',
		});
		// A failed retry does not take the pass away either.
		expect(withQuiz(retried, lesson, { ...record, passed: false }).quizzes[lesson]!.passed).toBe(
			true
		);
		expect(withQuizReset(emptyProgress(), lesson)).toEqual(emptyProgress());
		expect(passedQuizzes(withQuiz(emptyProgress(), lesson, record))).toEqual(new Set());
	});

	it('does not change the progress it was given', () => {
		const before = emptyProgress();
		withQuiz(before, lesson, record);
		expect(before).toEqual(emptyProgress());
	});
});

describe('pageIdOfPath', () => {
	const locales = ['en', 'zh-cn', 'zh-tw', 'es'];
	it('gives the same id in every locale', () => {
		expect(pageIdOfPath('/zh-cn/borrowing/true-cost-of-a-loan/', '/', locales)).toBe(lesson);
		expect(pageIdOfPath('/es/borrowing/true-cost-of-a-loan/', '/', locales)).toBe(lesson);
		expect(pageIdOfPath('/learn/en/borrowing/check/', '/learn/', locales)).toBe('borrowing/check');
		expect(pageIdOfPath('/learn/en/borrowing/check/', '/learn', locales)).toBe('borrowing/check');
	});

	it('has no id for a locale home, another base or an unknown locale', () => {
		expect(pageIdOfPath('/en/', '/', locales)).toBeUndefined();
		expect(pageIdOfPath('/fr/borrowing/', '/', locales)).toBeUndefined();
		expect(pageIdOfPath('/en/borrowing/', '/learn/', locales)).toBeUndefined();
	});
});
