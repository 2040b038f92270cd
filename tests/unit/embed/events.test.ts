import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	hostOrigin,
	messageTypes,
	quizEvents,
	source,
	version,
} from '../../../src/features/embed/events';
import { QUIZ_ANSWERED, QUIZ_COMPLETED } from '../../../src/features/quiz/tell';

describe('the origin an embed URL names', () => {
	it('is taken only when it is exactly an http(s) origin', () => {
		expect(hostOrigin('?origin=https://platform.example')).toBe('https://platform.example');
		expect(hostOrigin('?origin=http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
		expect(hostOrigin('?origin=https%3A%2F%2Fapp.example.com')).toBe('https://app.example.com');
	});

	it('is ignored when missing, malformed, a path, another scheme or a wildcard', () => {
		for (const search of [
			'',
			'?origin=',
			'?origin=*',
			'?origin=platform.example',
			'?origin=https://platform.example/',
			'?origin=https://platform.example/app',
			'?origin=https://user@platform.example',
			'?origin=javascript:alert(1)',
			'?origin=data:text/html,x',
			'?origin=file:///etc',
			'?origin=HTTPS://PLATFORM.EXAMPLE',
			'?origin=null',
		])
			expect(hostOrigin(search), search).toBeUndefined();
	});
});

describe('the quiz events the embed view forwards', () => {
	it('are the ones the quiz fires', () => {
		expect(quizEvents).toEqual({ answered: QUIZ_ANSWERED, completed: QUIZ_COMPLETED });
	});
});

describe('the published schema of the messages', () => {
	const schema = JSON.parse(
		readFileSync(new URL('../../../public/api/embed-events.schema.json', import.meta.url), 'utf8')
	) as {
		properties: { source: { const: string }; version: { const: number }; type: { enum: string[] } };
		oneOf: { properties: { type: { const: string } } }[];
	};

	it('lists the types, source and version the embed view sends', () => {
		expect(schema.properties.source.const).toBe(source);
		expect(schema.properties.version.const).toBe(version);
		expect(schema.properties.type.enum).toEqual([...messageTypes]);
		expect(schema.oneOf.map((o) => o.properties.type.const)).toEqual([...messageTypes]);
	});
});
