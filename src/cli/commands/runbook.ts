import type { CommandInput } from '../io.js';
import { runView } from './policy.js';

/** `driftgate runbook` (also `driftgate policy runbook`): the runbooks the policies call for, with the classification's. */
export const run = (input: CommandInput): Promise<number> => runView('runbook', input);
