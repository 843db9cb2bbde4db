/** Integration tests: real PostgreSQL (a separate, freshly migrated test database) and real Redis. */
module.exports = {
  ...require('./jest.shared'),
  testMatch: ['<rootDir>/{libs,apps,tools}/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/tools/testing/int-global-setup.js',
  testTimeout: 30000,
};
