import { z } from 'astro/zod';

// The lesson quiz and the module check.
// Build only (Zod); one group of the keys ui-strings-schema.ts merges into `uiStrings`.
export const quizStrings = {
	// Quiz: the lesson quiz and the module check. Placeholders are filled in the build or in src/features/quiz/bw-quiz.ts.
	'quiz.heading': z.string(),
	'quiz.intro': z.string().includes('{{total}}').includes('{{needed}}'),
	'quiz.checkIntro': z.string().includes('{{total}}').includes('{{needed}}'),
	'quiz.questionNumber': z.string().includes('{{number}}').includes('{{total}}'),
	'quiz.multipleHint': z.string(),
	'quiz.orderingHint': z.string(),
	'quiz.true': z.string(),
	'quiz.false': z.string(),
	'quiz.yourAnswer': z.string(),
	'quiz.checkAnswer': z.string(),
	'quiz.moveUp': z.string().includes('{{step}}'),
	'quiz.moveDown': z.string().includes('{{step}}'),
	'quiz.moved': z.string().includes('{{step}}').includes('{{position}}').includes('{{total}}'),
	'quiz.right': z.string(),
	'quiz.wrong': z.string(),
	'quiz.rightAnswer': z.string(),
	'quiz.readMore': z.string(),
	'quiz.showAnswer': z.string(),
	'quiz.needAnswer': z.string(),
	'quiz.needNumber': z.string(),
	'quiz.score': z.string().includes('{{correct}}').includes('{{total}}'),
	'quiz.passed': z.string(),
	'quiz.notPassed': z.string().includes('{{needed}}'),
	'quiz.tryAgain': z.string(),
	// Beside an answer that could not be kept: storage full or blocked, or holding what this page must not overwrite.
	'quiz.notSaved': z.string(),
	'quiz.leftAlone': z.string(),
};
