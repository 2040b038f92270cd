// <bw-completion-code>: the learner's completion code (code.ts) made from `bw:progress` in this browser:
// every finished lesson and check, or on an assignment page only the assignment's, with their name only
// if they tick it. Copy puts it on the clipboard (or selects it to copy by hand); the QR code is drawn
// on request. The code is rebuilt when progress changes here or in another tab.
import { $, copyText } from '~/site/dom';
import { localStore, onOtherTabChange } from '~/site/storage';
import { readStrings, type Strings } from '~/site/strings';
import { decodeAssignment } from '../progress/assignment';
import { PROGRESS_EVENT } from '../progress/events';
import { readLearnerName } from '../progress/learner-name';
import { PROGRESS_KEY, readProgress } from '../progress/store';
import { codeQuiz, encodeCompletion, type Completion } from './code';
import { quizNumbers } from './quiz-numbers';

type CodeKey = `completion.${'copied' | 'copyFallback' | 'qrLabel' | 'qrShow' | 'qrHide'}`;

export class BwCompletionCode extends HTMLElement {
	#s: Strings<CodeKey> = {};
	#code = '';
	#stop = () => {};
	readonly #render = () => this.#update();

	connectedCallback() {
		this.#s = readStrings<CodeKey>(this);
		$(this, '[data-make]').remove();
		$(this, '[data-ui]').hidden = false;
		const own = this.querySelector<HTMLInputElement>('#code-name');
		if (own) own.value = readLearnerName(localStore());
		this.#name()?.addEventListener('input', this.#render);
		$(this, '#code-with-name').addEventListener('change', this.#render);
		$(this, '[data-copy]').addEventListener('click', () => void this.#copy());
		$(this, '[data-qr]').addEventListener('click', () => void this.#toggleQr());
		window.addEventListener('hashchange', this.#render);
		window.addEventListener(PROGRESS_EVENT, this.#render);
		this.#stop = onOtherTabChange(PROGRESS_KEY, this.#render);
		this.#update();
		// The button pressed is gone: focus moves to the code (or to the name box when there is none yet).
		if (!$(this, '[data-has-code]').hidden) $(this, '.completion-code-text').focus();
		else $(this, '#code-with-name').focus();
	}

	disconnectedCallback() {
		window.removeEventListener('hashchange', this.#render);
		window.removeEventListener(PROGRESS_EVENT, this.#render);
		this.#stop();
	}

	/** The name field: the page's own (the summary's) when `data-name-from` names it, else this one's. */
	#name() {
		const from = this.dataset['nameFrom'];
		return document.getElementById(from ?? 'code-name') as HTMLInputElement | null;
	}

	#completion(): Completion {
		const progress = readProgress(localStore());
		const withName = $<HTMLInputElement>(this, '#code-with-name').checked;
		let ids = quizNumbers;
		let assignment: Completion['assignment'] = null;
		if (this.dataset['scope'] === 'assignment') {
			const decoded = decodeAssignment(location.hash, new Set(quizNumbers));
			if (decoded.ok) {
				assignment = { lessons: decoded.assignment.lessons, due: decoded.assignment.due };
				ids = assignment.lessons;
			} else ids = [];
		}
		return {
			name: withName ? (this.#name()?.value ?? '') : '',
			assignment,
			quizzes: ids.flatMap((id) => codeQuiz(id, progress.quizzes[id]) ?? []),
		};
	}

	#update() {
		const completion = this.#completion();
		const none = completion.quizzes.length === 0;
		this.#code = none ? '' : encodeCompletion(completion);
		$(this, '[data-code]').textContent = this.#code;
		$(this, '[data-has-code]').hidden = none;
		$(this, '[data-none]').hidden = !none;
		$(this, '[data-status]').textContent = '';
		const box = $(this, '[data-qr-box]');
		if (!box.hidden) void this.#drawQr();
	}

	async #copy() {
		const status = $(this, '[data-status]');
		if (await copyText(this.#code)) {
			status.textContent = this.#s['completion.copied'] ?? '';
			return;
		}
		// No clipboard: the code is selected so the learner can copy it by hand.
		const range = document.createRange();
		range.selectNodeContents($(this, '[data-code]'));
		getSelection()?.removeAllRanges();
		getSelection()?.addRange(range);
		status.textContent = this.#s['completion.copyFallback'] ?? '';
	}

	async #toggleQr() {
		const box = $(this, '[data-qr-box]');
		const button = $(this, '[data-qr]');
		const show = box.hidden;
		box.hidden = !show;
		button.setAttribute('aria-expanded', String(show));
		button.textContent = (show ? this.#s['completion.qrHide'] : this.#s['completion.qrShow']) ?? '';
		if (show) await this.#drawQr();
	}

	async #drawQr() {
		const { qrSvg } = await import('./qr');
		$(this, '[data-qr-box]').replaceChildren(
			qrSvg(this.#code, this.#s['completion.qrLabel'] ?? '')
		);
	}
}

customElements.define('bw-completion-code', BwCompletionCode);
