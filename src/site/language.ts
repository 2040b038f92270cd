import { defaultLocale, localeIds, type Locale } from './locales';

/** Script or region subtags that mean Traditional characters. */
const traditional = /^zh-(hant|tw|hk|mo)\b/i;

/** Maps one BCP-47 tag to our locale, or undefined when we have nothing for that language. */
export function localeForTag(tag: string): Locale | undefined {
	const t = tag.trim().toLowerCase();
	if (!t) return undefined;
	if (traditional.test(t)) return 'zh-tw';
	if (t === 'zh' || t.startsWith('zh-')) return 'zh-cn';
	if (t === 'es' || t.startsWith('es-')) return 'es';
	if (t === 'en' || t.startsWith('en-')) return 'en';
	return undefined;
}

/** The first of the visitor's preferred languages that we publish, else English. */
export function bestLocale(preferred: readonly string[]): Locale {
	for (const tag of preferred) {
		const hit = localeForTag(tag);
		if (hit) return hit;
	}
	return defaultLocale;
}

/** Accepts a stored value only when it is one of our locales. */
export function parseLocale(value: unknown): Locale | undefined {
	return typeof value === 'string' && (localeIds as string[]).includes(value)
		? (value as Locale)
		: undefined;
}
