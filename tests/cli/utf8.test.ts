import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../src/cli/utf8.js';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);

describe('firstInvalidUtf8', () => {
  it('finds nothing wrong in well-formed text, whatever its scripts', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('Jakarta – “kata” 日本 🇮🇩'))).toBe(-1);
  });

  it.each([
    ['a lone continuation byte', bytes(0x61, 0x80), 1],
    ['Latin-1 é before ASCII', bytes(0x43, 0x61, 0x66, 0xe9, 0x22), 3],
    ['an overlong "/"', bytes(0xc0, 0xaf), 0],
    ['an overlong three-byte form', bytes(0x61, 0xe0, 0x80, 0xaf), 1],
    ['a UTF-16 surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut short at the end', bytes(0x61, 0xe2, 0x80), 1],
  ])('points at the start of %s', (_, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(input)).toThrow();
  });
});
