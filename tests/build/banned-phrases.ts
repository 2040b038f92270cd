/**
 * Phrases that must never appear on a built page, in any locale, with the reason for each.
 * Most are corrections from the accuracy and language reviews (December 2026): a wrong rule, an
 * outdated law or service, a hedge, or a calque. Matching ignores case and collapses whitespace.
 */
export interface BannedPhrase {
	phrase: string;
	why: string;
}

export const bannedPhrases: readonly BannedPhrase[] = [
	// Enforcement does not need a judgment: an arbitral award, a payment order (支付令) not objected
	// to in 15 days, a notarised contract with enforcement effect or a court-confirmed settlement
	// are enforceable too, and a court may freeze assets before any judgment.
	{ phrase: 'only after a judgment', why: 'enforcement can rest on titles other than a judgment' },
	{ phrase: 'only follow a judgment', why: 'enforcement can rest on titles other than a judgment' },
	{ phrase: 'solo después de una sentencia', why: 'es: enforcement without a judgment exists' },
	{ phrase: '强制执行只能在判决之后', why: 'zh-cn: enforcement without a judgment exists' },
	{ phrase: '強制執行只能在判決之後', why: 'zh-tw: enforcement without a judgment exists' },
	{ phrase: '只能在你沒有履行判決之後', why: 'zh-tw: enforcement without a judgment exists' },
	{ phrase: '只有判决生效后你不履行', why: 'zh-cn: enforcement without a judgment exists' },
	{
		phrase: 'La ejecución solo ocurre si no pagas',
		why: 'es: enforcement without a judgment exists',
	},
	// Superseded by GB/T 45251—2025 (in force 2025-02-28).
	{ phrase: 'NIFA (2024)', why: 'superseded by GB/T 45251—2025' },
	// The Public Security Administration Punishments Law was revised (in force 2026-01-01).
	{ phrase: '2012 text', why: 'cite the revised PSAPL (2025), Art. 50' },
	{ phrase: '2012年修正文本', why: 'cite the revised PSAPL (2025), Art. 50' },
	{ phrase: 'texto de 2012', why: 'cite the revised PSAPL (2025), Art. 50' },
	// Examples are invented: never call them real.
	{ phrase: 'A real-life example', why: 'the examples are invented' },
	{ phrase: 'A real example', why: 'the examples are invented' },
	{ phrase: '一个真实的例子', why: 'the examples are invented' },
	{ phrase: '一個真實的例子', why: 'the examples are invented' },
	{ phrase: 'Un ejemplo de la vida real', why: 'the examples are invented' },
	// Outdated services and addresses.
	// Report Fraud replaced Action Fraud on 2025-12-04; pages may say "formerly Action Fraud", not list it as current.
	{ phrase: 'Action Fraud (England', why: 'renamed Report Fraud on 2025-12-04' },
	{ phrase: 'Action Fraud（英格兰', why: 'renamed Report Fraud on 2025-12-04' },
	{ phrase: 'Action Fraud（英格蘭', why: 'renamed Report Fraud on 2025-12-04' },
	{ phrase: 'Action Fraud (Inglaterra', why: 'renamed Report Fraud on 2025-12-04' },
	{
		phrase: 'actionfraud.police.uk',
		why: 'renamed Report Fraud on 2025-12-04; reportfraud.police.uk',
	},
	{ phrase: 'the-fca.org.uk', why: 'legacy FCA domain; use www.fca.org.uk' },
	// Hedges: state a checked rule plainly, or leave it out.
	{ phrase: 'reportedly', why: 'hedge' },
	{ phrase: 'widely reported', why: 'hedge' },
	{ phrase: 'As we understand it', why: 'hedge' },
	{ phrase: '據我們了解', why: 'hedge' },
	{ phrase: 'secondary sources', why: 'hedge' },
	{ phrase: '据报道', why: 'hedge' },
	{ phrase: '據報導', why: 'hedge' },
	{ phrase: '二手资料', why: 'hedge' },
	{ phrase: '二手資料', why: 'hedge' },
	{ phrase: 'según se informa', why: 'hedge' },
	{ phrase: 'fuentes secundarias', why: 'hedge' },
	// zh-cn calques of English idioms.
	{ phrase: '诚实数字', why: 'calque of "honest figure"' },
	{ phrase: '说真话的数字', why: 'calque of "the number that tells the truth"' },
	{ phrase: '取暖', why: 'UK calque ("home or heating")' },
	{ phrase: '强力执行', why: 'calque of "strong enforcement powers"' },
	{ phrase: '年化利率（APR）', why: 'mainland readers do not know "APR"' },
	{ phrase: '这是我们的分析', why: 'hedge' },
	// Translation artefacts: the reader is already reading Chinese.
	{ phrase: '中文叫', why: 'translation artefact' },
	{ phrase: '中文常叫', why: 'translation artefact' },
	{ phrase: 'pago no hecho', why: 'es calque; "pago atrasado"' },
];

export interface Page {
	/** Where the page is, as the report should name it (e.g. `en/rights/index.html`). */
	file: string;
	html: string;
}

export interface Hit {
	file: string;
	phrase: string;
}

const entities: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
};

/** The page's text as a reader meets it: tags dropped, entities decoded, whitespace collapsed. */
export function pageText(html: string): string {
	return html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] === '#') {
				const code =
					name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
				return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
			}
			return entities[name.toLowerCase()] ?? whole;
		})
		.replace(/\s+/g, ' ');
}

/**
 * Every banned phrase on every page, once per page. A phrase counts if it is in the page's text
 * (so markup inside it does not hide it) or anywhere in its HTML (an address in a link, a title).
 */
export function findBannedPhrases(
	pages: readonly Page[],
	phrases: readonly BannedPhrase[] = bannedPhrases
): Hit[] {
	const hits: Hit[] = [];
	for (const page of pages) {
		const text = pageText(page.html).toLowerCase();
		const html = page.html.replace(/\s+/g, ' ').toLowerCase();
		for (const { phrase } of phrases) {
			const needle = phrase.replace(/\s+/g, ' ').toLowerCase();
			if (text.includes(needle) || html.includes(needle)) hits.push({ file: page.file, phrase });
		}
	}
	return hits;
}
