// Build time: every lesson and module check of a locale, grouped by module, for the progress and
// assignment pages. Ids are locale-free (the keys of `bw:progress` and of assignment links).
import { getCollection } from 'astro:content';
import { base } from '../../site/base';
import { lessonId, lessonsOf } from './content';
import { modules, type Locale, type ModuleId } from '../../site/locales';

export interface CatalogItem {
	id: string;
	title: string;
	href: string;
	kind: 'lesson' | 'check';
	module: ModuleId;
}

export interface CatalogModule {
	module: ModuleId;
	items: CatalogItem[];
}

/** The locale's lessons in course order, each module ending with its check (if it has one). */
export async function courseCatalog(locale: Locale, checkLabel: string): Promise<CatalogModule[]> {
	const lessons = await lessonsOf(locale);
	const checks = await getCollection(
		'docs',
		(entry) => entry.id.startsWith(`${locale}/`) && entry.data.kind === 'check'
	);
	return modules.map((module) => {
		const items: CatalogItem[] = lessons
			.filter((lesson) => lesson.data.module === module)
			.map((lesson) => ({
				id: lessonId(lesson),
				title: lesson.data.title,
				href: `${base}${lesson.id}/`,
				kind: 'lesson',
				module,
			}));
		for (const check of checks.filter((entry) => entry.data.module === module)) {
			items.push({
				id: lessonId(check),
				title: checkLabel,
				href: `${base}${check.id}/`,
				kind: 'check',
				module,
			});
		}
		return { module, items };
	});
}
