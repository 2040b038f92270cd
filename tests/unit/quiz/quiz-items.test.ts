import { describe, expect, it } from 'vitest';
import { assertUniqueIds, quizItems } from '~/features/quiz/quiz-items';
import type { Question } from '~/features/quiz/schema';

const question: Question = {
	objective: 1,
	id: 'daily-rate',
	type: 'true-false',
	prompt: 'A daily rate is small.',
	explanation: 'Multiply by 365.',
	section: '日利率',
	check: true,
	answer: false,
	feedback: { right: 'r', wrong: 'w' },
};
const headings = [
	{ slug: '一个真实的例子', text: '一个真实的例子' },
	{ slug: '日利率', text: '日利率' },
];

describe('quizItems', () => {
	it('links each question to its section, on the lesson itself or from a module check', () => {
		expect(quizItems([question], headings, { file: 'x.mdx' })).toEqual([
			{ question, sectionHref: '#日利率', sectionLabel: '日利率' },
		]);
		expect(
			quizItems([question], headings, {
				file: 'x.mdx',
				href: '/zh-cn/borrowing/true-cost-of-a-loan/',
				title: '真实成本',
			})[0]
		).toMatchObject({
			sectionHref: '/zh-cn/borrowing/true-cost-of-a-loan/#日利率',
			sectionLabel: '真实成本: 日利率',
		});
	});

	it('stops the build when a section is not a heading of the lesson, naming file and question', () => {
		expect(() =>
			quizItems([{ ...question, section: 'a-daily-rate' }], headings, {
				file: 'content/docs/zh-cn/x.mdx',
			})
		).toThrow(
			'content/docs/zh-cn/x.mdx: question `daily-rate`: section `a-daily-rate` is not a heading id in this lesson'
		);
	});

	it('refuses the same question id from two lessons on one check page', () => {
		const item = { question, sectionHref: '#日利率', sectionLabel: '日利率' };
		expect(() => assertUniqueIds([item], 'check.mdx')).not.toThrow();
		expect(() => assertUniqueIds([item, item], 'check.mdx')).toThrow(
			'check.mdx: question `daily-rate` appears in more than one lesson'
		);
	});
});
