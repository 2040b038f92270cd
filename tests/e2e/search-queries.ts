import type { Locale } from '../../src/locales';

/**
 * Real queries readers type, and the lesson (locale-free id) that must be in the top 3.
 * Kinds: `word` a short word (two Chinese characters), `phrase` a longer phrase, `mixed`
 * Latin and Chinese, `keyword` found only through the lesson's `keywords`, `typo` a misspelling.
 */
export const searchQueries: Record<Locale, { query: string; lesson: string; kind: 'word' | 'phrase' | 'mixed' | 'keyword' | 'typo' }[]> = {
	en: [
		{ query: 'APR', lesson: 'borrowing/true-cost-of-a-loan', kind: 'word' },
		{ query: 'annual percentage rate', lesson: 'borrowing/true-cost-of-a-loan', kind: 'phrase' },
		{ query: 'upfront fee', lesson: 'borrowing/true-cost-of-a-loan', kind: 'keyword' },
		{ query: 'how much does this loan cost', lesson: 'borrowing/true-cost-of-a-loan', kind: 'keyword' },
		{ query: 'intrest rate', lesson: 'borrowing/true-cost-of-a-loan', kind: 'typo' },
	],
	'zh-cn': [
		{ query: '年化', lesson: 'borrowing/true-cost-of-a-loan', kind: 'word' },
		{ query: '砍头息', lesson: 'borrowing/true-cost-of-a-loan', kind: 'word' },
		{ query: '实际利率', lesson: 'borrowing/true-cost-of-a-loan', kind: 'phrase' },
		{ query: '4倍LPR', lesson: 'borrowing/true-cost-of-a-loan', kind: 'mixed' },
		{ query: '利息怎么算', lesson: 'borrowing/true-cost-of-a-loan', kind: 'keyword' },
	],
	'zh-tw': [
		{ query: '年利率', lesson: 'borrowing/true-cost-of-a-loan', kind: 'phrase' },
		{ query: '手續費', lesson: 'borrowing/true-cost-of-a-loan', kind: 'word' },
		{ query: '利息怎麼算', lesson: 'borrowing/true-cost-of-a-loan', kind: 'keyword' },
	],
	es: [
		{ query: 'intereses', lesson: 'borrowing/true-cost-of-a-loan', kind: 'word' },
		{ query: 'tasa anual', lesson: 'borrowing/true-cost-of-a-loan', kind: 'phrase' },
		{ query: 'cargos ocultos', lesson: 'borrowing/true-cost-of-a-loan', kind: 'keyword' },
	],
};
