// One transform and one path mapping for every Jest config: tests run the libs' TypeScript sources.
const swcrc = require('fs').readFileSync(__dirname + '/.swcrc', 'utf8');
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...JSON.parse(swcrc), swcrc: false }] },
  // The generated Prisma client imports its own modules as './x.js' (importFileExtension js): map them to the .ts sources.
  moduleNameMapper: { '^@nianbao/([a-z-]+)$': '<rootDir>/libs/$1/src', '^(\\.{1,2}/.*)\\.js$': '$1' },
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.next/'],
};
