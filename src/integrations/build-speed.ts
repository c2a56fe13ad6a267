/**
 * Build-only Vite settings. Vite's dependency optimizer prepares packages for the dev server's
 * browser side; a build bundles them itself and never reads its output, yet the optimizer ran
 * during every build's content sync, and from scratch (3 s or more) whenever the settings differed
 * from the previous build's (another base path, another site address). It is switched off for builds
 * only; `npm run dev` keeps it.
 */
import type { AstroIntegration } from 'astro';

export function buildSpeed(): AstroIntegration {
  return {
    name: 'shkolnaya-stranitsa:build-speed',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { optimizeDeps: { noDiscovery: true, include: [] } } });
      },
    },
  };
}
