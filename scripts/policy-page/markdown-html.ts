/**
 * Just enough Markdown for the source policy's section of data/README.md: paragraphs, "- " lists
 * (continuation lines indented), pipe tables, headings, **bold**, `code` and [links](url). Text is
 * escaped before any markup is added, so the page holds no HTML it did not write itself.
 */
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function inlineHtml(text: string): string {
  return escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

function tableHtml(lines: string[]): string {
  const [head, , ...rows] = lines;
  const th = cells(head!).map((cell) => `<th scope="col">${inlineHtml(cell)}</th>`);
  const trs = rows.map(
    (row) =>
      `<tr>${cells(row)
        .map((cell) => `<td>${inlineHtml(cell)}</td>`)
        .join('')}</tr>`,
  );
  return `<table>\n<thead><tr>${th.join('')}</tr></thead>\n<tbody>\n${trs.join('\n')}\n</tbody>\n</table>`;
}

/** Blocks are separated by blank lines; a block's first line says what it is. */
export function markdownHtml(markdown: string): string {
  const blocks = markdown
    .trim()
    .split(/\n\s*\n/)
    .map((block) => block.split('\n'));
  return blocks
    .map((lines) => {
      const first = lines[0]!;
      const heading = /^(#{1,6}) (.*)$/.exec(first);
      if (heading) return `<h${heading[1]!.length}>${inlineHtml(heading[2]!)}</h${heading[1]!.length}>`;
      if (first.startsWith('|')) return tableHtml(lines);
      if (first.startsWith('- ')) {
        const items = lines.join('\n').split(/^- /m).slice(1);
        const lis = items.map((item) => `<li>${inlineHtml(item.replace(/\s*\n\s*/g, ' ').trim())}</li>`);
        return `<ul>\n${lis.join('\n')}\n</ul>`;
      }
      return `<p>${inlineHtml(lines.map((line) => line.trim()).join(' '))}</p>`;
    })
    .join('\n');
}
