import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyPage, policySection } from './policy-page';

const readme = readFileSync('data/README.md', 'utf8');

describe('the source policy page', () => {
  const page = policyPage(readme, '9.9.9');

  it('declares UTF-8 itself, whatever the server sends', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
  });

  it('takes its look from a file of our origin, never inline (the site’s CSP refuses inline styles)', () => {
    expect(page).toContain('<link rel="stylesheet" href="source-policy.css">');
    expect(page).not.toMatch(/<style|style=|<script/);
  });

  it('holds the whole section of data/README.md and nothing after it', () => {
    expect(policySection(readme)).toContain('Weak sources never stand alone');
    expect(policySection(readme)).not.toContain('## Data dictionary');
    expect(page).toContain('<strong>Weak sources never stand alone.</strong>');
    expect(page).toContain('<td><code>aggregator</code></td>');
    expect(page).not.toMatch(/\*\*|^\|/m);
  });

  it('fails the build when the section is gone, rather than publish an empty page', () => {
    expect(() => policyPage('# data\n\n## Other\n', '1.0.0')).toThrow(/Source policy/);
  });
});
