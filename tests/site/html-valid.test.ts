/** Valid HTML on every built page (html-validate, its recommended rules). */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import { filesOf } from '../helpers/built-site.ts';

const validator = new HtmlValidate({
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

describe('valid HTML', () => {
  test('every page passes html-validate with zero errors', async () => {
    const site = inject('sampleSite');
    const problems: string[] = [];
    for (const file of filesOf(site, '.html')) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity === 2) problems.push(`${relative(site, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
