import { describe, expect, it } from 'vitest';
import { problemListFileName, problemListText } from './problem-list-text';
import { MAX_PROBLEM_LENGTH } from './problem';

describe('problemListText', () => {
  it('writes every problem in full, one a line, under a heading that counts them', () => {
    const long = 'k'.repeat(MAX_PROBLEM_LENGTH * 10);
    const problems = [
      { path: 'sites[0].location.lat', message: 'wrong type', expected: 'number', found: '"north"' },
      { path: `(root).${long}`, message: 'unknown key' },
      ...Array.from({ length: 248 }, (_, n) => ({ path: `events[${n}].date`, message: 'required' })),
    ];
    const text = problemListText(problems, 'custom/broken.json');
    const lines = text.split('\n');
    expect(lines[0]).toBe('250 problems in custom/broken.json');
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('sites[0].location.lat: wrong type (expected number, found "north")');
    expect(lines[3]).toBe(`(root).${long}: unknown key`);
    expect(lines[251]).toBe('events[247].date: required');
    expect(lines).toHaveLength(253);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('keeps a line break inside a key or a value from starting a new line', () => {
    const text = problemListText([{ path: 'sites[0].a\nb', message: 'x\r\ny\u2028z' }], 'a.json');
    expect(text.split('\n')).toEqual(['1 problem in a.json', '', 'sites[0].a\\nb: x\\ny\\nz', '']);
  });
});

describe('problemListFileName', () => {
  it('names the file after the dataset, without its path, query or odd characters', () => {
    expect(problemListFileName('custom/broken.json')).toBe('broken-problems.txt');
    expect(problemListFileName('https://data.example/x/atlas 2.json?v=3#top')).toBe('atlas-2-problems.txt');
    expect(problemListFileName('/assets/atlas-BhFff4iU.json')).toBe('atlas-BhFff4iU-problems.txt');
    expect(problemListFileName('../../')).toBe('atlas-problems.txt');
    expect(problemListFileName('\u202Eevil<>.json')).toBe('evil-problems.txt');
  });
});
