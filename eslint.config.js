import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

/** Where code runs decides what it may import: these rules keep the layers of the README's layout apart. */
const noClassicZod = { name: 'zod', message: "Use 'zod/mini': classic zod is 24 KB gzip on the first screen." };

export default ts.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/', 'data/', '.test-logs/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
    rules: {
      // Hash links (#/...) are the router; Svelte's resolve() is for SvelteKit.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [noClassicZod, 'dexie', 'svelte', 'hono', 'better-sqlite3'],
          patterns: [
            { group: ['node:*'], message: 'src/core runs everywhere: no Node modules.' },
            { group: ['**/client/**', '**/server/**'], message: 'src/core imports neither client nor server.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/client/**'],
    ignores: ['src/client/storage/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Only src/client/storage/db.ts imports Dexie.' }, noClassicZod],
          patterns: [{ group: ['**/server/**'], message: 'The client never imports the server.' }],
        },
      ],
    },
  },
  {
    files: ['src/client/components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Only src/client/storage/db.ts imports Dexie.' }, noClassicZod],
          patterns: [
            {
              group: ['**/storage/**'],
              allowTypeImports: true,
              message: 'Components take props and raise callbacks; state classes talk to storage.',
            },
            {
              // The language is read everywhere; any other state is created or driven by a screen
              // (screens/ and screens/parts/), which hands components what they show.
              group: ['**/state/**', '!**/state/locale.svelte.ts'],
              allowTypeImports: true,
              message: 'Components take props and raise callbacks: state belongs to screens and screens/parts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The board PDF lays out report/'s content; export/ loads the PDF. One direction only.
    files: ['src/client/pdf/**', 'src/client/report/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Only src/client/storage/db.ts imports Dexie.' }, noClassicZod],
          patterns: [
            { group: ['**/server/**'], message: 'The client never imports the server.' },
            { group: ['**/export/**'], message: 'pdf/ and report/ never import export/: export/ reads them.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/client/**'], message: 'The server never imports the client.' }] },
      ],
    },
  },
);
