/**
 * Every key this site (or Starlight inside it) writes to the browser's storage. Nothing else may
 * be written: the end-to-end tests record each write and fail on a key missing here. Nothing in
 * storage is ever sent anywhere; there are no cookies.
 */
export const storageKeys = {
	'bw:locale': {
		storage: 'local',
		owner: 'src/features/language-chooser/choice.ts',
		holds: 'The locale the visitor picked (en, zh-cn, zh-tw or es), so `/` opens it next time.',
	},
	'bw:progress': {
		storage: 'local',
		owner: 'src/features/progress/store.ts',
		holds:
			'Quiz answers, scores and completion dates per lesson and module check; versioned JSON documented in that file.',
	},
	'bw:budget': {
		storage: 'local',
		owner: 'src/features/calculators/budget/bw-budget-planner.ts',
		holds:
			'The budget planner as typed: currency and, per group, rows of [label, amount] (shape in src/features/calculators/budget/store.ts). Written field by field as the visitor types; removed by "Erase my budget" (with Undo). Never put in a URL.',
	},
	'starlight-theme': {
		storage: 'local',
		owner: 'Starlight (theme menu)',
		holds: 'The colour theme chosen: auto, dark or light.',
	},
	'bw:place': {
		storage: 'local',
		owner: 'src/features/place/store.ts',
		holds:
			'The place whose rules the reader picked (cn, tw, hk, us, uk, mx or es), from the place picker or a `?place=` link, so every lesson and tool opens on it.',
	},
	'sl-sidebar-state': {
		storage: 'session',
		owner: 'Starlight (sidebar)',
		holds: 'Which sidebar groups are open and the sidebar scroll position, for this visit only.',
	},
	'bw:contact-log': {
		storage: 'local',
		owner: 'src/features/toolkit/contact-log/bw-contact-log.ts',
		holds:
			'The contact log: each call, message or visit from collectors the visitor recorded (versioned JSON documented at the top of src/features/toolkit/contact-log/store.ts). Removed by "Erase everything"; never put in a URL.',
	},
	'bw:learner-name': {
		storage: 'local',
		owner: 'src/features/progress/learner-name.ts',
		holds:
			'The name typed on the completion summary, only if the learner ticks "remember my name on this device"; unticking removes it.',
	},
	'bw:class-report': {
		storage: 'local',
		owner: 'src/features/class-report/store.ts',
		holds:
			'A class report the educator chose to keep ("keep this class on this device"): the pasted completion codes, the assignment link and each progress file read, as a completion code (versioned JSON documented in that file). Removed by "Erase this class" or by unticking.',
	},
} as const satisfies Record<string, { storage: 'local' | 'session'; owner: string; holds: string }>;

export type StorageKey = keyof typeof storageKeys;
