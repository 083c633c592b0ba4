import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { darkBlock, withSystemDark } from './system-dark';

const tokens = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

describe('withSystemDark', () => {
  it('repeats the dark tokens for a page with no theme chosen, under the system preference', () => {
    const css = withSystemDark(tokens);
    const repeated =
      /@media \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme\]\) \{([^}]*)\}/.exec(css);
    expect(repeated?.[1]).toBe(darkBlock(tokens));
    expect(repeated?.[1]).toContain('--color-bg: #0f1216;');
    expect(repeated?.[1]).toContain('color-scheme: dark;');
    // The chosen themes are untouched.
    expect(css.startsWith(tokens)).toBe(true);
  });

  it('fails the build when the dark block is gone, rather than shipping a light-only page', () => {
    expect(() => withSystemDark(':root { --color-bg: #fff; }')).toThrow(
      /no :root\[data-theme='dark'\] block/,
    );
  });
});
