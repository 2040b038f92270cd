import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
	charCount,
	fieldIds,
	fieldsOf,
	fillLetter,
	formatLetterDate,
	inputLimit,
	letterFields,
	letterFilename,
	letterPlaces,
	letterTypes,
	placeholders,
	templateFor,
	type FieldId,
} from '~/features/toolkit/letters/letters';
import { lettersSchema, type LettersContent } from '~/features/toolkit/letters/schema';
import { inLocaleOrder } from '~/features/place/places';
import { localeIds } from '~/site/locales';

const gaps = Object.fromEntries(fieldIds.map((id) => [id, `[${id}]`])) as Record<FieldId, string>;
const options = { date: '5 March 2026', gaps };

const read = (locale: string): unknown =>
	yaml.load(
		readFileSync(
			new URL(`../../../content/toolkit/letters/${locale}.yaml`, import.meta.url),
			'utf8'
		)
	);
const content = Object.fromEntries(
	localeIds.map((locale) => [locale, lettersSchema.parse(read(locale))])
) as Record<string, LettersContent>;

describe('fillLetter', () => {
	it('fills every placeholder with what was typed, and the date', () => {
		const { text, missing } = fillLetter(
			'{date}\nDear {lender},\nI owe {amount}.\n{name}',
			{ lender: 'QuickCash', amount: '¥9,000', name: 'Li Wei' },
			options
		);
		expect(text).toBe('5 March 2026\nDear QuickCash,\nI owe ¥9,000.\nLi Wei\n');
		expect(missing).toEqual([]);
	});

	it('shows an empty field as its labelled gap and lists it as missing, in form order', () => {
		const { text, missing } = fillLetter('{lender}\n{name} owes {amount}', { name: '  ' }, options);
		expect(text).toBe('[lender]\n[name] owes [amount]\n');
		expect(missing).toEqual(['name', 'lender', 'amount']);
	});

	it('drops a line whose optional field is empty, and keeps it when filled', () => {
		const body = 'To: {lender}\nAccount: {reference?}\n\nText {name}';
		expect(fillLetter(body, { lender: 'A', name: 'B' }, options).text).toBe('To: A\n\nText B\n');
		expect(fillLetter(body, { lender: 'A', name: 'B', reference: 'X-1' }, options).text).toBe(
			'To: A\nAccount: X-1\n\nText B\n'
		);
		expect(fillLetter(body, { lender: 'A', name: 'B' }, options).missing).toEqual([]);
	});

	it('leaves one blank line where a dropped line sat between paragraphs', () => {
		expect(fillLetter('{name}\n\n{reference?}\n\nEnd', { name: 'N' }, options).text).toBe(
			'N\n\nEnd\n'
		);
	});

	it('puts user text in verbatim: quotes, commas, line breaks, braces and markup', () => {
		const typed = {
			name: 'O\'Brien, "Jo"',
			facts:
				'Line one\r\nLine two, with {name} and {other}\n<script>alert(1)</script> & <b>bold</b>',
		};
		const { text } = fillLetter('{facts}\n— {name}', typed, options);
		expect(text).toBe(
			'Line one\nLine two, with {name} and {other}\n<script>alert(1)</script> & <b>bold</b>\n— O\'Brien, "Jo"\n'
		);
	});

	it('does not substitute inside the channel sentence twice, and fills the fields it brings', () => {
		const { text, missing } = fillLetter(
			'{channel}\n{name}',
			{ name: 'N', adviser: '{name} & Co' },
			{ ...options, channel: 'Only via {adviser}.' }
		);
		expect(text).toBe('Only via {name} & Co.\nN\n');
		expect(missing).toEqual([]);
		expect(
			fillLetter('{channel}\n{name}', { name: 'N' }, { ...options, channel: 'Via {adviser}.' })
				.missing
		).toEqual(['adviser']);
	});

	it('flags a field over its limit and uses only its first characters, counting Chinese and emoji as one each', () => {
		const max = letterFields.name.max;
		const long = '李'.repeat(max) + '👍🏽'.repeat(3);
		const { text, tooLong } = fillLetter('{name}', { name: long }, options);
		expect(tooLong).toEqual([{ field: 'name', max, count: max + 3 }]);
		expect(text).toBe('李'.repeat(max) + '\n');
		expect(fillLetter('{name}', { name: '李'.repeat(max) }, options).tooLong).toEqual([]);
	});

	it('lets a field take its limit in wide characters and go over it, but not without end', () => {
		for (const id of fieldIds) {
			const { max } = letterFields[id];
			// The longest emoji with a skin tone is 4 UTF-16 units: a full field of them still fits.
			expect(inputLimit(id), id).toBe(max * 4);
			expect('👍🏽'.repeat(max).length, id).toBeLessThanOrEqual(inputLimit(id));
			expect(inputLimit(id), id).toBeLessThanOrEqual(8000);
		}
	});
});

