/** The editors' guide's region examples (```yaml region-file=…) pass the region's schemas as they are. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { municipalitySchema, regionSchema } from '../../src/region/schemas.ts';

const guide = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'README.md'), 'utf8');
const examples = [...guide.matchAll(/^```yaml region-file=(\S+)\n([\s\S]*?)^```$/gm)].map(([, file, text]) => ({
  file: file!,
  text: text!,
}));

describe('region examples in content/README.md', () => {
  test('there is one for region.yaml and one for a municipality', () => {
    expect(examples.map((example) => example.file)).toEqual(['region.yaml', 'municipalities/novokuznetsk.yaml']);
  });

  test.each(examples)('$file passes its schema', ({ file, text }) => {
    const schema = file === 'region.yaml' ? regionSchema() : municipalitySchema();
    const result = schema.safeParse(parse(text, { version: '1.2' }));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });
});
