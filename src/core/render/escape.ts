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
