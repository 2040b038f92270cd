// Starlight route middleware: a lesson's reader who arrives at its quiz (a platform's link to
// `#lesson-quiz`, a question's `#q-…`) gets the quiz's styles before the first paint. Otherwise they
// load as the reader nears the quiz (src/features/quiz/Quiz.astro): a quiz in view at once would be
// drawn bare, then restyled, moving what the reader is looking at (a layout shift of 0.2–0.3 on a
// 360 px screen). A few bytes of inline script in <head> add the stylesheet as render-blocking
// (`blocking="render"`: Chrome 105, Safari 18.2; a browser without it still loads it at once).
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { isLesson } from '~/features/lesson/schema';
import quizStyles from '~/features/quiz/quiz.css?url';

/** The addresses inside a lesson's quiz: its heading and its questions (QuizQuestion.astro). */
const quizTarget = /^#(lesson-quiz|q-)/;

/**
 * The inline script that links the stylesheet at `href` when the page opens at its quiz; its `l` is
 * the block's own, not a global.
 */
const quizStylesScript = (href: string) =>
	`if(${quizTarget}.test(location.hash)){const l=document.createElement("link");l.rel="stylesheet";l.href=${JSON.stringify(href)};l.setAttribute("blocking","render");document.head.append(l)}`;

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const data = route.entry.data;
	if (isLesson(data) && data.quiz?.length)
		route.head.push({ tag: 'script', content: quizStylesScript(quizStyles) });
});
