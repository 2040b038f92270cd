// Schema of content/toolkit/contact-log/<locale>.yaml, the contact log's words. Build only.
import { z } from 'astro/zod';
import { places } from '~/features/place/places';
import { source, textWith } from '~/site/schema';
import { contactKinds, entryFields, type EntryField, type FieldProblem } from './log';

/**
 * A source of the page; one that backs a single place's rules (the page's <Place> blocks) names it and
 * shows only with that place's rules, as a lesson's sources do (LessonFooter).
 */
const placedSource = source.extend({ place: z.enum(places).optional() });

const kind = z.strictObject({
	/** One of `contactKinds`, in that order. */
	id: z.enum(contactKinds),
	/** The kind as the form and the report show it. */
	label: z.string().min(1),
	/** The kind as a CSV file writes it; an import reads this in any locale. */
	csv: z.string().min(1),
	/** "{{count}} calls", by plural category (Intl.PluralRules); `other` is required, Chinese needs only it. */
	count: z.strictObject({
		one: textWith('count').optional(),
		other: textWith('count'),
	}),
});

const field = z.strictObject({
	/** The form label. */
	label: z.string().min(1),
	/** A line under the label: an example, or what to leave empty. */
	hint: z.string().min(1).optional(),
	/** Column header in CSV files and the printed report; an import reads it in any locale. */
	csv: z.string().min(1),
});

/** The contact-log tool's text in one locale: `content/toolkit/contact-log/<locale>.yaml`. */
export const contactLogContentSchema = z
	.strictObject({
		/** Day a person last checked the page's legal statements against its sources (YYYY-MM-DD). */
		lastReviewed: z.coerce.date(),
		/** Laws and official pages the page's legal statements rely on, by place where they back one. */
		sources: z.array(placedSource).min(2),
		/** Shown until the script runs, and always without JavaScript. */
		noScript: z.string().min(1),
		/** Where the log is kept and who could see it. */
		stored: textWith('key'),
		kinds: z.array(kind).length(contactKinds.length),
		fields: z.strictObject(
			Object.fromEntries(entryFields.map((f) => [f, field])) as Record<EntryField, typeof field>
		),
		headings: z.strictObject({
			add: z.string().min(1),
			edit: z.string().min(1),
			list: z.string().min(1),
			files: z.string().min(1),
			import: z.string().min(1),
			damaged: z.string().min(1),
		}),
		actions: z.strictObject({
			add: z.string().min(1),
			save: z.string().min(1),
			cancel: z.string().min(1),
			edit: z.string().min(1),
			delete: z.string().min(1),
			exportCsv: z.string().min(1),
			print: z.string().min(1),
			importFile: z.string().min(1),
			import: z.string().min(1),
			importMode: z.string().min(1),
			merge: z.string().min(1),
			replace: z.string().min(1),
			erase: z.string().min(1),
			/** In the damaged-log notice: the entries that could be read, as a CSV file Import takes. */
			downloadReadable: z.string().min(1),
			downloadRaw: z.string().min(1),
			startFresh: z.string().min(1),
		}),
		messages: z.strictObject({
			added: z.string().min(1),
			saved: z.string().min(1),
			deleted: z.string().min(1),
			confirmDelete: textWith('entry'),
			confirmErase: z.string().min(1),
			erased: z.string().min(1),
			confirmReplace: textWith('count'),
			imported: textWith('added', 'skipped'),
			replaced: textWith('count'),
			noFile: z.string().min(1),
			quota: z.string().min(1),
			blocked: z.string().min(1),
			damagedAll: z.string().min(1),
			damagedSome: textWith('lost', 'kept'),
			freshStart: z.string().min(1),
			empty: z.string().min(1),
			recent: textWith('counts'),
			all: textWith('counts'),
			none: z.string().min(1),
			fixForm: z.string().min(1),
			/** A change refused because the log would grow past what the tool reads back. */
			tooLarge: z.string().min(1),
			/** From 90% of that size on, with how much is used. */
			nearlyFull: textWith('percent'),
			/** Beside the import's file field: the largest file it takes. */
			importLimit: textWith('size'),
		}),
		/** Why a typed or imported value was refused. */
		problems: z.strictObject({
			required: z.string().min(1),
			date: z.string().min(1),
			future: z.string().min(1),
			time: z.string().min(1),
			kind: z.string().min(1),
			tooLong: textWith('max'),
		} satisfies Record<FieldProblem, unknown>),
		/** Why a CSV import was refused; `{{row}}` is the row as a spreadsheet numbers it. */
		csvProblems: z.strictObject({
			empty: z.string().min(1),
			header: z.string().min(1),
			columns: textWith('row', 'count'),
			quote: textWith('row'),
			tooMany: textWith('row', 'max'),
			field: textWith('row', 'field', 'problem'),
			read: z.string().min(1),
			tooBig: textWith('size'),
		}),
		/** The printed report. */
		report: z.strictObject({
			title: z.string().min(1),
			generated: textWith('date'),
			when: z.string().min(1),
			who: z.string().min(1),
			empty: z.string().min(1),
		}),
		/** The blank paper log, printed by hand-writers and readers without JavaScript. */
		paper: z.strictObject({
			heading: z.string().min(1),
			intro: z.string().min(1),
		}),
	})
	.superRefine((data, ctx) => {
		data.kinds.forEach((k, i) => {
			if (k.id !== contactKinds[i])
				ctx.addIssue({
					code: 'custom',
					path: ['kinds', i, 'id'],
					message: `expected \`${contactKinds[i]}\` here (kinds are listed in the order of \`contactKinds\`)`,
				});
		});
	});

export type ContactLogContent = z.infer<typeof contactLogContentSchema>;
