/** The `tools.*` UI strings (a group is a key or a key prefix: `error`, `fixForm`) a tool's browser code needs, without the `tools.` prefix, as JSON for a data-* attribute. */
export function toolStrings(all: Record<string, unknown>, groups: readonly string[]): string {
	const wanted = (key: string) => groups.some((g) => key === `tools.${g}` || key.startsWith(`tools.${g}.`));
	return JSON.stringify(Object.fromEntries(Object.entries(all).filter(([key, value]) => wanted(key) && typeof value === 'string').map(([key, value]) => [key.slice('tools.'.length), value])));
}
