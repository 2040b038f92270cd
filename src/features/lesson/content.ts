// Build only: the lessons and module checks of a locale, read from the docs collection.
import { getCollection, type CollectionEntry } from 'astro:content';
import { base } from '~/site/base';
import { modules, type Locale, type ModuleId } from '~/site/locales';
import { isLesson, type LessonData } from './schema';
import { placesOn } from '../place/content';
import { placeShown, type PlaceId } from '../place/places';
import { questionsFor } from '../quiz/quiz-items';

export type Lesson = CollectionEntry<'docs'> & {
	data: CollectionEntry<'docs'>['data'] & LessonData;
};

/** The locale-free lesson id shared by every translation, e.g. `borrowing/true-cost-of-a-loan`. */
export function lessonId(entry: CollectionEntry<'docs'>): string {
	return entry.id.split('/').slice(1).join('/');
}

/**
 * The lesson's questions asked of a reader of `place`: the place-neutral ones and those about the place
 * the lesson shows them (`place` if the lesson has its rules, else the locale's default). Without a place,
 * those asked on the lesson's own page (what its default handout and export list).
 */
export function questionsOf(lesson: Lesson, place?: PlaceId) {
	const locale = lesson.id.split('/')[0] as Locale;
	return questionsFor(lesson.data.quiz ?? [], placeShown(locale, placesOn(lesson.body), place));
}

/** A locale's lessons, in module order then lesson order. */
export async function lessonsOf(locale: Locale, module?: ModuleId): Promise<Lesson[]> {
	const entries = await getCollection(
		'docs',
		(entry): entry is Lesson =>
			entry.id.startsWith(`${locale}/`) &&
			isLesson(entry.data) &&
			(!module || entry.data.module === module)
	);
	const moduleOrder = (lesson: Lesson) => modules.indexOf(lesson.data.module);
	return entries.sort(
		(a, b) =>
			moduleOrder(a) - moduleOrder(b) || a.data.order - b.data.order || a.id.localeCompare(b.id)
	);
}

/** One lesson or module check in the course catalog; ids are locale-free (the keys of `bw:progress` and of assignment links). */
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

/**
 * The locale's lessons in course order, each module ending with its check (if it has one), for the
 * progress and assignment pages.
 */
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
