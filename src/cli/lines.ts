// JSON Lines framing over raw bytes: lines are cut before decoding, so that a line that is not
// UTF-8 is reported on its own, and a line longer than the limit is skipped without ever being
// held in memory (only its length is counted).

export interface Line {
  /** 1-based. */
  number: number;
  /** The line without its "\n" or "\r\n", in a buffer of its own; null when it was too long. */
  bytes: Uint8Array | null;
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

/** Joins the pieces into a fresh buffer (never a view of a pooled one, so it can be transferred). */
function join(parts: readonly Uint8Array[], size: number): Uint8Array {
  let length = size;
  const last = parts[parts.length - 1];
  if (last && last[last.length - 1] === RETURN) length--;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    const n = Math.min(part.length, length - at);
    out.set(n === part.length ? part : part.subarray(0, n), at);
    at += n;
  }
  return out;
}

/** The non-blank lines of a byte stream, each at most maxBytes long (longer ones come back as bytes: null). */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let number = 1;
  const finish = (): Line | null => {
    const tooLong = size > maxBytes;
    const line = tooLong || !isBlank(parts) ? { number, bytes: tooLong ? null : join(parts, size), size } : null;
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
