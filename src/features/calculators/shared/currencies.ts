/** Currencies a tool can show; the default depends on the locale. */
export const currencies = ['CNY', 'TWD', 'HKD', 'USD', 'GBP', 'EUR', 'MXN'] as const;
export type Currency = (typeof currencies)[number];
export const defaultCurrency = {
	en: 'USD',
	'zh-cn': 'CNY',
	'zh-tw': 'TWD',
	es: 'MXN',
} as const satisfies Record<string, Currency>;
