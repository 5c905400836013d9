// Runs the built command line (dist/cli.js after `npm run build`, or WARTA_CLI for a private build).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = resolve(ROOT, process.env.WARTA_CLI ?? 'dist/cli.js');
export const EXAMPLE = join(ROOT, 'corpus/example.txt');
export const EXAMPLE_TEXT = readFileSync(EXAMPLE, 'utf8');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { input?: string | Uint8Array; cwd?: string } = {}): Promise<Run> {
  if (!existsSync(CLI)) throw new Error(`${CLI} does not exist: run "npm run build" first, or point WARTA_CLI at a build`);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(options.input ?? '');
  });
}

/** A fresh directory removed after the file's tests. */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'warta-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

interface AnySpan {
  start: number;
  end: number;
  text: string;
}

/** Every span of a result, to check that each is an exact slice of the input. */
export function allSpans(result: {
  tokens: AnySpan[];
  sentences: AnySpan[];
  actors: { mentions: AnySpan[] }[];
  dates: AnySpan[];
  quotes: (AnySpan & { cue: AnySpan | null; speakerMention: AnySpan | null })[];
  events: { trigger: AnySpan }[];
}): AnySpan[] {
  return [
    ...result.tokens,
    ...result.sentences,
    ...result.actors.flatMap((a) => a.mentions),
    ...result.dates,
    ...result.quotes.flatMap((q) => [q, q.cue, q.speakerMention].filter((s): s is AnySpan => s !== null)),
    ...result.events.map((e) => e.trigger),
  ];
}
