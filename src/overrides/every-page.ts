// The one script every page loads at first (from MarkdownContent.astro, which every page renders):
// before, each component brought its own, a dozen small files on a lesson's first load. What it does
// waits for the reader where it can: search, the quiz and embedded calculators load their code when
// asked for or neared, and the progress marks' when there is progress. The storage kit and place
// picker go in the `every-page` chunk (src/integrations/every-page-chunk.ts), shared with the pages
// that load more.
import '~/features/progress/bw-progress-marks';
import '~/features/place/picker';
import { rememberLocaleFromPath } from '~/features/language-chooser/choice';
import { loadCalculatorsWhenNear } from '~/features/calculators/shared/lazy-calculators';
import { loadWhenNear } from '~/site/load-when-near';
import { addStylesheet } from '~/site/stylesheet';
import quizStyles from '~/features/quiz/quiz.css?url';
import { registerOffline } from '~/features/offline/register';
import { loadSearchWhenAsked } from './search-loader';

loadSearchWhenAsked();
// Offline copies for the site's own pages; the embed view (no sidebar, so no progress marks) is never kept.
if (document.querySelector('bw-progress-marks')) registerOffline();

// A language picked in Starlight's menu is remembered for the next visit to `/`.
for (const select of document.querySelectorAll('starlight-lang-select select'))
	select.addEventListener('change', (event) => {
		if (event.currentTarget instanceof HTMLSelectElement)
			rememberLocaleFromPath(event.currentTarget.value);
	});

// A quiz sits at the end of a lesson: its code and, on a lesson, its styles (data-styles, Quiz.astro)
// load as the reader gets near it (or touches it).
loadWhenNear('bw-quiz', () => {
	if (document.querySelector('bw-quiz[data-styles]')) addStylesheet(quizStyles);
	return import('~/features/quiz/bw-quiz');
});
loadCalculatorsWhenNear();
// A share button (src/features/share/): its own script was two more files on a page's first load.
loadWhenNear('bw-share', () => import('~/features/share/bw-share'));
