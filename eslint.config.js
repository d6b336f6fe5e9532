// ESLint checks correctness only; formatting is Prettier's job (`npm run
// format`), so no stylistic rules here. Not type-aware, to stay fast.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// The Node globals our plain .js/.mjs/.cjs files use (TypeScript files get
// theirs from @types/node, and typescript-eslint turns no-undef off there).
const nodeGlobals = {
  process: 'readonly',
  console: 'readonly',
  module: 'writable',
  require: 'readonly',
  __dirname: 'readonly',
  URL: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
};

export default defineConfig(
  { ignores: ['node_modules/', '.data/', '.tmp/', 'dist/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: nodeGlobals },
    rules: {
      // `_name` marks an argument a signature needs but the body does not.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The domain is pure: time comes from a Clock port, settings as values.
    // (Import directions are checked by dependency-cruiser.)
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Pass values in; the domain does no I/O.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Take the time from a Clock; the domain has no clock of its own.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take the time from a Clock; the domain has no clock of its own.',
        },
      ],
    },
  },
  {
    // Only the composition root (src/*.ts: main, config, cli) reads the environment.
    files: ['src/*/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read settings in src/config.ts and pass them in.',
        },
      ],
    },
  },
);
