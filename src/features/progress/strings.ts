// The UI strings a progress page's custom element needs, as JSON for its `data-strings`.
export function stringsWith(all: Record<string, unknown>, prefixes: readonly string[]): string {
	return JSON.stringify(
		Object.fromEntries(
			Object.entries(all).filter(
				([key, value]) => typeof value === 'string' && prefixes.some((p) => key.startsWith(p))
			)
		)
	);
}
