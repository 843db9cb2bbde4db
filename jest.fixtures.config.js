/** The suite on the real report documents in ../shared/fixtures (present on developer machines and in CI). */
module.exports = { ...require('./jest.shared'), testMatch: ['<rootDir>/{libs,apps,tools}/**/*.fixture-spec.ts'] };
