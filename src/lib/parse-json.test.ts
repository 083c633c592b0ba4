import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json';

describe('parseJson', () => {
  it('gives the value of valid JSON', () => {
    expect(parseJson('{"a":[1]}')).toEqual({ ok: true, json: { a: [1] } });
  });

  it('gives the parser’s message for anything else, without throwing', () => {
    const result = parseJson('<!doctype html>');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/JSON|token/i);
  });
});
