import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The project's own eslint.config.mjs, run on files that exist only here. Type information is
// off: the TypeScript project does not know these files, and the import rules do not need it.
const eslint = new ESLint({
	cwd: fileURLToPath(new URL('../../..', import.meta.url)),
	overrideConfig: {
		languageOptions: { parserOptions: { projectService: false } },
		rules: { '@typescript-eslint/no-floating-promises': 'off' },
	},
});

/** The import-boundary messages ESLint reports for `code` as if it were the file at `filePath`. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
	const fatal = result!.messages.filter((m) => m.fatal);
	expect(fatal, 'the file parses').toEqual([]);
	return result!.messages
		.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
		.map((m) => m.message);
}

// Each snippet uses what it imports, so that no other rule has a say.
const cases: { name: string; file: string; code: string; fails: boolean }[] = [
	{
		name: 'a browser file importing Zod',
		file: 'src/features/quiz/bw-x.ts',
		code: "import { z } from 'astro/zod';\nexport const s = z.string();\n",
		fails: true,
	},
	{
		name: 'a browser file importing plain zod',
		file: 'src/features/quiz/bw-x.ts',
		code: "import { z } from 'zod';\nexport const s = z.string();\n",
		fails: true,
	},
	{
		name: 'a browser file importing a schema module',
		file: 'src/features/quiz/bw-x.ts',
		code: "import { quizSchema } from './schema';\nexport const s = quizSchema;\n",
		fails: true,
	},
	{
		name: 'a browser file importing a *-schema module by alias',
		file: 'src/features/quiz/quiz-view.ts',
		code: "import { uiSchema } from '~/site/ui-strings-schema';\nexport const s = uiSchema;\n",
		fails: true,
	},
	{
		name: 'a browser file importing a content module',
		file: 'src/features/lesson/lesson-list.ts',
		code: "import { lessonsOf } from './content';\nexport const l = lessonsOf;\n",
		fails: true,
	},
	{
		name: 'a browser file importing astro:content',
		file: 'src/features/lesson/lesson-list.ts',
		code: "import { getCollection } from 'astro:content';\nexport const g = getCollection;\n",
		fails: true,
	},
	{
		name: 'a browser file importing node:fs',
		file: 'src/features/quiz/bw-x.ts',
		code: "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
		fails: true,
	},
	{
		name: 'a browser file importing fs without the node: prefix',
		file: 'src/features/quiz/bw-x.ts',
		code: "import { readFileSync } from 'fs';\nexport const r = readFileSync;\n",
		fails: true,
	},
	{
		name: 'a browser file loading a schema lazily',
		file: 'src/features/quiz/bw-x.ts',
		code: "export const load = () => import('../quiz/schema');\n",
		fails: true,
	},
	{
		name: 'a browser file re-exporting a schema',
		file: 'src/features/quiz/bw-x.ts',
		code: "export { quizSchema } from './schema';\n",
		fails: true,
	},
	{
		name: 'a browser kit file importing Zod',
		file: 'src/site/x.ts',
		code: "import { z } from 'astro/zod';\nexport const s = z.string();\n",
		fails: true,
	},
	{
		name: 'a kit file importing a feature by alias',
		file: 'src/site/x.ts',
		code: "import { quizStatus } from '~/features/progress/transfer';\nexport const q = quizStatus;\n",
		fails: true,
	},
	{
		name: 'a kit file importing a feature by relative path',
		file: 'src/site/x.ts',
		code: "import { quizStatus } from '../features/progress/transfer';\nexport const q = quizStatus;\n",
		fails: true,
	},
	{
		name: 'a build-only kit file importing a feature',
		file: 'src/site/content.ts',
		code: "import { quizSchema } from '../features/quiz/schema';\nexport const q = quizSchema;\n",
		fails: true,
	},
	{
		name: 'a browser file with `import type` from a schema',
		file: 'src/features/quiz/bw-x.ts',
		code: "import type { Question } from './schema';\nexport const q: Question[] = [];\n",
		fails: false,
	},
	{
		name: 'a browser file with an inline type import from a schema',
		file: 'src/features/quiz/bw-x.ts',
		code: "import { type Question } from './schema';\nexport const q: Question[] = [];\n",
		fails: false,
	},
	{
		name: 'a schema.ts importing Zod',
		file: 'src/features/quiz/schema.ts',
		code: "import { z } from 'astro/zod';\nexport const s = z.string();\n",
		fails: false,
	},
	{
		name: 'a *-schema.ts importing Zod',
		file: 'src/site/ui-strings-schema.ts',
		code: "import { z } from 'astro/zod';\nexport const s = z.string();\n",
		fails: false,
	},
	{
		name: 'a content.ts importing astro:content',
		file: 'src/features/lesson/content.ts',
		code: "import { getCollection } from 'astro:content';\nexport const g = getCollection;\n",
		fails: false,
	},
	{
		name: 'a browser file importing logic and the kit',
		file: 'src/features/quiz/bw-x.ts',
		code: "import { fill } from '~/site/strings';\nimport { PROGRESS_EVENT } from '../progress/events';\nexport const f = [fill, PROGRESS_EVENT];\n",
		fails: false,
	},
	{
		name: 'a route importing a feature schema (outside the browser boundary)',
		file: 'src/routes/x.ts',
		code: "import { quizSchema } from '../features/quiz/schema';\nexport const q = quizSchema;\n",
		fails: false,
	},
];

describe('import boundaries in eslint.config.mjs', () => {
	test.each(cases)('$name in $file: fails = $fails', async ({ file, code, fails }) => {
		const errors = await boundaryErrors(file, code);
		if (!fails) expect(errors).toEqual([]);
		else if (/feature/.test(code) && file.startsWith('src/site/'))
			expect(errors).toEqual([expect.stringContaining('never imports a feature')]);
		else expect(errors).toEqual([expect.stringContaining('Browser-safe code')]);
	});
});
