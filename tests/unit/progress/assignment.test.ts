import { describe, expect, it } from 'vitest';
import {
	daysUntil,
	decodeAssignment,
	encodeAssignment,
	isIsoDate,
	MAX_LESSONS,
	MAX_TITLE,
} from '~/features/progress/assignment';

const known = new Set([
	'borrowing/true-cost-of-a-loan',
	'overdue/first-days-overdue',
	'rights/home-visits',
	'rights/check',
]);
const many = Array.from({ length: 60 }, (_, i) => `m/lesson-${i}`);

describe('assignment links', () => {
	it('round-trips lessons, title and due date through the fragment', () => {
		const hash = encodeAssignment({
			lessons: ['rights/home-visits', 'borrowing/true-cost-of-a-loan', 'rights/check'],
			title: 'Week 3: your rights',
			due: '2026-12-15',
		});
		expect(hash.startsWith('#v=1&')).toBe(true);
		expect(decodeAssignment(hash, known)).toEqual({
			ok: true,
			assignment: {
				lessons: ['rights/home-visits', 'borrowing/true-cost-of-a-loan', 'rights/check'],
				title: 'Week 3: your rights',
				due: '2026-12-15',
			},
			ignored: 0,
			badDate: false,
		});
	});

	it('keeps the title as text: markup and unicode come back exactly as typed', () => {
		for (const title of [
			'<script>alert(1)</script>',
			'<img src=x onerror=alert(1)>',
			'第三周：催收权利 & 预算 📚',
			'Semana 3 — «derechos» ñ',
			'a+b=c&d=e#f%20',
		]) {
			const decoded = decodeAssignment(
				encodeAssignment({ lessons: ['rights/home-visits'], title }),
				known
			);
			expect(decoded.ok && decoded.assignment.title).toBe(title);
		}
	});

	it('works without a title or a due date', () => {
		const decoded = decodeAssignment(encodeAssignment({ lessons: ['rights/check'] }), known);
		expect(decoded).toEqual({
			ok: true,
			assignment: { lessons: ['rights/check'], title: '', due: null },
			ignored: 0,
			badDate: false,
		});
	});

	it('ignores unknown ids and drops duplicates, counting what it left out', () => {
		const decoded = decodeAssignment(
			'#v=1&l=rights/home-visits,evil/../../x,rights/home-visits,__proto__,rights/check',
			known
		);
		expect(decoded).toMatchObject({
			ok: true,
			assignment: { lessons: ['rights/home-visits', 'rights/check'] },
			ignored: 3,
		});
	});

	it('is valid in every locale: ids carry no locale', () => {
		const hash = encodeAssignment({ lessons: ['overdue/first-days-overdue'], title: '逾期' });
		expect(hash).not.toMatch(/\b(en|zh-cn|zh-tw|es)\//);
	});

	it('bounds the title at 120 characters without splitting a character, and the lessons at 40', () => {
		const long = '借'.repeat(200);
		const emoji = '😀'.repeat(130);
		const all = new Set(many);
		const decoded = decodeAssignment(`#v=1&l=${many.join(',')}&t=${encodeURIComponent(long)}`, all);
		expect(decoded.ok && decoded.assignment.title).toBe('借'.repeat(MAX_TITLE));
		expect(decoded.ok && decoded.assignment.lessons).toHaveLength(MAX_LESSONS);
		expect(decoded.ok && decoded.ignored).toBe(20);
		const decodedEmoji = decodeAssignment(
			`#v=1&l=rights/check&t=${encodeURIComponent(emoji)}`,
			known
		);
		expect(decodedEmoji.ok && [...decodedEmoji.assignment.title]).toHaveLength(MAX_TITLE);
		expect(decodedEmoji.ok && decodedEmoji.assignment.title).toBe('😀'.repeat(MAX_TITLE));
		// The encoder applies the same bounds.
		expect(
			new URLSearchParams(encodeAssignment({ lessons: many, title: long }).slice(1))
				.get('l')!
				.split(',')
		).toHaveLength(MAX_LESSONS);
	});

	it('strips control characters from the title', () => {
		const decoded = decodeAssignment(
			`#v=1&l=rights/check&t=${encodeURIComponent('Week\u0000 3\u001b\n')}`,
			known
		);
		expect(decoded.ok && decoded.assignment.title).toBe('Week 3');
	});

	it('strips direction overrides and marks, so the title reads in the order it was written', () => {
		const decoded = decodeAssignment(
			`#v=1&l=rights/check&t=${encodeURIComponent('Homework \u202Eevah uoy eud 0001$ yap\u2066\u200F\u061C')}`,
			known
		);
		expect(decoded.ok && decoded.assignment.title).toBe('Homework evah uoy eud 0001$ yap');
		expect(encodeAssignment({ lessons: ['rights/check'], title: '\u2067Week\u2069 3' })).toBe(
			`#v=1&l=rights%2Fcheck&t=Week+3`
		);
	});

	it('accepts only real ISO dates, and reports a bad one without failing the link', () => {
		expect(isIsoDate('2026-12-15')).toBe(true);
		expect(isIsoDate('2028-02-29')).toBe(true);
		for (const bad of [
			'2026-02-30',
			'2027-02-29',
			'2026-13-01',
			'2026-1-5',
			'15/12/2026',
			'2026-12-15T00:00',
			'',
			'9999-01-01',
			'<b>',
		])
			expect(isIsoDate(bad), bad).toBe(false);
		expect(decodeAssignment('#v=1&l=rights/check&d=2026-02-30', known)).toMatchObject({
			ok: true,
			assignment: { due: null },
			badDate: true,
		});
		expect(encodeAssignment({ lessons: ['rights/check'], due: 'tomorrow' })).not.toContain('d=');
	});

	it('turns malformed fragments into a reason, never an exception', () => {
		expect(decodeAssignment('', known)).toEqual({ ok: false, reason: 'empty' });
		expect(decodeAssignment('#', known)).toEqual({ ok: false, reason: 'empty' });
		for (const bad of [
			'#garbage',
			'#%E0%A4%A',
			'#v=2&l=rights/check',
			'#l=rights/check',
			'#v=1',
			'#v=1&l=',
			`#v=1&l=${'x'.repeat(5000)}`,
			'#plan=%7B%7D',
			'#v=1&l=%ZZ',
		]) {
			const decoded = decodeAssignment(bad, known);
			expect(decoded.ok, bad).toBe(false);
		}
		expect(decodeAssignment('#v=1&l=nope/nothing,also/unknown', known)).toEqual({
			ok: false,
			reason: 'noLessons',
		});
	});

	it('counts days to the due date on the reader’s own calendar', () => {
		const today = new Date(2026, 10, 29, 23, 30);
		expect(daysUntil('2026-11-29', today)).toBe(0);
		expect(daysUntil('2026-11-30', today)).toBe(1);
		expect(daysUntil('2026-12-15', today)).toBe(16);
		expect(daysUntil('2026-11-26', today)).toBe(-3);
	});
});
