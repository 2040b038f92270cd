// Types for the Starlight virtual module that our copy of its Search component imports;
// Starlight declares it only for its own sources.
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
