import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { defaultPlace, type PlaceId } from '../../src/features/place/places';
import type { Question } from '../../src/features/quiz/schema';
import { locales, type Locale, type ModuleId } from '../../src/site/locales';
import { expect, strings, test } from './support/test';

interface LessonData {
	title: string;
	kind: string;
	order: number;
	minutes: number;
	objectives: string[];
	quiz: Question[];
}

interface LessonFile {
	slug: string;
	data: LessonData;
	/** The places the lesson has rules for (`<Place id>` in its body) and the one its own page shows. */
	places: PlaceId[];
	home: PlaceId | undefined;
}

/** A module's lessons as their files say, in order: the data every educator page is built from. */
function lessons(locale: Locale, module: ModuleId): LessonFile[] {
	const dir = new URL(`../../content/docs/${locale}/${module}/`, import.meta.url);
	return readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => {
			const [, front, ...body] = readFileSync(new URL(f, dir), 'utf8').split(/^---$/m);
			const places = [
				...new Set([...body.join('---').matchAll(/<Place\s+id="([a-z]+)"/g)].map((m) => m[1])),
			] as PlaceId[];
			return {
				slug: f.replace(/\.mdx$/, ''),
				data: yaml.load(front!) as LessonData,
				places,
				home: defaultPlace(locale, places),
			};
		})
		.filter((l) => l.data.kind === 'lesson')
		.sort((a, b) => a.data.order - b.data.order);
}

/** The questions a reader shown `place`'s rules is asked (the place-neutral ones and that place's). */
const askedIn = (quiz: Question[], place: PlaceId | undefined) =>
	quiz.filter((q) => !q.place || q.place === place);

const fill = (template: string | undefined, place: string) =>
	(template ?? '').replace('{{place}}', place);

/** The right answers of a question as an answer key prints them. */
function rightAnswers(q: Question, t: Record<string, string>): string[] {
	if (q.type === 'true-false') return [t[q.answer ? 'quiz.true' : 'quiz.false']!];
	if (q.type === 'ordering') return q.steps.map((s) => s.text);
	if (q.type === 'numeric') return [];
	return q.options.filter((o) => o.correct).map((o) => o.text);
}

