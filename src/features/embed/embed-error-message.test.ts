import { describe, expect, it } from 'vitest';
import { errorMessage, PROTOCOL_VERSION } from './embed-messages';

describe('atlas:error', () => {
  it('tells the host the kind and how many problems, and no text at all', () => {
    expect(errorMessage('data', 3)).toEqual({
      type: 'atlas:error',
      version: PROTOCOL_VERSION,
      kind: 'data',
      problems: 3,
    });
    expect(errorMessage('fetch', 1)).toEqual({ type: 'atlas:error', version: 1, kind: 'fetch', problems: 1 });
  });

  it('carries nothing of the file, however long its problem (the panel shows it)', () => {
    const message = errorMessage('data', 100_000);
    expect(Object.keys(message).sort()).toEqual(['kind', 'problems', 'type', 'version']);
    expect(JSON.stringify(message).length).toBeLessThan(80);
    expect(message.problems).toBe(100_000);
  });
});
