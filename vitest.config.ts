/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    // Build tests build the sample school once; browser tests need it too.
    globalSetup: ['tests/setup/build-once.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    reporters: ['default'],
  },
});