describe('helpers', () => {
	it('counts characters as people see them', () => {
		expect(charCount('你好')).toBe(2);
		expect(charCount('👍🏽')).toBe(1);
		expect(charCount('')).toBe(0);
	});
	it('formats the date for the page language, and refuses impossible days', () => {
		expect(formatLetterDate('2026-03-05', 'en')).toBe('March 5, 2026');
		expect(formatLetterDate('2026-03-05', 'zh-CN')).toBe('2026年3月5日');
		expect(formatLetterDate('2026-03-05', 'es')).toBe('5 de marzo de 2026');
		expect(formatLetterDate('2026-02-30', 'en')).toBeUndefined();
		expect(formatLetterDate('yesterday', 'en')).toBeUndefined();
	});
	it('names the download after the letter and its date', () => {
		expect(letterFilename('verify', 'us', '2026-03-05')).toBe('letter-verify-us-2026-03-05.txt');
		expect(letterFilename('complaint', 'cn', '')).toBe('letter-complaint-cn.txt');
	});
	it('lists a template’s fields in form order', () => {
		expect(fieldsOf('{amount} {name} {reference?} {date}')).toEqual([
			'name',
			'reference',
			'amount',
		]);
	});
});

describe('lettersSchema', () => {
	const base = content['en']!;
	const issues = (data: unknown) => {
		const result = lettersSchema.safeParse(data);
		expect(result.success).toBe(false);
		return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
	};

	it('refuses an unknown placeholder, naming the field', () => {
		const letters = base.letters.map((l, i) => (i === 0 ? { ...l, body: `${l.body}\n{nmae}` } : l));
		expect(issues({ ...base, letters }).join('\n')).toMatch(
			/letters\.0\.body: unknown placeholder `\{nmae\}`/
		);
	});

	it('refuses a brace that is not a placeholder', () => {
		const letters = base.letters.map((l, i) => (i === 0 ? { ...l, body: `${l.body}\n{Name}` } : l));
		expect(issues({ ...base, letters }).join('\n')).toMatch(
			/letters\.0\.body: `\{Name\}` is not a placeholder/
		);
	});

	it('refuses a missing letter type, naming the type and the place', () => {
		const letters = base.letters.filter((l) => !(l.type === 'hardship' && l.place === 'uk'));
		expect(issues({ ...base, letters }).join('\n')).toContain(
			'missing the template for letter type `hardship` in place `uk`'
		);
	});

	it('refuses a {channel} letter without its channel sentences, and a UI string without its slot', () => {
		const letters = base.letters.map((l) => ({ ...l, channels: undefined }));
		expect(issues({ ...base, letters }).join('\n')).toContain('the body uses {channel}');
		const tooLong = issues({ ...base, ui: { ...base.ui, tooLong: 'Too long.' } }).join('\n');
		expect(tooLong).toContain('ui.tooLong: must contain {{max}}');
		expect(tooLong).toContain('ui.tooLong: must contain {{count}}');
	});
});

describe('the letter templates', () => {
	it('has every locale’s file valid, with every letter type for every place', () => {
		for (const locale of localeIds) {
			for (const type of letterTypes)
				for (const place of letterPlaces)
					expect(
						templateFor(content[locale]!, type, place),
						`${locale} ${type}/${place}`
					).toBeDefined();
		}
	});

	it('asks for the same fields in every locale, so the form is the same in every language', () => {
		const shape = (c: LettersContent) =>
			c.letters
				.map(
					(l) =>
						`${l.type}/${l.place}: ${[...new Set([...placeholders(l.body), ...Object.values(l.channels ?? {}).flatMap(placeholders)])].sort().join(',')} rules=${l.rules.length} note=${Boolean(l.note)}`
				)
				.sort();
		const english = shape(content['en']!);
		for (const locale of localeIds) expect(shape(content[locale]!), locale).toEqual(english);
	});

	it('cites the rule each letter relies on inside the letter itself', () => {
		const cites: Record<string, RegExp> = {
			'verify/us': /§1692g/,
			'limit-contact/us': /§1692c/,
			'limit-contact/cn': /1032|一千零三十二/,
			'hardship/uk': /CONC (第)?7/,
			'complaint/uk': /CONC (第)?7/,
			'verify/cn': /670|六百七十/,
			'verify/tw': /205/,
			'limit-contact/tw': /14/,
			'hardship/tw': /151/,
			'complaint/tw': /13/,
			'verify/hk': /Cap\. 163|第163章/,
			'limit-contact/hk': /3\.4\.1/,
			'hardship/hk': /3\.4\.1/,
			'complaint/hk': /3\.4\.1/,
			'verify/mx': /CONDUSEF/,
			'limit-contact/mx': /284 Bis/,
			'hardship/mx': /CONDUSEF/,
			'complaint/mx': /REDECO/,
			'verify/es': /16\/2011/,
			'limit-contact/es': /172 ter/,
			'complaint/es': /Banco de España/,
		};
		for (const locale of localeIds)
			for (const [key, pattern] of Object.entries(cites)) {
				const [type, place] = key.split('/') as [
					(typeof letterTypes)[number],
					(typeof letterPlaces)[number],
				];
				expect(templateFor(content[locale]!, type, place)!.body, `${locale} ${key}`).toMatch(
					pattern
				);
			}
	});
});

