// Messages from the embed view to the page that frames it (docs/platforms.md, /<locale>/platforms/):
// sent only when that page names its own origin in the embed URL (`?origin=https://platform.example`),
// and only to that exact origin, so no other page learns what the reader does. Without `origin`, or with
// one that is not an exact http(s) origin, nothing is sent. The shape is published as a JSON Schema at
// /api/embed-events.schema.json; `version` changes only when a message changes incompatibly.
import type { AnsweredDetail, CompletedDetail } from '~/features/quiz/tell';
import { embeddedId } from './embed';

// The names the quiz fires its events under (src/features/quiz/tell.ts), written out here so neither
// script's chunk carries the other's code; tests/unit/embed/events.test.ts keeps them the same.
export const quizEvents = { answered: 'bw-quiz-answered', completed: 'bw-quiz-completed' } as const;

export const source = 'borrow-wisely';
export const version = 1;

/** Every message type, as the published schema lists them. */
export const messageTypes = ['ready', 'height', 'quiz-answered', 'quiz-completed'] as const;

export type EmbedMessage =
	| { type: 'ready'; locale: string; lesson: string }
	| { type: 'height'; height: number }
	| ({ type: 'quiz-answered'; lesson: string } & AnsweredDetail)
	| ({ type: 'quiz-completed'; lesson: string } & CompletedDetail);

/** The origin an embed URL names in `origin`, if it is exactly an http(s) origin (no path, no slash). */
export function hostOrigin(search: string): string | undefined {
	const value = new URLSearchParams(search).get('origin');
	if (!value) return undefined;
	try {
		const url = new URL(value);
		if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value)
			return value;
	} catch {
		// Not a URL: ignored like a missing one.
	}
	return undefined;
}

/** Starts the messages, if the page is framed by a page that named its origin. */
export function startEvents(win: Window = window, base = import.meta.env.BASE_URL) {
	const origin = hostOrigin(win.location.search);
	const id = embeddedId(win.location.pathname, base);
	if (!origin || !id || win.parent === win) return;
	const [locale = '', ...rest] = id.split('/');
	const lesson = rest.join('/');
	const send = (message: EmbedMessage) =>
		win.parent.postMessage({ source, version, ...message }, origin);
	send({ type: 'ready', locale, lesson });
	// The document's height on load and on every change, so the frame can size itself.
	let last = -1;
	const measure = () => {
		const height = Math.ceil(win.document.documentElement.scrollHeight);
		if (height !== last) send({ type: 'height', height: (last = height) });
	};
	new ResizeObserver(measure).observe(win.document.body);
	win.addEventListener('load', measure);
	measure();
	win.document.addEventListener(quizEvents.answered, (event) =>
		send({ type: 'quiz-answered', lesson, ...(event as CustomEvent<AnsweredDetail>).detail })
	);
	win.document.addEventListener(quizEvents.completed, (event) =>
		send({ type: 'quiz-completed', lesson, ...(event as CustomEvent<CompletedDetail>).detail })
	);
}
