// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Lint rules, including the dependency rule of the architecture: the domain knows nothing of chat
 * SDKs, HTTP servers or the store; services know the domain and their ports only; chat SDK types
 * stay inside their channel folder.
 */
const CHAT_AND_SERVER = [
  'botbuilder',
  'botbuilder-*',
  'botframework-*',
  '@slack/*',
  'restify',
  'restify-*',
  'adaptivecards*',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The local chat page runs in the browser, with the Adaptive Cards renderer as a global.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, AdaptiveCards: 'readonly' } },
  },
  {
    // The meeting panel's page runs in the browser (bundled by vite from src/tab/).
    files: ['src/tab/**/*.ts'],
    ignores: ['src/tab/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...CHAT_AND_SERVER, 'lowdb', 'lowdb/*', 'commander', 'node:*', 'fs', 'path'],
              message: 'The domain is pure: no SDKs, servers, store or I/O.',
            },
            {
              group: [
                '**/services/**',
                '**/store/**',
                '**/channels/**',
                '**/cli/**',
                '**/conversation/**',
                '**/agenda-import/**',
                '**/i18n/**',
                '**/errors/**',
              ],
              message: 'The domain depends on nothing else in samrad.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/services/**/*.ts', 'src/agenda-import/**/*.ts', 'src/conversation/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...CHAT_AND_SERVER, 'lowdb', 'lowdb/*', 'commander'],
              message: 'Use cases are channel- and store-neutral: take ports as arguments.',
            },
            {
              group: ['**/store/**', '**/channels/**', '**/cli/**'],
              message: 'Use cases depend on the domain and their ports, not on adapters.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...CHAT_AND_SERVER, '**/channels/**'],
              message: 'Chat SDKs stay inside src/channels/.',
            },
          ],
        },
      ],
    },
  },
);
