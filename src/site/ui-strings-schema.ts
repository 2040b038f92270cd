import { z } from 'astro/zod';
import { siteStrings } from './ui-strings/site';
import { lessonStrings } from './ui-strings/lesson';
import { quizStrings } from './ui-strings/quiz';
import { toolsStrings } from './ui-strings/tools';
import { progressStrings } from './ui-strings/progress';
import { educatorsStrings } from './ui-strings/educators';
import { shareStrings } from './ui-strings/share';
import { helpStrings } from './ui-strings/help';
import { classStrings } from './ui-strings/class';
import { offlineStrings } from './ui-strings/offline';

// The UI strings of every locale (content/i18n/<lang>.json), one group of keys per file in ui-strings/.
// Every key is required, so a locale file that misses one stops the build.
export const uiStrings = z.object({
	...siteStrings,
	...lessonStrings,
	...quizStrings,
	...toolsStrings,
	...progressStrings,
	...educatorsStrings,
	...shareStrings,
	...helpStrings,
	...classStrings,
	...offlineStrings,
});

export type UiKey = keyof z.infer<typeof uiStrings>;
