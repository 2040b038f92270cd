import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { collectionCheckSchema } from '~/features/toolkit/collection-check/schema';
import { contactLogContentSchema } from '~/features/toolkit/contact-log/schema';
import { glossarySchema } from '~/features/glossary/schema';
import { helpLineSchema } from '~/features/help/schema';
import { lettersSchema } from '~/features/toolkit/letters/schema';
import { pageSchema } from '~/features/lesson/schema';
import { scamCheckSchema } from '~/features/toolkit/scam-check/schema';
import { uiStrings } from '~/site/ui-strings-schema';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageSchema }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStrings }) }),
	// One file per locale (content/glossary/<locale>.yaml); its entry id is the locale.
	glossary: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/glossary' }),
		schema: glossarySchema,
	}),
	// The debt-help scam check: one file per locale (content/toolkit/scam-check/<locale>.yaml); its entry id is the locale.
	scamCheck: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/toolkit/scam-check' }),
		schema: scamCheckSchema,
	}),
	// The letter builder's templates and words, one file per locale (content/toolkit/letters/<locale>.yaml); entry id is the locale.
	letters: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/toolkit/letters' }),
		schema: lettersSchema,
	}),
	// The home-visit and contact check's words, one file per locale (content/toolkit/collection-check/<locale>.yaml).
	collectionCheck: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/toolkit/collection-check' }),
		schema: collectionCheckSchema,
	}),
	// The contact-log tool's text, one file per locale (content/toolkit/contact-log/<locale>.yaml); entry id is the locale.
	contactLog: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/toolkit/contact-log' }),
		schema: contactLogContentSchema,
	}),
	// The help page's phone lines and official pages, one entry per line, each with its source (content/help/lines.yaml).
	helpLines: defineCollection({
		loader: file('./content/help/lines.yaml'),
		schema: helpLineSchema,
	}),
};
