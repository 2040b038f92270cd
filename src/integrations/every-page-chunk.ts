import type { Plugin } from 'vite';

/**
 * Every page's sidebar (progress marks), place picker and language menu load the storage kit and the
 * locale list. Left to itself, the bundler splits them into a small file per sharing pattern, and
 * each feature that also uses the storage kit moves that boundary: one more request on every first
 * load. Grouping the modules every page loads anyway into one chunk keeps lessons at one file for them
 * (with src/overrides/every-page.ts, two files of JavaScript on a lesson's first load). The progress
 * store is not among them: a first visit has no progress, and the marks load it only when there is some.
 * (Grouping it with the marks' code made the bundler add a runtime file to every page's first load.)
 */
export function everyPageChunk(): Plugin {
	return {
		name: 'bw-every-page-chunk',
		applyToEnvironment: (env) => env.name === 'client',
		outputOptions(options) {
			const splitting = typeof options.codeSplitting === 'object' ? options.codeSplitting : {};
			return {
				...options,
				codeSplitting: {
					...splitting,
					groups: [
						...(splitting.groups ?? []),
						{
							name: 'every-page',
							test: /src\/(site\/(storage|storage-keys|locales|load-when-near)|features\/progress\/events|features\/place\/picker|features\/language-chooser\/choice)\.ts$/,
						},
					],
				},
			};
		},
	};
}
