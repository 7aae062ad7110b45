/** Every recorded case: the classification the rules must give, the findings and what they must name. */
export const EXPECTED: Record<string, { classification: string; codes: string[]; names?: string[] }> = {
  'vitest-pass': { classification: 'STABLE', codes: [] },
  'vitest-mixed': {
    classification: 'PRODUCT_DRIFT',
    codes: ['TESTS_FAILED'],
    names: ['tests/ledger.test.js > ledger > sums entries'],
  },
  'vitest-import-fail': {
    classification: 'PRODUCT_DRIFT',
    codes: ['SUITE_FAILED'],
    names: ['tests/report.test.js'],
  },
  'vitest-unhandled-error': {
    classification: 'PRODUCT_DRIFT',
    codes: ['EXIT_FAILED'],
    names: ['ledger flush failed after the test returned'],
  },
  'vitest-setup-missing': {
    classification: 'TOOLING_DRIFT',
    codes: ['SUITES_SAME_ERROR', 'NO_TESTS_RAN'],
    names: ['setup-that-was-deleted.js'],
  },
  'vitest-no-test-files': {
    classification: 'TOOLING_DRIFT',
    codes: ['TOOLING_SIGNATURE', 'NO_TESTS_RAN'],
    names: ['No test files found'],
  },
  'vitest-pass-with-no-tests': {
    classification: 'TOOLING_DRIFT',
    codes: ['TOOLING_SIGNATURE', 'NO_TESTS_RAN'],
    names: ['No test files found, exiting with code 0'],
  },
  'vitest-report-dir-unwritable': {
    classification: 'TOOLING_DRIFT',
    codes: ['TOOLING_SIGNATURE', 'REPORT_MISSING'],
    names: ['ENOTDIR', 'reports/vitest.json'],
  },
  'vitest-config-error': {
    classification: 'TOOLING_DRIFT',
    codes: ['TOOLING_SIGNATURE', 'REPORT_MISSING', 'NO_EVIDENCE_OF_PASS'],
    names: ['failed to load config'],
  },
  'vitest-binary-missing': {
    classification: 'TOOLING_DRIFT',
    codes: ['TOOLING_SIGNATURE', 'REPORT_MISSING', 'NO_EVIDENCE_OF_PASS'],
    names: ['vitset: command not found'],
  },
  'vitest-report-truncated': {
    classification: 'TOOLING_DRIFT',
    codes: ['REPORT_TRUNCATED'],
    names: ['reports/vitest.json'],
  },
  'vitest-report-empty': {
    classification: 'TOOLING_DRIFT',
    codes: ['REPORT_EMPTY'],
    names: ['reports/vitest.json'],
  },
  'vitest-report-foreign': {
    classification: 'TOOLING_DRIFT',
    codes: ['REPORT_NOT_A_REPORT'],
    names: ['reports/vitest.json'],
  },
  'jest-pass': { classification: 'STABLE', codes: [] },
  'jest-mixed': {
    classification: 'PRODUCT_DRIFT',
    codes: ['TESTS_FAILED'],
    names: ['price.test.js > pricing > applies a discount'],
  },
  'jest-unrecognized-flag': {
    classification: 'TOOLING_DRIFT',
    codes: ['TOOLING_SIGNATURE', 'REPORT_MISSING', 'NO_EVIDENCE_OF_PASS'],
    names: ['Unrecognized CLI Parameter'],
  },
  'jest-no-tests': {
    classification: 'TOOLING_DRIFT',
    codes: ['TOOLING_SIGNATURE', 'NO_TESTS_RAN'],
    names: ['No tests found'],
  },
  'node-test-pass': { classification: 'STABLE', codes: [] },
  'node-test-mixed': {
    classification: 'PRODUCT_DRIFT',
    codes: ['TESTS_FAILED'],
    names: ['pricing > applies a discount'],
  },
  'node-test-tap-console': { classification: 'PRODUCT_DRIFT', codes: ['CONSOLE_FAILED'] },
  'mocha-pass': { classification: 'STABLE', codes: [] },
  'mocha-mixed': {
    classification: 'PRODUCT_DRIFT',
    codes: ['TESTS_FAILED'],
    names: ['price.spec.cjs > pricing > applies a discount'],
  },
  'mocha-spec-console': { classification: 'PRODUCT_DRIFT', codes: ['CONSOLE_FAILED'] },
  'pytest-mixed': {
    classification: 'PRODUCT_DRIFT',
    codes: ['TESTS_FAILED'],
    names: ['test_price > test_applies_a_discount'],
  },
  'heap-out-of-memory': {
    classification: 'TOOLING_DRIFT',
    codes: ['TOOLING_SIGNATURE', 'NO_EVIDENCE_OF_PASS'],
    names: ['heap out of memory'],
  },
  killed: {
    classification: 'TOOLING_DRIFT',
    codes: ['TOOLING_SIGNATURE', 'NO_EVIDENCE_OF_PASS'],
    names: ['SIGKILL'],
  },
  'npm-integrity': {
    classification: 'TOOLING_DRIFT',
    codes: ['TOOLING_SIGNATURE', 'NO_EVIDENCE_OF_PASS'],
    names: ['npm error code EINTEGRITY'],
  },
  'npm-out-of-sync': {
    classification: 'TOOLING_DRIFT',
    codes: ['TOOLING_SIGNATURE', 'NO_EVIDENCE_OF_PASS'],
    names: ['npm error code EUSAGE'],
  },
  'npm-missing-script': {
    classification: 'TOOLING_DRIFT',
    codes: ['TOOLING_SIGNATURE', 'NO_EVIDENCE_OF_PASS'],
    names: ['Missing script: "test:unit"'],
  },
};
