/** The project's HTML validity rules (html-validate, recommended), shared by every page test. */
import { HtmlValidate } from 'html-validate';

export const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's compressed output puts attributes and text on one line; these are style, not validity.
    'no-inline-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    'no-redundant-role': 'off',
    // Russian typography uses «» and — as written by editors.
    'no-raw-characters': 'off',
    'unique-landmark': 'error',
    // Anchors are content ids (meeting files are named by date: `2026-11-24-9a`); HTML5 allows an id
    // to start with a digit, only whitespace is invalid.
    'valid-id': ['error', { relaxed: true }],
  },
});
