// `npm test`: every check the project has, in three stages, printing how long each step took.
// Steps that do not depend on each other run side by side (the machine this runs on has 2 cores and
// most steps keep one busy): the Astro type check and build share the generated `.astro/` folder, so
// they run one after the other, beside Prettier and ESLint; the unit tests (which read dist/), the HTML
// validator and the translation report then run together; the browser tests run last, alone.
// A failed step stops the run after its stage, with that step's output.
import { spawn } from 'node:child_process';

interface Step {
	name: string;
	/** npm scripts run one after the other. */
	scripts: string[];
	/** Print its output even when it passes (a report worth reading). */
	show?: boolean;
}

const stages: Step[][] = [
	[
		{ name: 'format', scripts: ['format:check'] },
		{ name: 'lint', scripts: ['lint'] },
		{ name: 'check, build', scripts: ['check', 'build'] },
	],
	[
		{ name: 'unit', scripts: ['test:unit'] },
		{ name: 'html', scripts: ['validate:html'] },
		{ name: 'translations', scripts: ['report:translations'], show: true },
	],
	[{ name: 'e2e', scripts: ['test:e2e'] }],
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

/** Runs an npm script; its output is kept (or streamed, for a stage of one step). */
function run(script: string, stream: boolean): Promise<{ code: number; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(npm, ['run', '--silent', script], {
			stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, FORCE_COLOR: process.env['FORCE_COLOR'] ?? '0' },
		});
		let output = '';
		child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk));
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});
}

async function runStep(step: Step, stream: boolean) {
	const start = Date.now();
	let output = '';
	for (const script of step.scripts) {
		const result = await run(script, stream);
		output += result.output;
		if (result.code !== 0) {
			console.log(`✘ ${step.name}: npm run ${script} failed after ${seconds(start)}`);
			return { ok: false, output };
		}
	}
	console.log(`✓ ${step.name} (${seconds(start)})`);
	if (step.show && !stream) console.log(output.trimEnd());
	return { ok: true, output };
}

const all = Date.now();
for (const stage of stages) {
	const results = await Promise.all(stage.map((step) => runStep(step, stage.length === 1)));
	const failed = results.filter((r) => !r.ok);
	if (failed.length > 0) {
		for (const { output } of failed) console.log(output);
		console.log(`npm test failed after ${seconds(all)}`);
		process.exit(1);
	}
}
console.log(`npm test passed in ${seconds(all)}`);
