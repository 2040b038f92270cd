// Build side of the progress pages (my progress, summary, assign, assignment): the page's locale, the
// course's lessons and checks in it, and the UI strings under `prefixes` for the page's element.
import type { AstroGlobal } from 'astro';
import { courseCatalog } from '~/features/lesson/content';
import { pageLocale } from '~/site/content';
import { browserStrings } from '~/site/strings';

export async function progressPage(astro: Pick<AstroGlobal, 'locals'>, prefixes: string[]) {
	const { t } = astro.locals;
	const locale = pageLocale(astro);
	return {
		locale,
		catalog: await courseCatalog(locale, t('myprogress.check')),
		strings: browserStrings(t.all(), prefixes),
	};
}
