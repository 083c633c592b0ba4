/**
 * The source policy as a page of the site (`source-policy.html`), built from its section of
 * data/README.md so the two never drift. A raw .md file is served as text/markdown with no charset,
 * which browsers show as garbled bytes; an HTML page that declares UTF-8 reads the same everywhere.
 */
import { markdownHtml } from './markdown-html.ts';

export const POLICY_PAGE = 'source-policy.html';
/** Its look, a file of its own: the site's CSP allows styles from our origin only, never inline. */
export const POLICY_STYLES = 'source-policy.css';
export const policyStyles = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #8888; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
li { margin: 0.4rem 0; }
code { font-size: 0.9em; }
`;
const SECTION = '## Source policy';

/** The section's Markdown, from its heading to the next heading of the same level. */
export function policySection(readme: string): string {
  const start = readme.indexOf(`\n${SECTION}\n`);
  if (start < 0) throw new Error(`data/README.md has no "${SECTION}" section`);
  const body = readme.slice(start + SECTION.length + 2);
  const end = body.search(/^## /m);
  return end < 0 ? body : body.slice(0, end);
}

export function policyPage(readme: string, version: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Source policy — Compute Atlas</title>
<link rel="stylesheet" href="${POLICY_STYLES}">
</head>
<body>
<main>
<p><a href="./">← Compute Atlas</a></p>
<h1>Source policy</h1>
<p>How the Compute Atlas dataset (version ${version}) chooses and labels its sources. From data/README.md.</p>
${markdownHtml(policySection(readme))}
</main>
</body>
</html>
`;
}
