// Types for the Starlight virtual module that our copy of its Search component imports;
// Starlight declares it only for its own sources.
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}

// The parts of Starlight's resolved config that the embed view's route middleware reads.
declare module 'virtual:starlight/user-config' {
	const config: { title: Record<string, string>; titleDelimiter: string };
	export default config;
}
