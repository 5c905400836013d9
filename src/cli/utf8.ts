// Where UTF-8 goes wrong, to say so in the error message (TextDecoder only says that it does).

/** Length of the sequence a lead byte starts, and the range its second byte must fall in. */
function lead(b: number): [length: number, low: number, high: number] | null {
  if (b < 0x80) return [1, 0, 0];
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf]; // no overlong forms
  if (b === 0xed) return [3, 0x80, 0x9f]; // no surrogates
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f]; // nothing above U+10FFFF
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  return null;
}

/** Offset where the first ill-formed UTF-8 sequence starts, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const rule = lead(bytes[i]!);
    if (!rule) return i;
    const [length, low, high] = rule;
    if (length === 1) {
      i++;
      continue;
    }
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const b = bytes[i + k]!;
      if (b < 0x80 || b > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/** "not UTF-8 (byte 0xe9 at offset 29)". */
function notUtf8(bytes: Uint8Array): string {
  const at = firstInvalidUtf8(bytes);
  return `not UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, '0') ?? '??'} at offset ${at})`;
}

/** The text of UTF-8 bytes given in pieces, or what is wrong with them. */
export function decodeUtf8(parts: readonly Uint8Array[]): { text: string } | { problem: string } {
  // A fatal decoder's state after an error is not specified, so each call has its own.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    if (parts.length === 1) return { text: decoder.decode(parts[0]) };
    let text = '';
    for (const part of parts) text += decoder.decode(part, { stream: true });
    return { text: text + decoder.decode() };
  } catch {
    const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (joined.set(p, at), at + p.length), 0);
    return { problem: notUtf8(joined) };
  }
}
