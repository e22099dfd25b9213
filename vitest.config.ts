import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: [
      'lib/**/*.test.{ts,tsx}',
      'components/**/*.test.{ts,tsx}',
      'content/**/*.test.{ts,tsx}',
      'background/**/*.test.{ts,tsx}',
      'entrypoints/**/*.test.{ts,tsx}',
      'seeds/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['lib/test-setup.ts'],
  },
});
