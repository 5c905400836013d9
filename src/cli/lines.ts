// JSON Lines framing over raw bytes: a line is cut before it is decoded, so that a line that is
// not UTF-8 is reported on its own, and a line longer than the limit is skipped without ever
// being held in memory (only its length is counted).

export interface Line {
  /** 1-based. */
  number: number;
  /**
   * The line's bytes without "\n" or "\r\n", as views into the chunks read (valid until the next
   * line is asked for); null when the line was too long.
   */
  parts: Uint8Array[] | null;
  /** Its length in bytes, counted even when it was too long to keep. */
  size: number;
}

const NEWLINE = 0x0a;
const RETURN = 0x0d;

function isBlank(parts: readonly Uint8Array[]): boolean {
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      const b = part[i]!;
      if (b !== 0x20 && b !== 0x09 && b !== RETURN) return false;
    }
  }
  return true;
}

/** Drops the "\r" of a "\r\n" line end. */
function withoutReturn(parts: Uint8Array[]): Uint8Array[] {
  const last = parts[parts.length - 1];
  if (last && last[last.length - 1] === RETURN) parts[parts.length - 1] = last.subarray(0, last.length - 1);
  return parts;
}

/** The non-blank lines of a byte stream, each at most maxBytes long (longer ones come back as parts: null). */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let number = 1;
  const finish = (): Line | null => {
    const tooLong = size > maxBytes;
    const line = tooLong || !isBlank(parts) ? { number, parts: tooLong ? null : withoutReturn(parts), size } : null;
    parts = [];
    size = 0;
    number++;
    return line;
  };
  for await (const chunk of chunks) {
    let from = 0;
    while (from < chunk.length) {
      const newline = chunk.indexOf(NEWLINE, from);
      const end = newline < 0 ? chunk.length : newline;
      size += end - from;
      if (size > maxBytes) parts = [];
      else if (end > from) parts.push(chunk.subarray(from, end));
      if (newline < 0) break;
      const line = finish();
      if (line) yield line;
      from = newline + 1;
    }
  }
  if (size > 0) {
    const line = finish();
    if (line) yield line;
  }
}