describe('Taiwan and Hong Kong letters', () => {
	const fill = (locale: string, type: (typeof letterTypes)[number], place: 'tw' | 'hk') => {
		const letter = templateFor(content[locale]!, type, place)!;
		return fillLetter(
			letter.body,
			{
				name: '陳小明',
				contact: '台北市中正區重慶南路一段1號',
				lender: '某某銀行',
				amount: 'NT$90,000',
				adviser: '王律師 02-1234-5678',
				facts: '3月2日晚上11點打了6次電話。',
			},
			{ ...options, channel: letter.channels?.writing }
		);
	};

	it('builds a Taiwan letter in zh-tw that cites the outsourcing rules and the collection hours', () => {
		const { text, missing } = fill('zh-tw', 'limit-contact', 'tw');
		expect(missing).toEqual([]);
		expect(text).toContain('致：某某銀行');
		expect(text).toContain('金融機構作業委託他人處理內部作業制度及程序辦法第14條');
		expect(text).toContain('上午7時至晚上10時');
		expect(text).toContain('信用卡業務機構管理辦法第51條');
		// Taiwan usage: no mainland terms in the Taiwan letters.
		for (const type of letterTypes) {
			const letter = templateFor(content['zh-tw']!, type, 'tw')!;
			const all = [letter.body, letter.note ?? '', ...letter.rules.map((r) => r.title)].join('');
			expect(all, type).not.toMatch(/罰息|單位|12378|12363|¥|人民幣/);
		}
	});

	it('builds a Hong Kong letter that asks for the loan statement and the personal data within 40 days', () => {
		const { text } = fill('en', 'verify', 'hk');
		expect(text).toContain('section 19 of the Money Lenders Ordinance (Cap. 163)');
		expect(text).toContain('section 18 of the Personal Data (Privacy) Ordinance (Cap. 486)');
		expect(text).toContain('40 days');
		const zh = fill('zh-tw', 'verify', 'hk').text;
		expect(zh).toContain('《放債人條例》（第163章）第19條');
		expect(zh).toContain('《個人資料（私隱）條例》（第486章）第18條');
	});

	it('links every Taiwan rule to the national law database and every Hong Kong ordinance to eLegislation', () => {
		for (const locale of localeIds)
			for (const letter of content[locale]!.letters) {
				for (const rule of letter.rules) {
					if (!rule.url) continue;
					if (letter.place === 'tw')
						expect(rule.url, `${locale} ${letter.type}`).toMatch(
							/^https:\/\/law\.moj\.gov\.tw\/LawClass\/LawAll\.aspx\?pcode=[A-Z]\d{7}$/
						);
					if (letter.place === 'hk')
						expect(rule.url, `${locale} ${letter.type}`).toMatch(
							/^https:\/\/(www\.elegislation\.gov\.hk\/hk\/cap\d+|www\.hkma\.gov\.hk\/|bankcomplaint\.hkma\.gov\.hk)/
						);
				}
			}
	});

	it('lists every place once in every locale, and every place is in each locale’s order', () => {
		for (const locale of localeIds) {
			expect(content[locale]!.places.map((p) => p.id).sort(), locale).toEqual(
				[...letterPlaces].sort()
			);
			expect(inLocaleOrder(locale, letterPlaces), locale).toHaveLength(letterPlaces.length);
		}
		expect(inLocaleOrder('zh-tw', letterPlaces)).toEqual([
			'tw',
			'hk',
			'cn',
			'us',
			'uk',
			'mx',
			'es',
		]);
		expect(inLocaleOrder('en', letterPlaces)[0]).toBe('us');
		// A Spanish-language reader most likely lives in Mexico.
		expect(inLocaleOrder('es', letterPlaces)[0]).toBe('mx');
	});

	it('refuses a places list that leaves a place out', () => {
		const base = content['en']!;
		const result = lettersSchema.safeParse({
			...base,
			places: base.places.filter((p) => p.id !== 'hk'),
		});
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => i.message).join('\n')).toContain(
			'list cn, tw, hk, us, uk, mx, es once each'
		);
	});
});

