import { z } from 'astro/zod';

// The completion code (src/features/completion/) and the class report (src/features/class-report/).
// Build only (Zod); one group of the keys ui-strings-schema.ts merges into `uiStrings`.
const text = z.string();
export const classStrings = {
	// Completion code: on the completion summary (all finished lessons) and the assignment page (its lessons).
	'completion.heading': text,
	'completion.intro': text,
	'completion.introAssignment': text,
	'completion.noScript': text,
	// The button that makes the code (its code loads only then).
	'completion.make': text,
	'completion.name': text,
	'completion.withName': text,
	'completion.none': text,
	'completion.copy': text,
	'completion.copied': text,
	'completion.copyFallback': text,
	'completion.qrShow': text,
	'completion.qrHide': text,
	'completion.qrLabel': text,
	'completion.selfReported': text,

	// Class report (/<locale>/educators/class-report/): the form.
	'classreport.noScript': text,
	'classreport.codes': text,
	'classreport.codesHint': text,
	'classreport.files': text,
	'classreport.filesHint': text,
	'classreport.assignment': text,
	'classreport.assignmentHint': text,
	'classreport.keep': text,
	'classreport.keepHint': text,
	'classreport.show': text,
	'classreport.erase': text,
	'classreport.erased': text,
	// What was read, and each line or file skipped, with why.
	'classreport.read': text.includes('{{count}}'),
	'classreport.problems': text,
	'classreport.line': text.includes('{{line}}').includes('{{message}}'),
	'classreport.file': text.includes('{{file}}').includes('{{message}}'),
	'classreport.problem.notCode': text,
	'classreport.problem.newer': text,
	'classreport.problem.checksum': text,
	'classreport.problem.damaged': text,
	'classreport.problem.unknownLessons': text.includes('{{count}}'),
	'classreport.problem.tooMany': text.includes('{{max}}'),
	'classreport.problem.tooLarge': text,
	'classreport.problem.notJson': text,
	'classreport.problem.notOurs': text,
	'classreport.problem.empty': text,
	'classreport.badAssignment': text,
	'classreport.unnamed': text.includes('{{line}}'),
	// The report.
	'classreport.heading': text,
	'classreport.selfReported': text,
	'classreport.caption': text,
	'classreport.learner': text,
	'classreport.passedCell': text.includes('{{score}}').includes('{{date}}'),
	'classreport.notPassedCell': text.includes('{{score}}').includes('{{date}}'),
	'classreport.noDate': text,
	'classreport.ofTotal': text.includes('{{passed}}').includes('{{total}}'),
	'classreport.passedBy': text,
	'classreport.notFinished': text,
	'classreport.notFinishedItem': text
		.includes('{{name}}')
		.includes('{{passed}}')
		.includes('{{total}}'),
	'classreport.allFinished': text,
	'classreport.noAssignment': text,
	'classreport.fromCodes': text,
	'classreport.csv': text,
	'classreport.print': text,
	// CSV columns not already named by the progress pages (learner, module, lesson, date are).
	'classreport.csvFrom': text,
	'classreport.csvId': text,
	'classreport.csvPassed': text,
	'classreport.csvCorrect': text,
	'classreport.csvTotal': text,
	'classreport.yes': text,
	'classreport.no': text,
	// The class kept on this device.
	'classreport.kept': text.includes('{{date}}'),
	'classreport.keptNewer': text,
	'classreport.keptDamaged': text,
	'classreport.notKept': text,
	'classreport.tooLargeToKeep': text,
	'classreport.otherTab': text,
};
