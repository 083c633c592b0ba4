import { describe, expect, it } from 'vitest';
import { inlineHtml, markdownHtml } from './markdown-html';

describe('markdownHtml', () => {
  it('escapes the text before adding its own markup', () => {
    expect(inlineHtml('a <b> & **c** `d<e>` [f](https://x.example/?a=1)')).toBe(
      'a &lt;b&gt; &amp; <strong>c</strong> <code>d&lt;e&gt;</code> <a href="https://x.example/?a=1">f</a>',
    );
  });

  it('reads paragraphs, lists with continuation lines and pipe tables', () => {
    const html = markdownHtml(
      [
        'What counts:',
        '',
        '| Kind | Alone? |',
        '| --- | --- |',
        '| `wire` | Yes. |',
        '',
        '- **One.** First line',
        '  goes on.',
        '- Two.',
      ].join('\n'),
    );
    expect(html).toBe(
      [
        '<p>What counts:</p>',
        '<table>',
        '<thead><tr><th scope="col">Kind</th><th scope="col">Alone?</th></tr></thead>',
        '<tbody>',
        '<tr><td><code>wire</code></td><td>Yes.</td></tr>',
        '</tbody>',
        '</table>',
        '<ul>',
        '<li><strong>One.</strong> First line goes on.</li>',
        '<li>Two.</li>',
        '</ul>',
      ].join('\n'),
    );
  });
});
