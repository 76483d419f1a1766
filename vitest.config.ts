import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Every card is also expanded by the official templating library and compared (render-card.ts).
    env: { SAMRAD_CHECK_CARDS: '1' },
  },
});
