/** Rule 3: one to three platforms, exactly one of them primary. */
import { afterAll, describe, expect, test } from 'vitest';
import { contentCopy, positionOf, removeContentCopies, replace, withFile } from '../helpers/content-fixture.ts';
import { expectClean, expectExactly, expectProblem, problemsOf } from './support.ts';

afterAll(removeContentCopies);

const extraPlatform = (name: string, host: string) => `name: ${name}\nurl: https://${host}\nkind: [video]\nprimary: false\n`;

describe('rule 3: platforms', () => {
  test('no primary platform', () => {
    const dir = withFile('platforms/sferum.yaml', replace('primary: true', 'primary: false'));
    // Reported once, on the first platform's `primary`.
    expectExactly(dir, {
      file: 'platforms/moya-shkola.yaml',
      ...positionOf(dir, 'platforms/moya-shkola.yaml', 'false'),
      field: 'primary',
      message: /^ни одна платформа не отмечена как основная — поставьте primary: true у той, которой школа пользуется в первую очередь$/,
    });
  });

  test('two primary platforms: the second one is told to be primary: false', () => {
    const dir = withFile('platforms/moya-shkola.yaml', replace('primary: false', 'primary: true'));
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    const file = problem!.file;
    expect(['platforms/moya-shkola.yaml', 'platforms/sferum.yaml']).toContain(file);
    const other = file === 'platforms/sferum.yaml' ? 'moya-shkola' : 'sferum';
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, 'true'),
      field: 'primary',
      message: new RegExp(`^основной может быть только одна платформа, а уже отмечена «${other}» — поставьте здесь primary: false$`),
    });
  });

  test('no platforms at all: the missing section is an error', () => {
    const dir = contentCopy({ 'platforms/sferum.yaml': null, 'platforms/moya-shkola.yaml': null });
    expectProblem(problemsOf(dir), {
      file: 'platforms/',
      line: 0,
      column: 0,
      field: '',
      message: /^нет обязательного раздела «платформа» — создайте папку с файлами platforms\/ по образцу$/,
    });
  });

  test('three platforms are allowed (one primary, two spare)', () => {
    expectClean(contentCopy({ 'platforms/yandex-telemost.yaml': extraPlatform('Яндекс Телемост', 'telemost.yandex.ru') }));
  });

  test('four platforms: an error on a secondary platform, never on the primary one', () => {
    const dir = contentCopy({
      'platforms/a-zoom.yaml': extraPlatform('Видеосвязь', 'video.example.ru'),
      'platforms/yandex-telemost.yaml': extraPlatform('Яндекс Телемост', 'telemost.yandex.ru'),
    });
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem!.file).toMatch(/^platforms\//);
    expect(problem!.file).not.toBe('platforms/sferum.yaml');
    expect(problem).toMatchObject({ severity: 'error', line: 1, column: 1, field: '' });
    expect(problem!.message).toBe(
      'платформ 4, а допускается не больше 3 — рекомендация министерства: одна платформа на всю школу; оставьте основную и одну-две запасные',
    );
  });

  test('a primary platform with an error of its own does not also read as «no primary platform»', () => {
    const file = 'platforms/sferum.yaml';
    const dir = withFile(file, replace('url: https://sferum.ru', 'url: sferum.ru'));
    expectExactly(dir, {
      file,
      ...positionOf(dir, file, 'sferum.ru'),
      field: 'url',
      message: /^ссылка должна быть полной и начинаться с https:\/\/ — /,
    });
  });
});
