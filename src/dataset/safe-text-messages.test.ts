/**
 * The exact problems the safe-text rules give: the error panel and the desk print them, and a
 * spreadsheet's view words them by `kind`. Also the depth cap at its boundary (32 levels).
 */
import { describe, expect, it } from 'vitest';
import { checkSafeText, MAX_TEXT_LENGTH, unsafeTextReason } from './safe-text';

const EXPECTED_TEXT = `text without direction overrides or control characters, at most ${MAX_TEXT_LENGTH} characters`;
const EXPECTED_KEY = `keys without direction overrides or control characters, at most ${MAX_TEXT_LENGTH} characters`;

describe('unsafeTextReason, word for word', () => {
  it('names each rule, its message and what was found', () => {
    expect(unsafeTextReason('x'.repeat(MAX_TEXT_LENGTH + 1))).toEqual({
      kind: 'tooLong',
      message: `longer than ${MAX_TEXT_LENGTH} characters`,
      found: `${MAX_TEXT_LENGTH + 1} characters`,
    });
    expect(unsafeTextReason('a\u202Eb')).toEqual({
      kind: 'bidi',
      message: 'contains a bidirectional override',
      found: 'U+202E',
    });
    expect(unsafeTextReason('bell\u0007')).toEqual({
      kind: 'control',
      message: 'contains a control character',
      found: 'U+0007',
    });
    expect(unsafeTextReason('half \uD83D')).toEqual({
      kind: 'loneSurrogate',
      message: 'contains a lone surrogate',
      found: 'broken UTF-16',
    });
  });
});

describe('checkSafeText, word for word', () => {
  it('gives the path, the message, what is expected and what was found, for a value and for a key', () => {
    expect(checkSafeText({ sites: [{ name: 'tab\t' }], notes: { 'a\u202Ekey': 1 } })).toEqual([
      {
        path: 'sites[0].name',
        message: 'contains a control character',
        expected: EXPECTED_TEXT,
        found: 'U+0009',
      },
      {
        path: 'notes',
        message: 'a key contains a bidirectional override',
        expected: EXPECTED_KEY,
        found: 'U+202E',
      },
    ]);
  });

  it('reads 32 levels of nesting and refuses the 33rd', () => {
    const nested = (levels: number) => {
      let value: unknown = 'x';
      for (let i = 0; i < levels; i++) value = [value];
      return value;
    };
    expect(checkSafeText(nested(32))).toEqual([]);
    expect(checkSafeText(nested(33))).toEqual([
      { path: `${'[0]'.repeat(32)}`, message: 'nested deeper than 32 levels' },
    ]);
  });
});
