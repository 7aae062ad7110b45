import { run } from './main.js';

// run catches what the gate throws and fails the step with it. No top-level await: the bundle is
// CommonJS, which has none.
void run();
