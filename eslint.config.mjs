import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const frameworkPackages = ['@nestjs/*', 'next', 'next/*', 'react', 'react-dom', '@prisma/*', 'bullmq', 'ioredis', 'pg', 'express'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/.next/**', '**/node_modules/**', '**/generated/**', 'coverage/**', '**/next-env.d.ts'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // Domain libs are plain TypeScript: no framework, no I/O, only other domain libs.
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: frameworkPackages },
            { sourceTag: 'type:contract', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: frameworkPackages.filter((p) => p !== 'bullmq') },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain', 'type:contract', 'type:data'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:domain', 'type:contract', 'type:data'] },
            // Apps import libs, never each other.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:contract', 'type:data'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared', 'scope:web'] },
          ],
        },
      ],
    },
  },
);
