// `npm run report:translations`: per locale, the pages whose English source changed (last commit
// touching the file) after the translation's `lastReviewed` date, or that have no translation.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeIds } from '../src/site/locales.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const docs = join(root, 'content/docs');

/** The day a file last changed in git (YYYY-MM-DD), or today for uncommitted changes. */
function lastChanged(file: string): string {
	const dirty = execFileSync('git', ['status', '--porcelain', '--', file], {
		cwd: root,
		encoding: 'utf8',
	}).trim();
	if (dirty) return new Date().toISOString().slice(0, 10);
	return execFileSync('git', ['log', '-1', '--format=%cs', '--', file], {
		cwd: root,
		encoding: 'utf8',
	}).trim();
}

const reviewed = (file: string) =>
	/^lastReviewed:\s*(\d{4}-\d{2}-\d{2})/m.exec(readFileSync(file, 'utf8'))?.[1];

const english = readdirSync(join(docs, 'en'), { recursive: true, encoding: 'utf8' })
	.filter((f) => /\.mdx?$/.test(f))
	.sort();
let stale = 0;
for (const locale of localeIds.filter((l) => l !== 'en')) {
	const rows: string[] = [];
	for (const page of english) {
		const translation = join(docs, locale, page);
		if (!existsSync(translation)) {
			rows.push(`  missing   ${page}`);
			continue;
		}
		const date = reviewed(translation);
		if (!date) continue;
		const changed = lastChanged(join(docs, 'en', page));
		if (changed > date)
			rows.push(`  stale     ${page}: English changed ${changed}, translation reviewed ${date}`);
	}
	stale += rows.length;
	console.log(`${locale}: ${rows.length === 0 ? 'up to date' : `${rows.length} to review`}`);
	rows.forEach((r) => console.log(r));
}
console.log(
	stale === 0
		? '\nEvery translation is as new as its English source.'
		: `\n${stale} page(s) to translate or review.`
);
