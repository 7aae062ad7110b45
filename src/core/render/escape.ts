/**
 * Escapes untrusted text (paths, test names, branch names) for GitHub Markdown, inline:
 * no HTML tag, entity, mention, link, emphasis or table cell can be opened or closed by it.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~<>&"]/g, (ch) => `&#${ch.charCodeAt(0)};`)
    .replace(/@/g, '@&#8203;')
    .replace(/\r\n|\r|\n/g, ' ');
}

/**
 * A lighter escape for untrusted text inside prose that never starts a line: tags, entities,
 * mentions, links, code spans, emphasis and table cells cannot be opened or closed, while
 * ordinary punctuation (dots, dashes, parentheses) stays readable in the raw Markdown.
 */
export function escapeProse(text: string): string {
  return text
    .replace(/[\\`*{}[\]<>|~&]/g, (ch) => `&#${ch.charCodeAt(0)};`)
    .replace(/@/g, '@&#8203;')
    .replace(/\r\n|\r|\n/g, ' ');
}

/**
 * Commands as a code block. Plain commands (a `>` redirect included) get a fence; a command
 * holding `<` (a hostile rule id or path) goes into `<pre><code>` with `<`, `>` and `&` as
 * entities, so no tag text appears raw in the Markdown at all.
 */
export function codeBlock(lines: readonly string[], indent = ''): string[] {
  if (!lines.some((l) => l.includes('<'))) return fence(lines, 'sh', indent);
  const html = lines.map((l) =>
    l.replace(/\r\n|\r|\n/g, ' ').replace(/[<>&]/g, (ch) => `&#${ch.charCodeAt(0)};`),
  );
  return [`${indent}<pre><code>${html.join('\n')}</code></pre>`];
}

/** A fenced code block that the content cannot close: the fence is longer than any backtick run in it. */
export function fence(lines: readonly string[], info = '', indent = ''): string[] {
  const longest = Math.max(
    0,
    ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))),
  );
  const f = '`'.repeat(Math.max(3, longest + 1));
  return [
    `${indent}${f}${info}`,
    ...lines.map((l) => `${indent}${l.replace(/\r\n|\r|\n/g, ' ')}`),
    `${indent}${f}`,
  ];
}
