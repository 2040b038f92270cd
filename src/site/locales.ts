import type { StarlightUserConfig } from '@astrojs/starlight/types';

/** The site's locales: URL prefix → label and BCP-47 tag. One list for the config, the code and the tests. */
export const locales = {
	en: { label: 'English', lang: 'en' },
	'zh-cn': { label: '简体中文', lang: 'zh-CN' },
	'zh-tw': { label: '繁體中文', lang: 'zh-TW' },
	es: { label: 'Español', lang: 'es' },
} as const satisfies StarlightUserConfig['locales'];

export type Locale = keyof typeof locales;

export const localeIds = Object.keys(locales) as Locale[];

export const defaultLocale: Locale = 'en';

/** Course modules, in sidebar order. Slugs are the folder names under each locale. */
export const modules = ['borrowing', 'overdue', 'rights', 'budgeting'] as const;

export type ModuleId = (typeof modules)[number];

/**
 * A page in a module's folder (`<locale>/<module>/<page>`, an entry id or a path with its slashes
 * trimmed): a lesson, the module's check, or a page beside them; not the module's overview.
 */
export const inModule = (id: string) => {
	const [, folder, page, ...rest] = id.split('/');
	return (
		rest.length === 0 && page !== undefined && (modules as readonly string[]).includes(folder ?? '')
	);
};
