import { randomBytes } from 'node:crypto';
import { redactSecrets } from '../core/redact.js';

/** A command's live output in the job log. */
export interface LiveOutput {
  write(chunk: string): void;
  end(): void;
}

/** Longest title shown on the group line; the command in full is in the snapshot's console. */
const MAX_TITLE_CHARS = 200;

/**
 * Streams a command's output into a collapsible group of the job log while it runs. Workflow
 * commands are switched off around it (`::stop-commands::` with an unguessable token), so a test
 * printing `::set-output::` or `::add-mask::` is shown, not obeyed; whole lines are redacted before
 * they are printed.
 */
export function createJobLogGroup(
  title: string,
  secrets: readonly string[],
  print: (text: string) => void = (t) => void process.stdout.write(t),
): LiveOutput {
  const token = randomBytes(16).toString('hex');
  const oneLine = title.replace(/[\r\n]+/g, ' ');
  const shown = oneLine.length > MAX_TITLE_CHARS ? `${oneLine.slice(0, MAX_TITLE_CHARS)}…` : oneLine;
  print(`::group::${redactSecrets(shown, secrets)}\n::stop-commands::${token}\n`);
  let pending = '';
  let ended = false;
  return {
    write(chunk) {
      if (ended) return;
      pending += chunk;
      const cut = pending.lastIndexOf('\n');
      if (cut < 0) {
        // A line that never ends is still shown, in pieces (a progress bar, a binary dump).
        if (pending.length < 64 * 1024) return;
        print(`${redactSecrets(pending, secrets)}\n`);
        pending = '';
        return;
      }
      print(redactSecrets(pending.slice(0, cut + 1), secrets));
      pending = pending.slice(cut + 1);
    },
    end() {
      if (ended) return;
      ended = true;
      const rest = pending ? `${redactSecrets(pending, secrets)}\n` : '';
      print(`${rest}::${token}::\n::endgroup::\n`);
    },
  };
}
