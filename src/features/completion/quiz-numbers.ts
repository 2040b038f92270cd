/**
 * The number each lesson and module check has inside a completion code (code.ts): its place in this list,
 * counting from 1. Codes already handed to teachers must keep their meaning, so this list only grows:
 * a new lesson is added at the end, a removed one stays (its code still reads), and nothing is reordered.
 * `tests/unit/completion/code.test.ts` fails on a course quiz missing here or on a changed number.
 */
export const quizNumbers: readonly string[] = [
	'borrowing/how-online-lending-works',
	'borrowing/true-cost-of-a-loan',
	'borrowing/reading-a-loan-contract',
	'borrowing/before-you-borrow',
	'borrowing/check',
	'overdue/first-days-overdue',
	'overdue/credit-record',
	'overdue/collection-and-court',
	'overdue/debt-relief-scams',
	'overdue/check',
	'rights/what-collectors-may-not-do',
	'rights/home-visits',
	'rights/contacts-and-privacy',
	'rights/record-and-complain',
	'rights/check',
	'budgeting/build-a-budget',
	'budgeting/prioritise-debts',
	'budgeting/negotiate-a-plan',
	'budgeting/avoid-the-debt-trap',
	'budgeting/check',
];

/** The highest number a code can hold (7 bits; the eighth marks a pass). */
export const MAX_QUIZ_NUMBER = 127;
