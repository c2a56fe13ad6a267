/** Valid HTML on every built page (html-validate, its recommended rules). */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { filesOf } from '../helpers/built-site.ts';
import { validator } from '../helpers/html-validator.ts';

describe('valid HTML', () => {
  test('every page passes html-validate with zero errors', async () => {
    const site = inject('sampleSite');
    const problems: string[] = [];
    for (const file of filesOf(site, '.html')) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity === 2)
            problems.push(`${relative(site, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
