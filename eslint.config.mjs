import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'scripts/**', '*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    rules: {
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The wall: analysis stays free of the editor and of the disk.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core must not depend on VS Code; put editor code in src/vscode.' },
            { name: 'fs', message: 'src/core takes text and returns data; do I/O in an adapter.' },
            { name: 'node:fs', message: 'src/core takes text and returns data; do I/O in an adapter.' },
            { name: 'fs/promises', message: 'src/core takes text and returns data; do I/O in an adapter.' },
            { name: 'node:fs/promises', message: 'src/core takes text and returns data; do I/O in an adapter.' },
          ],
        },
      ],
    },
  },
  {
    // The CLI and test launchers talk to the terminal.
    files: ['src/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
