import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // Svelte components must resolve to their browser build under Vitest.
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    // Under `npm test` the unit tests share two cores with the end-to-end tests: a test's first
    // dynamic import (transformed on the fly) has taken over 5 s there. No unit test is a timing
    // measure (speed is `npm run bench`'s), so the default 5 s only turned slowness into failures.
    testTimeout: 30_000,
    // Clears .test-logs/, where every server log of the run goes (checked for addresses at the end).
    globalSetup: ['tests/support/test-logs.ts'],
  },
});
