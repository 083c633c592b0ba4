import { describe, expect, it } from 'vitest';
import { isFrameDone } from './use-frame-ready';

describe('isFrameDone', () => {
  it('takes the framed atlas for done once it announced itself ready or failed', () => {
    expect(isFrameDone({ type: 'atlas:ready', version: 1 })).toBe(true);
    expect(isFrameDone({ type: 'atlas:error' })).toBe(true);
  });

  it('waits on anything else', () => {
    expect(isFrameDone({ type: 'atlas:state' })).toBe(false);
    expect(isFrameDone('atlas:ready')).toBe(false);
    expect(isFrameDone(null)).toBe(false);
  });
});
