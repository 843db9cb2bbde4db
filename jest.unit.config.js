/** Unit tests: pure libs and app units, no services. */
module.exports = { ...require('./jest.shared'), testMatch: ['<rootDir>/{libs,apps,tools}/**/*.spec.ts'] };
