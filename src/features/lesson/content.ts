import { getCollection, type CollectionEntry } from 'astro:content';
import { isLesson, type LessonData } from './schema';
import { modules, type Locale, type ModuleId } from '../../site/locales';

export type Lesson = CollectionEntry<'docs'> & {
	data: CollectionEntry<'docs'>['data'] & LessonData;
};

/** The locale-free lesson id shared by every translation, e.g. `borrowing/true-cost-of-a-loan`. */
export function lessonId(entry: CollectionEntry<'docs'>): string {
	return entry.id.split('/').slice(1).join('/');
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