// GIFT-escaped HTML text, written out here again so the test does not trust src/features/educators/gift.ts.
const gift = (text: string) =>
	text
		.replace(/\\/g, '\\\\')
		.replace(/[~=#{}:]/g, (c) => `\\${c}`)
		.replace(/\n/g, '\\n');
const html = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('the GIFT export of a module has every question of its lessons, with the right answers marked', async ({
	request,
}) => {
	const response = await request.get('en/educators/export/borrowing.gift.txt');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/plain');
	const file = await response.text();
	expect(file).toContain('$CATEGORY: Borrow Wisely/borrowing');
	const blocks = file.split(/\n\s*\n/).filter((b) => b.includes('::'));
	// The default file asks what each lesson's own page asks: no question about another place's law.
	const all = lessons('en', 'borrowing').flatMap((l) =>
		askedIn(l.data.quiz, l.home).map((q) => ({ slug: l.slug, q }))
	);
	expect(all.length).toBeGreaterThan(15);
	expect(blocks).toHaveLength(all.length);
	for (const { slug, q } of all) {
		const block = blocks.find((b) => b.includes(`::${slug}/${q.id}::`));
		expect(block, `${slug}/${q.id}`).toBeDefined();
		const enc = (text: string) => gift(html(text));
		switch (q.type) {
			case 'single':
			case 'scenario':
				for (const o of q.options)
					expect(block).toContain(`\t${o.correct ? '=' : '~'}${enc(o.text)}#${enc(o.feedback)}\n`);
				expect(block!.match(/\n\t=/g)).toHaveLength(1);
				break;
			case 'multiple':
				for (const o of q.options)
					expect(block).toMatch(
						new RegExp(`\\t~%${o.correct ? '[0-9.]+' : '-100'}%${escapeRegExp(enc(o.text))}#`)
					);
				expect(block).not.toMatch(/\n\t=/);
				break;
			case 'true-false':
				expect(block).toContain(
					`{${q.answer ? 'TRUE' : 'FALSE'}#${enc(q.feedback.wrong)}#${enc(q.feedback.right)}`
				);
				break;
			case 'numeric':
				expect(block).toContain(`=%100%${q.answer}:${q.tolerance}#${enc(q.feedback.right)}`);
				break;
			case 'ordering':
				q.steps.forEach((s, i) => expect(block).toContain(`\t=${enc(s.text)} -> ${i + 1}\n`));
				break;
		}
		expect(block).toContain(`####${enc(q.explanation)}`);
	}
});

function escapeRegExp(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The answer key of a locale's likely place on its own page, and of another place on its version.
for (const [locale, other] of [
	['en', 'mx'],
	['zh-cn', 'tw'],
] as const) {
	test(`the ${locale} answer key lists the questions of each place's learners with their right answers`, async ({
		page,
	}) => {
		const t = strings(locale);
		for (const path of [
			`${locale}/educators/rights-answers/`,
			`${locale}/place/${other}/educators/rights-answers/`,
		]) {
			await page.goto(path);
			const place = path.includes('/place/') ? other : lessons(locale, 'rights')[0]!.home;
			await expect(page.locator('.answer-key')).toHaveAttribute('data-place', place!);
			const all = lessons(locale, 'rights').flatMap((l) =>
				askedIn(l.data.quiz, place).map((q) => ({ slug: l.slug, home: l.home, q }))
			);
			expect(all.filter(({ q }) => q.place).length).toBeGreaterThan(3);
			const items = page.locator('.key-question');
			await expect(items).toHaveCount(all.length);
			for (const [index, { slug, home, q }] of all.entries()) {
				const item = items.nth(index);
				await expect(item).toHaveAttribute('data-question-id', q.id);
				await expect(item.locator('.key-prompt')).toHaveText(q.prompt);
				// A question about one place's law names the place and opens in the lesson's version for it.
				if (q.place)
					await expect(item.locator('.key-place')).toHaveText(
						fill(t['educators.key.place'], t[`jurisdiction.${q.place}`]!)
					);
				else await expect(item.locator('.key-place')).toHaveCount(0);
				const lessonPath =
					q.place && q.place !== home ? `place/${q.place}/rights/${slug}` : `rights/${slug}`;
				await expect(
					item.getByRole('link', { name: t['educators.key.openInLesson']! })
				).toHaveAttribute('href', `/${locale}/${lessonPath}/#q-${q.id}`);
				if (q.type === 'numeric')
					await expect(item.locator('[data-answer]')).toContainText(
						new Intl.NumberFormat(locales[locale].lang).format(q.answer)
					);
				else await expect(item.locator('[data-answer]')).toHaveText(rightAnswers(q, t));
				await expect(item.locator('.key-explanation')).toContainText(q.explanation);
			}
			// Every other place's key is one link away.
			await expect(page.locator('.answer-key .place-picker a[data-place]')).toHaveCount(7);
		}
		// The deep link leads to the live question.
		const first = lessons(locale, 'rights')[0]!;
		const q = askedIn(first.data.quiz, first.home)[0]!;
		await page.goto(`${locale}/rights/${first.slug}/#q-${q.id}`);
		await expect(page.locator(`#q-${q.id}`)).toHaveCount(1);
	});
}

test('a handout prints without the site around it, with its place’s rules and the quiz as questions', async ({
	page,
}) => {
	const lesson = lessons('en', 'borrowing').find((l) => l.slug === 'true-cost-of-a-loan')!;
	await page.goto('en/educators/handouts/borrowing/true-cost-of-a-loan/');
	await expect(
		page.getByRole('button', { name: strings('en')['educators.handout.print']! })
	).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('nav.sidebar')).toBeHidden();
	await expect(page.locator('.page > header')).toBeHidden();
	await expect(page.locator('.handout-controls')).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(lesson.data.title);
	// The rules by place print under the name of the place they are for; the menu of others does not.
	await expect(page.locator('.handout .place-rules').first()).toBeVisible();
	await expect(page.locator('.handout .place-picker summary').first()).toContainText(
		strings('en')['jurisdiction.us']!
	);
	await expect(page.locator('.handout .place-picker li').first()).toBeHidden();
	// The calculator gives way to the address of its page.
	await expect(page.locator('.handout bw-loan-cost')).toBeHidden();
	await expect(page.locator('.handout-tool a')).toHaveText(
		/^http:\/\/127\.0\.0\.1:\d+\/en\/tools\/loan-cost\/$/
	);
	// The quiz, numbered, with every option and an empty box, and no answers.
	const questions = page.locator('.handout-question');
	await expect(questions).toHaveCount(lesson.data.quiz.length);
	for (const [i, q] of lesson.data.quiz.entries()) {
		await expect(questions.nth(i)).toBeVisible();
		await expect(questions.nth(i).locator('.handout-prompt')).toHaveText(q.prompt);
		if ('options' in q) await expect(questions.nth(i).locator('li')).toHaveCount(q.options.length);
	}
	await expect(page.locator('.handout-key')).toBeHidden();
	// Links print their full address after the text.
	const glossary = page.locator('.handout a[href*="/glossary/"]').first();
	expect(await glossary.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(
		'http://127.0.0.1'
	);
});

test('the answer-key box shows and hides the key on a handout, on screen and in print', async ({
	page,
}) => {
	await page.goto('en/educators/handouts/overdue/first-days-overdue/');
	const key = page.locator('.handout-key');
	const box = page.getByRole('checkbox', { name: strings('en')['educators.handout.includeKey']! });
	await expect(box).not.toBeChecked();
	await expect(key).toBeHidden();
	await box.check();
	await expect(key).toBeVisible();
	const lesson = lessons('en', 'overdue').find((l) => l.slug === 'first-days-overdue')!;
	await expect(key.locator('li[data-question-id]')).toHaveCount(
		askedIn(lesson.data.quiz, lesson.home).length
	);
	await page.emulateMedia({ media: 'print' });
	await expect(key).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	await box.uncheck();
	await expect(key).toBeHidden();
});

for (const locale of ['en', 'zh-cn'] as const) {
	test(`the ${locale} lesson plan shows each lesson's objectives, the timing and working links to its materials`, async ({
		page,
		request,
	}) => {
		const t = strings(locale);
		const module = 'budgeting';
		const data = lessons(locale, module);
		await page.goto(`${locale}/educators/${module}/`);
		await expect(page.locator('nav.sidebar')).toContainText(t['educators.group']!);
		const objectives = page.locator('.plan-objectives > li');
		await expect(objectives).toHaveCount(data.length);
		for (const [i, lesson] of data.entries()) {
			await expect(objectives.nth(i).getByRole('link')).toHaveText(lesson.data.title);
			await expect(objectives.nth(i).locator('li')).toHaveText(lesson.data.objectives);
		}
		const before = data.reduce((n, l) => n + l.data.minutes, 0);
		await expect(page.locator('[data-total="before"]')).toHaveText(String(before));
		const during = Number(await page.locator('[data-total="during"]').textContent());
		expect(during).toBeGreaterThanOrEqual(45);
		expect(during).toBeLessThanOrEqual(60);
		// A GIFT file per place the module's lessons have rules for, the default place's first.
		const places = [...new Set(data.flatMap((l) => l.places))];
		expect(places.length).toBeGreaterThan(1);
		const gifts = page.locator('.plan-materials a[href$=".gift.txt"]');
		await expect(gifts).toHaveCount(places.length);
		await expect(gifts.first()).toContainText(t[`jurisdiction.${defaultPlace(locale, places)}`]!);
		const links = page.locator('.plan-materials a');
		await expect(links).toHaveCount(data.length + 2 + places.length);
		for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
			expect((await request.get(href.slice(1))).status(), href).toBe(200);
		}
		await expect(page.locator('.plan-materials a[data-gift]')).toHaveAttribute(
			'href',
			`/${locale}/educators/export/${module}.gift.txt`
		);
		for (const place of places.filter((p) => p !== defaultPlace(locale, places)))
			await expect(page.locator(`.plan-materials a[data-gift-place="${place}"]`)).toHaveAttribute(
				'href',
				`/${locale}/educators/export/${module}.${place}.gift.txt`
			);
	});
}

test('a handout for another place prints that place, its rules and its questions, and links to the others', async ({
	page,
}) => {
	const t = strings('zh-tw');
	const lesson = lessons('zh-tw', 'rights').find((l) => l.slug === 'home-visits')!;
	expect(lesson.home).toBe('tw');
	expect(lesson.places).toContain('hk');
	await page.goto('zh-tw/educators/handouts/rights/home-visits/hk/');
	await expect(page.locator('.handout-place')).toHaveText(
		fill(t['educators.handout.place'], t['jurisdiction.hk']!)
	);
	// Hong Kong's rules, and no other place's.
	const rules = page.locator('.handout .place-rules');
	await expect(rules.first()).toBeVisible();
	const shown = await rules.evaluateAll((els) => els.map((e) => e.getAttribute('data-place')));
	expect(new Set(shown)).toEqual(new Set(['hk']));
	// Its quiz asks Hong Kong's questions and the place-neutral ones; no other place's law.
	const asked = askedIn(lesson.data.quiz, 'hk');
	expect(asked.some((q) => q.place === 'hk')).toBe(true);
	expect(lesson.data.quiz.some((q) => q.place && q.place !== 'hk')).toBe(true);
	await expect(page.locator('.handout-question')).toHaveCount(asked.length);
	await expect(page.locator('.handout-key li[data-question-id]')).toHaveCount(asked.length);
	for (const [i, q] of asked.entries())
		await expect(page.locator('.handout-question').nth(i)).toHaveAttribute(
			'data-question-id',
			q.id
		);
	// The online lesson is the Hong Kong version, and the place is printed.
	await expect(page.locator('.handout-online a')).toHaveAttribute(
		'href',
		'/zh-tw/place/hk/rights/home-visits/'
	);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.handout-place')).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	// The picker leads to the handout for another place, not to the lesson: the default's own address.
	const picker = page.locator('#place-picker');
	await picker.locator('summary').click();
	await picker.getByRole('link', { name: t['jurisdiction.tw']! }).click();
	await expect(page).toHaveURL(/\/zh-tw\/educators\/handouts\/rights\/home-visits\/$/);
	await expect(page.locator('.handout-place')).toHaveText(
		fill(t['educators.handout.place'], t['jurisdiction.tw']!)
	);
	await expect(page.locator('.handout-question')).toHaveCount(
		askedIn(lesson.data.quiz, 'tw').length
	);
	await expect(page.locator('#place-picker a[data-place="hk"]')).toHaveAttribute(
		'href',
		'/zh-tw/educators/handouts/rights/home-visits/hk/'
	);
});

test('each place’s GIFT file asks its place’s questions, and no other place’s', async ({
	request,
}) => {
	const module = 'overdue';
	const data = lessons('en', module);
	const places = [...new Set(data.flatMap((l) => l.places))];
	const home = defaultPlace('en', places)!;
	const files = new Map<PlaceId, string>();
	for (const place of places) {
		const name = place === home ? `${module}.gift.txt` : `${module}.${place}.gift.txt`;
		const response = await request.get(`en/educators/export/${name}`);
		expect(response.status(), name).toBe(200);
		files.set(place, await response.text());
	}
	expect(files.get('tw')).toContain(`, ${strings('en')['jurisdiction.tw']} (en)`);
	let tagged = 0;
	for (const lesson of data)
		for (const q of lesson.data.quiz) {
			const title = `::${lesson.slug}/${q.id}::`;
			for (const [place, file] of files) {
				// A lesson without the place's rules shows a reader of it its default's (and asks those).
				const shown = lesson.places.includes(place) ? place : lesson.home;
				expect(file.includes(title), `${title} in ${place}`).toBe(!q.place || q.place === shown);
			}
			if (q.place) tagged++;
		}
	expect(tagged).toBeGreaterThan(5);
});
