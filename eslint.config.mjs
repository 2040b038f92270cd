// @ts-check
import { builtinModules } from 'node:module';
import eslint from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Build-only files, named so: Zod schemas and `astro:content` readers. Only they may import
// what never belongs in a browser bundle. The i18n Zod schema is `src/site/ui-strings-schema.ts`.
const buildOnly = [
	'src/**/schema.ts',
	'src/**/*-schema.ts',
	'src/**/content.ts',
	'src/**/*-content.ts',
	'src/site/ui-strings/**',
];

// What a browser-safe module may not import, except `import type`.
const browserForbidden = [
	'^(zod|js-yaml|satteri)(/|$)',
	'^astro/zod$',
	'^(astro|node|virtual):',
	`^(${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(/|$)`,
	// A build-only file, by the names above (`.ts` extension optional).
	'(schema|[/-]content)(\\.ts)?$',
	// Code outside src/site and src/features is not held to these rules, so it may not be a way round them.
	'^(~/|(\\.\\./)+)(overrides|routes|integrations|markdown)/',
	'(^|/)content\\.config(\\.ts)?$',
];
const browserMessage =
	'Browser-safe code (src/site, src/features except schema.ts, content.ts, *-schema.ts, *-content.ts) ' +
	'must not load Zod, Astro virtual modules, Node or build-only modules; `import type` is fine.';

const siteForbidden = '^(~/|(\\.\\./)+)features(/|$)';
const siteMessage = 'src/site is the shared kit: it never imports a feature.';

/**
 * @param {{ regex: string, message: string, allowTypeImports: boolean }[]} patterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
const restrict = (patterns) => ({
	// Browser bundles stay free of build-only code; what a file may load is read from its name.
	'no-restricted-imports': ['error', { patterns }],
	// The same boundaries for lazy `import('...')`, which the rule above does not see.
	'no-restricted-syntax': [
		'error',
		...patterns.map(({ regex, message }) => ({
			selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`,
			message,
		})),
	],
});
const browser = browserForbidden.map((regex) => ({
	regex,
	message: browserMessage,
	allowTypeImports: true,
}));
const site = [{ regex: siteForbidden, message: siteMessage, allowTypeImports: false }];

export default defineConfig(
	globalIgnores([
		'dist/',
		'.astro/',
		'node_modules/',
		'tests/.tmp/',
		'test-results/',
		'playwright-report/',
		'public/',
		'**/*.d.ts',
	]),

	// Lint what ESLint can parse: TypeScript and the ES module config files (no .astro parser here).
	{ files: ['**/*.ts', '**/*.mjs'] },

	// Scripts, tests and configs run in Node.
	{ languageOptions: { globals: globals.nodeBuiltin } },

	// Real-bug rules only (unreachable code, duplicate keys, ...); Prettier owns the style.
	eslint.configs.recommended,

	{
		files: ['**/*.ts'],
		extends: [tseslint.configs.base, tseslint.configs.eslintRecommended],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			// `import type` is erased, so a type from a build-only module stays out of the bundle.
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			// An unawaited promise hides its rejection: await it, or say `void` on purpose.
			'@typescript-eslint/no-floating-promises': 'error',
			// TypeScript reports unused names itself (noUnusedLocals); this one knows no `_` convention.
			'no-unused-vars': 'off',
			// Stripping control characters from untrusted text is what those regular expressions are for.
			'no-control-regex': 'off',
			// `let x = null; try { x = ... } catch { return; }` reads clearly and is not a bug.
			'no-useless-assignment': 'off',
			// Literal spaces in a pattern that matches YAML indentation read better than ` {2}`.
			'no-regex-spaces': 'off',
		},
	},

	// Browser-safe code outside src/site.
	{
		files: ['src/features/**/*.ts'],
		ignores: buildOnly,
		rules: restrict(browser),
	},
	// The kit: browser-safe, and it never reaches into a feature.
	{
		files: ['src/site/**/*.ts'],
		ignores: buildOnly,
		rules: restrict([...browser, ...site]),
	},
	// Build-only kit files may load Zod and `astro:content`, but still no feature.
	{
		files: buildOnly,
		ignores: ['src/features/**'],
		rules: restrict(site),
	}
);
