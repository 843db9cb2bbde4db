/**
 * Browser tests of the web app against a running platform (api + worker + web), driven by playwright-core
 * with Debian's chromium. Start the platform first; WEB_URL and API_URL say where it runs.
 */
module.exports = {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Jest loads its config as CommonJS
  ...require('../../jest.shared'),
  testMatch: ['<rootDir>/apps/web/e2e/**/*.e2e-spec.ts'],
  testTimeout: 120000,
};
