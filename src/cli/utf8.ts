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
