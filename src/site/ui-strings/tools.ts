import { z } from 'astro/zod';

// The money tools.
// Build only (Zod); one group of the keys ui-strings-schema.ts merges into `uiStrings`.
export const toolsStrings = {
	// Money tools, shared: sidebar group, form chrome, number errors (tools.error.<reason> per parse-number reason), table columns.
	'tools.group': z.string(),
	'tools.currency': z.string(),
	'tools.calculate': z.string(),
	'tools.results': z.string(),
	'tools.print': z.string(),
	// Loan and overdue cost tool pages: the opt-in link to the typed terms (in the fragment).
	'tools.share.copy': z.string(),
	'tools.share.copied': z.string(),
	'tools.share.fallback': z.string(),
	'tools.share.link': z.string(),
	'tools.per': z.string(),
	'tools.per.day': z.string(),
	'tools.per.month': z.string(),
	'tools.per.year': z.string(),
	'tools.fixForm': z.string(),
	'tools.optional': z.string(),
	'tools.error.empty': z.string(),
	'tools.error.notNumber': z.string(),
	'tools.error.negative': z.string(),
	'tools.error.zero': z.string(),
	'tools.error.tooLarge': z.string().includes('{{max}}'),
	'tools.error.notWhole': z.string(),
	'tools.error.ambiguous': z.string(),
	'tools.col.month': z.string(),
	'tools.col.day': z.string(),
	'tools.col.total': z.string(),
	'tools.col.principal': z.string(),
	'tools.col.interest': z.string(),
	'tools.col.fees': z.string(),
	'tools.col.payment': z.string(),
	'tools.col.balance': z.string(),
	'tools.col.penalty': z.string(),
	'tools.col.owed': z.string(),

	// Money tools: reference points shown beside a rate (never a verdict on legality).
	'tools.ref.heading': z.string(),
	'tools.ref.intro': z.string(),
	'tools.ref.cn': z.string(),
	'tools.ref.cnCaveat': z.string(),
	'tools.ref.cnSource': z.string(),
	'tools.ref.cnAbove': z.string().includes('{{rate}}'),
	'tools.ref.cnBelow': z.string().includes('{{rate}}'),
	'tools.ref.uk': z.string(),
	'tools.ref.ukCaveat': z.string(),
	'tools.ref.ukSource': z.string(),
	'tools.ref.ukHere': z.string().includes('{{daily}}').includes('{{share}}'),
	'tools.ref.tw': z.string(),
	'tools.ref.twCaveat': z.string(),
	'tools.ref.twSource': z.string(),
	'tools.ref.twAbove': z.string().includes('{{rate}}'),
	'tools.ref.twBelow': z.string().includes('{{rate}}'),
	'tools.ref.hk': z.string(),
	'tools.ref.hkCaveat': z.string(),
	'tools.ref.hkSource': z.string(),
	'tools.ref.hkAbove48': z.string().includes('{{rate}}'),
	'tools.ref.hkAbove36': z.string().includes('{{rate}}'),
	'tools.ref.hkBelow': z.string().includes('{{rate}}'),
	// Mexico and Spain: no cap; the point is the all-in yearly rate contracts must show (CAT, TAE).
	'tools.ref.mx': z.string(),
	'tools.ref.mxCaveat': z.string(),
	'tools.ref.mxSource': z.string(),
	'tools.ref.mxHere': z.string().includes('{{rate}}'),
	'tools.ref.es': z.string(),
	'tools.ref.esCaveat': z.string(),
	'tools.ref.esSource': z.string(),
	'tools.ref.esHere': z.string().includes('{{rate}}'),
	/** Shown when the reader's place has a reference point: the others are behind this. */
	'tools.ref.others': z.string(),

	// Loan cost tool (LoanCost.astro).
	'tools.loan.legend': z.string(),
	'tools.loan.amount': z.string(),
	'tools.loan.amountHint': z.string(),
	'tools.loan.months': z.string(),
	'tools.loan.method': z.string(),
	'tools.loan.method.equal': z.string(),
	'tools.loan.method.flat': z.string(),
	'tools.loan.method.bullet': z.string(),
	'tools.loan.rate': z.string(),
	'tools.loan.upfront': z.string(),
	'tools.loan.upfrontHint': z.string(),
	'tools.loan.upfrontTooBig': z.string(),
	'tools.loan.monthlyFee': z.string(),
	'tools.loan.received': z.string(),
	'tools.loan.payment': z.string(),
	'tools.loan.totalCost': z.string(),
	'tools.loan.apr': z.string(),
	'tools.loan.ear': z.string(),
	/** The effective annual rate's name where the reader's place has one. */
	'tools.loan.ear.mx': z.string(),
	'tools.loan.ear.es': z.string(),
	'tools.loan.sentence': z.string().includes('{{apr}}').includes('{{stated}}'),
	'tools.loan.sentenceSame': z.string().includes('{{apr}}'),
	'tools.loan.schedule': z.string(),

	// Overdue cost tool (OverdueCost.astro).
	'tools.overdue.legend': z.string(),
	'tools.overdue.amount': z.string(),
	'tools.overdue.penalty': z.string(),
	'tools.overdue.lateFee': z.string(),
	'tools.overdue.days': z.string(),
	'tools.overdue.total': z.string(),
	'tools.overdue.charges': z.string(),
	'tools.overdue.sentence': z
		.string()
		.includes('{{days}}')
		.includes('{{total}}')
		.includes('{{charges}}'),
	'tools.overdue.chart': z.string(),
	'tools.overdue.chartDesc': z
		.string()
		.includes('{{amount}}')
		.includes('{{total}}')
		.includes('{{days}}'),
	'tools.overdue.due': z.string(),

	// Budget planner (BudgetPlanner.astro); row.* are the example rows a new budget starts with.
	'tools.budget.intro': z.string(),
	'tools.budget.income': z.string(),
	'tools.budget.essentials': z.string(),
	'tools.budget.essentialsHint': z.string(),
	'tools.budget.priority': z.string(),
	'tools.budget.priorityHint': z.string(),
	'tools.budget.other': z.string(),
	'tools.budget.otherHint': z.string(),
	'tools.budget.flexible': z.string(),
	'tools.budget.flexibleHint': z.string(),
	'tools.budget.item': z.string(),
	'tools.budget.amount': z.string(),
	'tools.budget.add': z.string(),
	'tools.budget.remove': z.string(),
	'tools.budget.moneyIn': z.string(),
	'tools.budget.moneyOut': z.string(),
	'tools.budget.surplus': z.string(),
	'tools.budget.forDebts': z.string(),
	'tools.budget.sentenceSurplus': z.string().includes('{{amount}}'),
	'tools.budget.sentenceShortfall': z.string().includes('{{amount}}'),
	'tools.budget.sentenceDebts': z.string().includes('{{amount}}'),
	'tools.budget.priorityShort': z.string(),
	'tools.budget.otherShort': z.string().includes('{{amount}}').includes('{{other}}'),
	'tools.budget.summary': z.string(),
	'tools.budget.erase': z.string(),
	'tools.budget.erased': z.string(),
	'tools.budget.stored': z.string(),
	// After "erase" (undo), and when the budget cannot be saved or the stored one cannot be changed.
	'tools.budget.undo': z.string(),
	'tools.budget.restored': z.string(),
	'tools.budget.full': z.string(),
	'tools.budget.blocked': z.string(),
	'tools.budget.newer': z.string(),
	'tools.budget.damaged': z.string(),
	'tools.budget.row.wages': z.string(),
	'tools.budget.row.rent': z.string(),
	'tools.budget.row.food': z.string(),
	'tools.budget.row.utilities': z.string(),
	'tools.budget.row.transport': z.string(),
	'tools.budget.row.arrears': z.string(),
	'tools.budget.row.loan': z.string(),
	'tools.budget.row.card': z.string(),
	'tools.budget.row.phone': z.string(),

	// Repayment planner (RepaymentPlan.astro).
	'tools.repay.debts': z.string(),
	'tools.repay.debt': z.string().includes('{{n}}'),
	'tools.repay.name': z.string(),
	'tools.repay.balance': z.string(),
	'tools.repay.rate': z.string(),
	'tools.repay.minimum': z.string(),
	'tools.repay.add': z.string(),
	'tools.repay.remove': z.string(),
	'tools.repay.amount': z.string(),
	'tools.repay.avalanche': z.string(),
	'tools.repay.snowball': z.string(),
	'tools.repay.compare': z.string(),
	'tools.repay.months': z.string(),
	'tools.repay.interest': z.string(),
	'tools.repay.totalPaid': z.string(),
	'tools.repay.payoff': z.string().includes('{{name}}'),
	'tools.repay.sentence': z
		.string()
		.includes('{{am}}')
		.includes('{{ai}}')
		.includes('{{sm}}')
		.includes('{{si}}'),
	'tools.repay.belowMinimums': z
		.string()
		.includes('{{amount}}')
		.includes('{{minimums}}')
		.includes('{{short}}'),
	'tools.repay.neverPaysOff': z
		.string()
		.includes('{{amount}}')
		.includes('{{interest}}')
		.includes('{{needed}}'),
	'tools.repay.copy': z.string(),
	'tools.repay.copied': z.string(),
	'tools.repay.copyFallback': z.string(),
	'tools.repay.link': z.string(),
	'tools.repay.shareNote': z.string(),
	'tools.repay.chart': z.string(),
	'tools.repay.chartDesc': z.string().includes('{{am}}').includes('{{sm}}'),
	'tools.repay.table': z.string().includes('{{strategy}}'),
};
