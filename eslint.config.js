// ESLint: JavaScript's and TypeScript's recommended rules, and Astro's for .astro files.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist.*/', '.astro/', '.bench/', '.build/', 'node_modules/', 'coverage/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  // Configuration files and scripts run on Node.
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  // …except the plain scripts the region's portal pages load, which run in the browser.
  { files: ['src/region/client/**/*.js'], languageOptions: { globals: globals.browser } },
  {
    rules: {
      // `_`-prefixed names are deliberately unused (positional parameters); rest siblings leave keys out of a copy.
      // The checker's messages separate position, field and text by two spaces; tests match them literally.
      'no-regex-spaces': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
);
