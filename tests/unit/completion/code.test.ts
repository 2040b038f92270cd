import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crc32, fromBase32, toBase32 } from '~/features/completion/base32';
import {
	codeQuiz,
	decodeCompletion,
	encodeCompletion,
	findCode,
	MAX_NAME_BYTES,
	type Completion,
} from '~/features/completion/code';
import { quizNumbers } from '~/features/completion/quiz-numbers';

const sample: Completion = {
	name: '陈小梅 Mei',
	assignment: { lessons: ['rights/home-visits', 'rights/check'], due: '2026-12-15' },
	quizzes: [
		{ id: 'rights/home-visits', passed: true, correct: 5, total: 5, day: '2026-12-01' },
		{ id: 'rights/check', passed: false, correct: 6, total: 12, day: '2026-12-03' },
		{ id: 'borrowing/true-cost-of-a-loan', passed: true, correct: 4, total: 5, day: null },
	],
};

/** The code's base 32 body, and the code rebuilt around changed bytes with a correct checksum. */
function withChecksum(bytes: number[]): string {
	const crc = crc32(Uint8Array.from(bytes));
	const all = [...bytes, crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255];
	return `BW1-${toBase32(Uint8Array.from(all))}`;
}

describe('completion codes', () => {
	it('round-trips a name, an assignment and results', () => {
		const code = encodeCompletion(sample);
		expect(code).toMatch(/^BW1(-[0-9A-HJKMNP-TV-Z]{1,5})+$/);
		expect(decodeCompletion(code)).toEqual({ ok: true, completion: sample, unknown: 0 });
	});

	it('reads a code first published with this format, so numbers and layout never shift', () => {
		// Made by encodeCompletion when the format shipped; a reordered quizNumbers list breaks it.
		const published = 'BW1-000S8-28A17-JG72Z-AX4';
		const completion: Completion = {
			name: '',
			assignment: null,
			quizzes: [{ id: 'budgeting/check', passed: true, correct: 9, total: 10, day: '2026-12-07' }],
		};
		expect(decodeCompletion(published)).toEqual({ ok: true, completion, unknown: 0 });
		expect(encodeCompletion(completion)).toBe(published);
	});

	it('numbers every lesson and module check of the course, once each', () => {
		const ids = readdirSync('content/docs/en', { withFileTypes: true })
			.filter(
				(entry) => entry.isDirectory() && entry.name !== 'educators' && entry.name !== 'tools'
			)
			.flatMap((dir) =>
				readdirSync(`content/docs/en/${dir.name}`)
					.filter((file) =>
						/^kind: (lesson|check)$/m.test(
							readFileSync(`content/docs/en/${dir.name}/${file}`, 'utf8')
						)
					)
					.map((file) => `${dir.name}/${file.replace(/\.mdx$/, '')}`)
			);
		expect(ids.length).toBe(20);
		for (const id of ids) expect(quizNumbers).toContain(id);
		expect(new Set(quizNumbers).size).toBe(quizNumbers.length);
	});

	it('is read in any case, with O, I and L typed for 0 and 1, and found inside a line', () => {
		const code = encodeCompletion(sample);
		const loose = `bw1${code.slice(3).toLowerCase().replaceAll('0', 'o').replaceAll('1', 'l')}`;
		expect(decodeCompletion(`Mei (class 3): ${loose} — thanks!`).ok).toBe(true);
		expect(findCode(`Mei: ${code}.`)).toBe(code);
		expect(findCode('no code here, BW1 alone')).toBeUndefined();
	});

	it('catches every mistyped character, swapped pair and cut-off end', () => {
		const code = encodeCompletion(sample);
		const body = [...code];
		for (let i = 4; i < body.length; i++) {
			if (body[i] === '-') continue;
			const typo = [...body];
			typo[i] = body[i] === 'A' ? 'B' : 'A';
			expect(decodeCompletion(typo.join('')).ok, `typo at ${i}`).toBe(false);
			if (i + 1 < body.length && body[i + 1] !== '-' && body[i + 1] !== body[i]) {
				const swap = [...body];
				[swap[i], swap[i + 1]] = [body[i + 1]!, body[i]!];
				expect(decodeCompletion(swap.join('')).ok, `swap at ${i}`).toBe(false);
			}
		}
		for (let end = 4; end < code.length; end++)
			expect(decodeCompletion(code.slice(0, end)).ok, `cut at ${end}`).toBe(false);
		expect(decodeCompletion(`${code}A`)).toEqual({ ok: false, reason: 'checksum' });
	});

	it('says a code comes from a newer site, or is not a code', () => {
		expect(decodeCompletion(encodeCompletion(sample).replace(/^BW1/, 'BW2'))).toEqual({
			ok: false,
			reason: 'newer',
		});
		for (const text of ['', 'hello', 'BW0-ABCDE', '=HYPERLINK("x")', 'BW1-'.repeat(400)])
			expect(decodeCompletion(text).ok).toBe(false);
		expect(decodeCompletion('BW1-UUUUU')).toEqual({ ok: false, reason: 'checksum' });
	});

	it('calls a code with a good checksum but a broken layout damaged, never half-read', () => {
		for (const bytes of [
			[0, 2, 5], // two records promised, none there
			[9, 0], // unknown flags
			[1, 3, 65], // a name longer than what follows
			[1, 2, 0xc3, 0x28, 0], // a name that is not UTF-8
			[0, 1, 20, 6, 5, 0, 1], // 6 right out of 5
			[0, 0, 7], // bytes after the end
		])
			expect(decodeCompletion(withChecksum(bytes)), JSON.stringify(bytes)).toEqual({
				ok: false,
				reason: 'damaged',
			});
	});

	it('counts records of lessons this site does not know, and keeps the rest', () => {
		const decoded = decodeCompletion(withChecksum([0, 2, 100, 1, 2, 0, 0, 128 | 2, 3, 5, 0, 9]));
		expect(decoded).toEqual({
			ok: true,
			unknown: 1,
			completion: {
				name: '',
				assignment: null,
				quizzes: [{ id: quizNumbers[1], passed: true, correct: 3, total: 5, day: '2020-01-09' }],
			},
		});
	});

	it('cuts a long name at a whole character and strips control characters', () => {
		const long = { ...sample, name: `\u0007${'梅'.repeat(60)}` };
		const read = decodeCompletion(encodeCompletion(long));
		expect(read.ok && read.completion.name).toBe('梅'.repeat(MAX_NAME_BYTES / 3));
		const emoji = decodeCompletion(encodeCompletion({ ...sample, name: '😀'.repeat(40) }));
		expect(emoji.ok && emoji.completion.name).toBe('😀'.repeat(MAX_NAME_BYTES / 4));
	});

	it('shares finished attempts only', () => {
		const quiz = {
			answers: {},
			correct: 2,
			total: 5,
			passed: false,
			completedAt: null,
			results: {},
		};
		expect(codeQuiz('rights/check', quiz)).toBeUndefined();
		expect(codeQuiz('rights/check', { ...quiz, passed: true })).toMatchObject({
			passed: true,
			day: null,
		});
		expect(codeQuiz('rights/check', undefined)).toBeUndefined();
	});

	it('base 32 round-trips every byte value', () => {
		const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
		expect(fromBase32(toBase32(bytes))).toEqual(bytes);
		expect(fromBase32('U')).toBeUndefined();
	});
});
