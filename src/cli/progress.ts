// What a batch tells the person who runs it, on standard error: each failure with its place, a
// progress bar (rate and ETA) only when standard error is a terminal, and a closing summary.
import type { Failure } from './items.js';
import { placeOf } from './items.js';
import { oneLine } from './format/view.js';

const REDRAW_MS = 100;
const CLEAR_LINE = '\r\x1b[2K';
const BAR_WIDTH = 24;

export interface Tally {
  documents: number;
  failed: number;
  bytes: number;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mmss = `${String(m).padStart(h ? 2 : 1, '0')}:${String(s % 60).padStart(2, '0')}`;
  return h ? `${h}:${mmss}` : mmss;
}

export class Reporter {
  readonly tally: Tally = { documents: 0, failed: 0, bytes: 0 };
  private readonly timer: ReturnType<typeof setInterval> | null;
  private barShown = false;

  constructor(
    private readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
    /** Input size in bytes, for the ETA; null when unknown (standard input). */
    private readonly totalBytes: number | null,
    bar: boolean,
    /** When the run began (performance.now()), so that the summary counts the start-up too. */
    private readonly began = performance.now(),
  ) {
    this.timer = bar ? setInterval(() => this.draw(), REDRAW_MS) : null;
    this.timer?.unref();
  }

  succeeded(size: number): void {
    this.tally.documents++;
    this.tally.bytes += size;
  }

  failed(failure: Failure): void {
    this.tally.failed++;
    this.tally.bytes += failure.size;
    this.say(`warta: ${oneLine(placeOf(failure.where))}: ${oneLine(failure.problem, 300)}`);
  }

  /** A line above the bar. */
  say(line: string): void {
    this.stderr.write((this.barShown ? CLEAR_LINE : '') + line + '\n');
    this.barShown = false;
  }

  private seconds(): number {
    return (performance.now() - this.began) / 1000;
  }

  private draw(): void {
    const { documents, failed, bytes } = this.tally;
    const seconds = this.seconds();
    const rate = (documents + failed) / seconds;
    const parts: string[] = [];
    if (this.totalBytes) {
      const share = Math.min(1, bytes / this.totalBytes);
      const filled = Math.round(share * BAR_WIDTH);
      const eta = bytes > 0 ? (seconds * (this.totalBytes - bytes)) / bytes : Infinity;
      parts.push(`[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}%`, `ETA ${clock(eta)}`);
    }
    parts.push(`${documents + failed} documents`, `${rate.toFixed(0)}/s`);
    if (failed) parts.push(`${failed} failed`);
    const line = parts.join('  ');
    this.stderr.write(CLEAR_LINE + line.slice(0, Math.max(20, (this.stderr.columns || 80) - 1)));
    this.barShown = true;
  }

  /** Stops the bar and prints "N documents extracted, F failed, in S s (R documents/s, CPU C s), peak memory M MB". */
  finish(summary: boolean): void {
    if (this.timer) clearInterval(this.timer);
    if (this.barShown) this.stderr.write(CLEAR_LINE);
    this.barShown = false;
    if (!summary) return;
    const { documents, failed } = this.tally;
    const seconds = this.seconds();
    const rate = (documents + failed) / Math.max(seconds, 1e-3);
    // Process-wide, so worker threads count: CPU time over wall time shows how parallel the run was.
    const usage = process.resourceUsage();
    const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    this.stderr.write(
      `warta: ${documents} document${documents === 1 ? '' : 's'} extracted, ${failed} failed, in ${seconds.toFixed(2)} s ` +
        `(${rate.toFixed(1)} documents/s, CPU ${cpu.toFixed(2)} s), peak memory ${(usage.maxRSS / 1024).toFixed(0)} MB\n`,
    );
  }
}
