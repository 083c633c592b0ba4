import { describe, expect, it } from 'vitest';
import {
  forgetStageToken,
  isFramed,
  newToken,
  notesToken,
  stageToken,
  tokenFragment,
} from './presenter-token';

function memory() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('presenter token', () => {
  it('is 128 random bits in hex', () => {
    expect(newToken((b) => b.fill(171))).toBe('ab'.repeat(16));
    expect(newToken()).toMatch(/^[0-9a-f]{32}$/);
    expect(newToken()).not.toBe(newToken());
  });

  it('stays the same for one presentation (reloads included), and is new after it ends', () => {
    const storage = memory();
    const first = stageToken(storage);
    expect(stageToken(storage)).toBe(first);
    forgetStageToken(storage);
    expect(stageToken(storage)).not.toBe(first);
  });

  it('reaches the notes window in the fragment, which is then cleared; a reload keeps it', () => {
    const storage = memory();
    const token = newToken();
    let cleared = 0;
    expect(notesToken(tokenFragment(token), storage, () => cleared++)).toBe(token);
    expect(cleared).toBe(1);
    expect(notesToken('', storage, () => cleared++)).toBe(token);
    expect(cleared).toBe(1);
  });

  it('gives a notes window opened by hand, or with a malformed token, none', () => {
    expect(notesToken('', memory(), () => {})).toBeNull();
    expect(notesToken('#token=xyz', memory(), () => {})).toBeNull();
    expect(notesToken(`#token=${'a'.repeat(31)}`, memory(), () => {})).toBeNull();
  });

  it('pairs all the same when storage is full or refuses every call', () => {
    const refusing = (name: string) => () => {
      throw new DOMException('no storage', name);
    };
    const full = { ...memory(), setItem: refusing('QuotaExceededError') };
    const off = {
      getItem: refusing('SecurityError'),
      setItem: refusing('SecurityError'),
      removeItem: refusing('SecurityError'),
    };
    for (const storage of [full, off]) {
      forgetStageToken(storage);
      const token = stageToken(storage);
      expect(token).toMatch(/^[0-9a-f]{32}$/);
      expect(stageToken(storage)).toBe(token);
      expect(notesToken(tokenFragment(token), storage, () => {})).toBe(token);
      expect(() => forgetStageToken(storage)).not.toThrow();
    }
  });

  it('knows when it runs inside a frame', () => {
    const top = {} as Window;
    expect(isFramed({ top, self: top } as unknown as Window)).toBe(false);
    expect(isFramed({ top, self: {} } as unknown as Window)).toBe(true);
  });
});
