import { defineConfig } from 'vitest/config';

// Unit tests run in Node; component tests opt into jsdom with a
// `// @vitest-environment jsdom` comment at their top.
export default defineConfig({
  test: {
    include: ['renderer/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
