#!/usr/bin/env node
// Renders the committed outputs (test/__outputs__/*.md) to HTML styled like GitHub's Markdown and
// screenshots each page in headless Chromium, to look at a summary, comment or issue as a reviewer
// would see it. Usage: npm run preview [-- NAME…] → .preview/NAME.html and .preview/NAME.png
// Needs Debian's `chromium` (apt-get install -y chromium) or CHROMIUM=/path/to/chrome.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';

const root = resolve(import.meta.dirname, '..');
const outputs = join(root, 'test/__outputs__');
const out = join(root, '.preview');

/** GitHub renders raw HTML it allows (details, sub, pre), autolinks URLs and keeps line breaks as spaces. */
export const markdown = new MarkdownIt({ html: true, linkify: true });

const CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f6f8fa; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
.frame { max-width: 1012px; margin: 24px auto; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
.frame > header { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; color: #59636e; }
.markdown-body { padding: 16px 24px; font-size: 16px; word-wrap: break-word; }
.markdown-body > :first-child { margin-top: 0 !important; }
h1, h2, h3, h4 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
h1 { font-size: 2em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
h2 { font-size: 1.5em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
h3 { font-size: 1.25em; } h4 { font-size: 1em; }
p, ul, ol, table, pre, details, blockquote { margin: 0 0 16px; }
ul, ol { padding-left: 2em; } li + li { margin-top: .25em; } li > ul, li > ol { margin: .25em 0 0; }
a { color: #0969da; text-decoration: none; } a:hover { text-decoration: underline; }
code { padding: .2em .4em; font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; background: #818b981f; border-radius: 6px; white-space: break-spaces; }
pre { padding: 16px; overflow: auto; font-size: 85%; line-height: 1.45; background: #f6f8fa; border-radius: 6px; }
pre code { padding: 0; background: transparent; font-size: 100%; white-space: pre; }
table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th, td { padding: 6px 13px; border: 1px solid #d1d9e0; } th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
details summary { cursor: pointer; display: list-item; } details[open] > summary { margin-bottom: 8px; }
sub { font-size: 75%; color: #59636e; } hr { height: .25em; margin: 24px 0; background: #d1d9e0; border: 0; }
blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
`;

/** What kind of page a committed output is, for the frame's header. */
function frameTitle(name) {
  if (name.startsWith('summary-')) return 'driftgate — job summary';
  if (name.startsWith('pr-comment-')) return 'github-actions bot commented on the pull request';
  if (name.startsWith('issue-')) return 'Issue opened by github-actions bot';
  return name;
}

/** One committed output as a GitHub-like page. */
export function renderPage(name, md) {
  const escaped = name.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escaped}</title><style>${CSS}</style></head>
<body><div class="frame"><header>${frameTitle(name)} · <code>${escaped}</code></header>
<article class="markdown-body">${markdown.render(md)}</article></div></body></html>
`;
}

function chromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const c of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'])
    if (existsSync(c)) return c;
  return null;
}

function main() {
  const wanted = process.argv.slice(2);
  const names = readdirSync(outputs)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .filter((n) => wanted.length === 0 || wanted.includes(n))
    .sort();
  if (names.length === 0) throw new Error(`no output named ${wanted.join(', ')} in ${outputs}`);
  mkdirSync(out, { recursive: true });
  const browser = chromium();
  if (!browser) console.error('preview: no chromium found (apt-get install -y chromium); writing HTML only');
  const height = Number(process.env.PREVIEW_HEIGHT ?? 2000);
  for (const name of names) {
    const html = join(out, `${name}.html`);
    writeFileSync(html, renderPage(name, readFileSync(join(outputs, `${name}.md`), 'utf8')));
    if (!browser) {
      console.log(html);
      continue;
    }
    const profile = mkdtempSync(join(tmpdir(), 'driftgate-preview-'));
    try {
      execFileSync(
        browser,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--hide-scrollbars',
          `--user-data-dir=${profile}`,
          `--screenshot=${join(out, `${name}.png`)}`,
          `--window-size=1280,${height}`,
          `file://${html}`,
        ],
        { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 },
      );
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    console.log(join(out, `${name}.png`));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