describe('Mexico and Spain letters', () => {
	const fill = (locale: string, type: (typeof letterTypes)[number], place: 'mx' | 'es') => {
		const letter = templateFor(content[locale]!, type, place)!;
		const filled = fillLetter(
			letter.body,
			{
				name: 'Ana López',
				contact: 'Calle Mayor 1',
				lender: 'Crédito Rápido',
				amount: '$9,000',
				monthly: '$1,000',
				circumstances: 'Perdí mi trabajo.',
				adviser: 'Lic. Ruiz',
				facts: 'Llamaron a mi hermana el 2 de marzo.',
			},
			{ ...options, channel: letter.channels?.writing }
		);
		return { ...filled, note: letter.note ?? '', rules: letter.rules };
	};

	it('sends a Mexican complaint to the lender, then to CONDUSEF through REDECO, in every locale', () => {
		for (const locale of localeIds) {
			const { text, missing, note, rules } = fill(locale, 'complaint', 'mx');
			expect(missing, locale).toEqual([]);
			expect(text, locale).toContain('Crédito Rápido');
			expect(text, locale).toContain('Unidad Especializada de Atención a Usuarios');
			expect(text, locale).toContain('Código Penal Federal');
			expect(text, locale).toMatch(/284 Bis/);
			expect(note, locale).toMatch(/REDECO/);
			expect(note, locale).toMatch(/089/);
			expect(note, locale).toMatch(/911/);
			expect(rules.map((r) => r.url)).toContain(
				'https://eduweb.condusef.gob.mx/redeco/redeco.aspx'
			);
		}
	});

	it('sends a Spanish complaint to the customer service first, then to the Banco de España, in every locale', () => {
		for (const locale of localeIds) {
			const { text, note, rules } = fill(locale, 'complaint', 'es');
			expect(text, locale).toContain('Servicio de Atención al Cliente');
			expect(text, locale).toContain('Banco de España');
			expect(text, locale).toMatch(/172 ter/);
			expect(note, locale).toMatch(/Banco de España/);
			expect(note, locale).toMatch(/112/);
			expect(rules.map((r) => r.url)).toContain(
				'https://www.bde.es/wbe/es/para-ciudadano/gestiones/reclamaciones/'
			);
		}
	});

	it('states only the checked rules: no rule date for CONDUSEF, no call hours or free 091 for Spain', () => {
		for (const locale of localeIds)
			for (const type of letterTypes) {
				const mx = templateFor(content[locale]!, type, 'mx')!;
				const es = templateFor(content[locale]!, type, 'es')!;
				const text = (l: typeof mx) =>
					[
						l.body,
						l.note ?? '',
						...Object.values(l.channels ?? {}),
						...l.rules.map((r) => r.title),
					].join('\n');
				// The CONDUSEF rules are cited by name only: the 2014 date may no longer be the text in force.
				expect(text(mx), `${locale} ${type}`).not.toMatch(/2014|DOF/);
				// Only 911 and 089 as numbers for Mexico; Spain has no legal collection hours.
				expect(text(mx), `${locale} ${type}`).not.toMatch(/800|5340/);
				expect(text(es), `${locale} ${type}`).not.toMatch(/\d{1,2}:\d{2}|€1[.,]000|50 ?€|€ ?50\b/);
			}
	});

	it('links every Mexican rule to an official Mexican page and every Spanish rule to the BOE, the Banco de España or the AEPD', () => {
		for (const locale of localeIds)
			for (const letter of content[locale]!.letters) {
				for (const rule of letter.rules) {
					if (letter.place === 'mx')
						expect(rule.url, `${locale} ${letter.type}`).toMatch(
							/^https:\/\/(www\.condusef\.gob\.mx\/|eduweb\.condusef\.gob\.mx\/|revista\.condusef\.gob\.mx\/|www\.diputados\.gob\.mx\/LeyesBiblio\/)/
						);
					if (letter.place === 'es')
						expect(rule.url, `${locale} ${letter.type}`).toMatch(
							/^https:\/\/(www\.boe\.es\/buscar\/act\.php\?id=BOE-A-\d{4}-\d+$|www\.bde\.es\/|www\.aepd\.es)/
						);
				}
			}
	});
});
