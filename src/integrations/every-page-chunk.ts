import type { Plugin } from 'vite';

/**
 * Every page's sidebar (progress marks) and language menu load the progress store, the storage kit and
 * the locale list. Left to itself, the bundler splits them into a small file per sharing pattern, and
 * each feature that also uses the storage kit moves that boundary: one more request on every first
 * load. Grouping the modules every page loads anyway into one chunk keeps lessons at one file for them.
 * Likewise the quiz's scoring is shared by the quiz element and the progress page's "review what you
 * missed": kept in the quiz element's chunk, a lesson loads one file for its quiz, not two. The strings
 * kit keeps a chunk of its own: taken along into that group, the progress page would load the whole
 * quiz element for it.
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
							test: /src\/(site\/(storage|storage-keys|locales)|features\/progress\/(store|events))\.ts$/,
						},
						{
							name: 'bw-quiz',
							test: /src\/features\/quiz\/(bw-quiz|quiz|answers)\.ts$/,
						},
						// Before the quiz's group takes it along (see above).
						{ name: 'strings', test: /src\/site\/strings\.ts$/, priority: 1 },
					],
				},
			};
		},
	};
}
