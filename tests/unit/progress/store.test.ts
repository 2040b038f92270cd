import { describe, expect, it } from 'vitest';
import {
	decodeProgress,
	emptyProgress,
	MAX_STORED_CHARS,
	pageIdOfPath,
	parseProgress,
	passedQuizzes,
	PROGRESS_KEY,
	progressCodec,
	readProgress,
} from '~/features/progress/store';
import { withQuiz } from '~/features/quiz/answers';
import { load, update, type KeyValueStore } from '~/site/storage';

/** A Storage stand-in holding values in a Map. */
class FakeStorage implements KeyValueStore {
	readonly items = new Map<string, string>();
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
}

/** A Storage that throws on every call, like Safari with storage blocked or a full quota. */
const throwing: KeyValueStore = {
	getItem() {
		throw new DOMException('blocked', 'SecurityError');
	},
	setItem() {
		throw new DOMException('full', 'QuotaExceededError');
	},
	removeItem() {
		throw new DOMException('blocked', 'SecurityError');
	},
};

const lesson = 'borrowing/true-cost-of-a-loan';
const record = {
	answers: { 'apr-flat': ['about-16'], 'daily-rate': ['18.25'] },
	correct: 2,
	total: 6,
	passed: false,
	completedAt: null,
	results: {},
};

describe('progress store', () => {
	it('starts empty when nothing is stored or there is no storage', () => {
		expect(readProgress(new FakeStorage())).toEqual({ version: 2, quizzes: {} });
		expect(readProgress(undefined)).toEqual(emptyProgress());
	});

	it('writes and reads back the documented shape under bw:progress', () => {
		const storage = new FakeStorage();
		const progress = withQuiz(emptyProgress(), lesson, record);
		expect(update(progressCodec, () => progress, storage).result).toBe('saved');
		expect(JSON.parse(storage.items.get(PROGRESS_KEY)!)).toEqual({
			version: 2,
			quizzes: { [lesson]: record },
		});
		expect(readProgress(storage)).toEqual(progress);
	});

	it('starts fresh on another version or an unversioned shape', () => {
		expect(parseProgress(JSON.stringify({ version: 0, quizzes: { [lesson]: record } }))).toEqual(
			emptyProgress()
		);
		expect(parseProgress(JSON.stringify({ version: 3, quizzes: { [lesson]: record } }))).toEqual(
			emptyProgress()
		);
		expect(parseProgress(JSON.stringify({ quizzes: { [lesson]: record } }))).toEqual(
			emptyProgress()
		);
	});

	it('reads version 1 (kept before results), and writes it back as version 2 with nothing lost', () => {
		const { results: _none, ...older } = record;
		const storage = new FakeStorage();
		storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, quizzes: { [lesson]: older } }));
		expect(readProgress(storage).quizzes[lesson]).toEqual({ ...older, results: {} });
		const result = { right: false, at: '2026-12-06T10:00:00.000Z' };
		const saved = update(
			progressCodec,
			(p) => withQuiz(p, lesson, { ...p.quizzes[lesson]!, results: { 'apr-flat': result } }),
			storage
		);
		expect(saved.result).toBe('saved');
		expect(JSON.parse(storage.items.get(PROGRESS_KEY)!)).toEqual({
			version: 2,
			quizzes: { [lesson]: { ...older, results: { 'apr-flat': result } } },
		});
	});

	it('keeps the results that can be trusted and drops the rest', () => {
		const results = {
			ok: { right: false, at: '2026-12-06T10:00:00.000Z' },
			'no-time': { right: true },
			'bad-time': { right: true, at: 'yesterday' },
			'not-boolean': { right: 'no', at: '2026-12-06T10:00:00.000Z' },
			'Bad Id': { right: false, at: '2026-12-06T10:00:00.000Z' },
		};
		const progress = parseProgress(
			JSON.stringify({ version: 2, quizzes: { [lesson]: { ...record, results } } })
		);
		expect(progress.quizzes[lesson]!.results).toEqual({ ok: results.ok });
		// A broken results field costs the results, not the quiz.
		const broken = parseProgress(
			JSON.stringify({ version: 2, quizzes: { [lesson]: { ...record, results: 'x' } } })
		);
		expect(broken.quizzes[lesson]).toEqual(record);
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
		expect(update(progressCodec, (p) => p, throwing).result).toBe('refused');
		expect(update(progressCodec, (p) => p, undefined).result).toBe('unavailable');
	});

	it('lists the quizzes passed', () => {
		const passed = withQuiz(emptyProgress(), lesson, { ...record, passed: true });
		expect(passedQuizzes(passed)).toEqual(new Set([lesson]));
		expect(passedQuizzes(withQuiz(emptyProgress(), lesson, record))).toEqual(new Set());
	});

	it('leaves a newer version alone, and says so', () => {
		const newer = JSON.stringify({ version: 3, quizzes: { [lesson]: record } });
		expect(decodeProgress(newer)).toEqual({ kind: 'newer', raw: newer });
		const storage = new FakeStorage();
		storage.setItem(PROGRESS_KEY, newer);
		const saved = update(progressCodec, (p) => withQuiz(p, lesson, record), storage);
		expect(saved.result).toBe('newer');
		expect(storage.items.get(PROGRESS_KEY)).toBe(newer);
		expect(readProgress(storage)).toEqual(emptyProgress());
	});

	it('never writes past its read limit, and leaves oversized data alone', () => {
		const storage = new FakeStorage();
		const huge = { ...record, answers: { q: ['x'.repeat(60)] } };
		const progress = emptyProgress();
		for (let i = 0; i < 3000; i++) progress.quizzes[`m/q-${i}`] = huge;
		expect(JSON.stringify(progress).length).toBeGreaterThan(MAX_STORED_CHARS);
		expect(update(progressCodec, () => progress, storage).result).toBe('tooLarge');
		expect(storage.items.has(PROGRESS_KEY)).toBe(false);
		const oversized = JSON.stringify(progress);
		storage.setItem(PROGRESS_KEY, oversized);
		expect(load(progressCodec, storage).kind).toBe('damaged');
		expect(update(progressCodec, (p) => p, storage).result).toBe('damaged');
		expect(storage.items.get(PROGRESS_KEY)).toBe(oversized);
	});

	it('reads prototype names as plain ids, never as members of Object.prototype', () => {
		const stored = JSON.stringify({
			version: 1,
			quizzes: {
				constructor: record,
				prototype: { ...record, answers: { constructor: ['a'], toString: ['b'] } },
				['__proto__']: record,
			},
		});
		const progress = parseProgress(stored);
		expect(Object.keys(progress.quizzes)).toEqual(['constructor', 'prototype']);
		expect(progress.quizzes['constructor']).toEqual(record);
		expect(progress.quizzes['prototype']!.answers).toEqual({ constructor: ['a'] });
		// An id that is not there is not there, even one Object.prototype has.
		const empty = emptyProgress();
		expect(empty.quizzes['constructor']).toBeUndefined();
		expect(empty.quizzes['toString']).toBeUndefined();
		expect(empty.quizzes['hasOwnProperty']).toBeUndefined();
		expect(JSON.parse(JSON.stringify(progress)).quizzes.constructor).toEqual(record);
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
