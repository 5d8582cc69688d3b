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
    // Clears .test-logs/, where every server log of the run goes (checked for addresses at the end).
    globalSetup: ['tests/support/test-logs.ts'],
  },
});
