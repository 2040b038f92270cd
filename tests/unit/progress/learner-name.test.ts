import { describe, expect, it } from 'vitest';
import {
	forgetLearnerName,
	LEARNER_NAME_KEY,
	readLearnerName,
	rememberLearnerName,
} from '~/features/progress/learner-name';

class FakeStorage {
	readonly items = new Map<string, string>();
	getItem = (key: string) => this.items.get(key) ?? null;
	setItem = (key: string, value: string) => void this.items.set(key, value);
	removeItem = (key: string) => void this.items.delete(key);
}

describe('remembered learner name', () => {
	it('stores a cleaned, bounded name under bw:learner-name and forgets it', () => {
		const storage = new FakeStorage();
		expect(readLearnerName(storage)).toBe('');
		expect(rememberLearnerName(storage, '  李小明\u0000  ')).toBe(true);
		expect(storage.items.get(LEARNER_NAME_KEY)).toBe('李小明');
		expect(readLearnerName(storage)).toBe('李小明');
		rememberLearnerName(storage, 'x'.repeat(500));
		expect(readLearnerName(storage)).toHaveLength(80);
		expect(forgetLearnerName(storage)).toBe(true);
		expect(storage.items.has(LEARNER_NAME_KEY)).toBe(false);
		rememberLearnerName(storage, 'Ana');
		rememberLearnerName(storage, '   ');
		expect(storage.items.has(LEARNER_NAME_KEY)).toBe(false);
	});

	it('never throws when storage is blocked', () => {
		const blocked = {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('blocked');
			},
			removeItem: () => {
				throw new Error('blocked');
			},
		};
		expect(readLearnerName(blocked)).toBe('');
		expect(rememberLearnerName(blocked, 'Ana')).toBe(false);
		expect(forgetLearnerName(undefined)).toBe(false);
	});
});
