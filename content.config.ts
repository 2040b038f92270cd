import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { collectionCheckSchema } from '~/lib/collection-check';
import { contactLogContentSchema } from '~/lib/contact-log-content';
import { glossarySchema } from '~/lib/glossary';
import { lettersSchema } from '~/lib/letters-schema';
import { pageSchema } from '~/lib/lesson-schema';
import { scamCheckSchema } from '~/lib/scam-check-schema';
import { uiStrings } from '~/lib/ui-strings';

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
};
