/**
 * Warnings (exit code 0): what the ministry's recommendations ask for but the content lacks. They never
 * stop the build.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { contentCopy, removeContentCopies, replace, withFile } from '../helpers/content-fixture.ts';
import { expectExactly, problemsOf } from './support.ts';

afterAll(removeContentCopies);

/** contacts.yaml without its second item (the psychologist). */
const withoutPsychologist = (text: string) => text.slice(0, text.indexOf('\n- id: psiholog')) + '\n';

describe('warnings', () => {
  test('no psychologist contact: a warning, not an error', () => {
    const dir = withFile('contacts.yaml', withoutPsychologist);
    const [problem] = expectExactly(dir, {
      severity: 'warning',
      file: 'contacts.yaml',
      line: 0,
      column: 0,
      field: '',
      message:
        /^нет телефона психологической поддержки \(kind: psychologist\) — добавьте школьного психолога или детский телефон доверия 8-800-2000-122$/,
    });
    expect(problem!.severity).toBe('warning');
  });

  test('a device-lending page under another file name: told to name it devices.md', () => {
    const page = (title: string, order: number) => `---\ntitle: "${title}"\norder: ${order}\nnav: true\n---\n\nТекст.\n`;
    for (const title of [
      'Как получить ноутбук на время обучения',
      'Техника для учёбы дома: как взять в школе',
      'Выдача ноутбуков и планшетов на время дистанта',
      'Устройство во временное пользование',
    ]) {
      const dir = contentCopy({ 'pages/devices.md': null, 'pages/lending.md': page(title, 3), 'pages/pravila.md': page('Правила', 4) });
      expectExactly(dir, {
        severity: 'warning',
        file: 'pages/lending.md',
        line: 0,
        column: 0,
        field: '',
        message: new RegExp(`^страница «${title}» похожа на страницу о выдаче устройств — назовите файл devices\\.md, `),
      });
    }
    // With devices.md in place, another page about devices is no mistake; nor is a page on another subject.
    expectExactly(contentCopy({ 'pages/vydacha.md': page('Выдача планшетов в 2026 году', 3) }));
    expectExactly(contentCopy({ 'pages/devices.md': null, 'pages/trebovaniya.md': page('Требования к технике', 3) }));
  });

  test('no hotline', () => {
    const dir = withFile('contacts.yaml', replace('kind: hotline', 'kind: administration'));
    expectExactly(dir, {
      severity: 'warning',
      file: 'contacts.yaml',
      line: 0,
      column: 0,
      field: '',
      message: /^нет горячей линии \(kind: hotline\) — /,
    });
  });

  test('no guide on connecting and none on homework', () => {
    const dir = contentCopy({ 'guides/sferum-vhod.md': replace('topic: connect', 'topic: lesson'), 'guides/domashnee-zadanie.md': null });
    expectExactly(
      dir,
      {
        severity: 'warning',
        file: 'guides/',
        line: 0,
        column: 0,
        field: '',
        message: /^нет инструкции о подключении к платформе \(topic: connect\) — /,
      },
      {
        severity: 'warning',
        file: 'guides/',
        line: 0,
        column: 0,
        field: '',
        message: /^нет инструкции о сдаче домашнего задания \(topic: homework\) — /,
      },
    );
  });

  test('no requirements, no meeting, no communication schedule', () => {
    const dir = contentCopy({ 'requirements.yaml': null, 'meetings/2026-11-19-5a.yaml': null, 'communication.yaml': null });
    expectExactly(
      dir,
      {
        severity: 'warning',
        file: 'requirements.yaml',
        line: 0,
        column: 0,
        field: '',
        message: /^нет минимальных технических требований к устройствам — /,
      },
      { severity: 'warning', file: 'meetings/', line: 0, column: 0, field: '', message: /^нет ни одного онлайн-родительского собрания — / },
      {
        severity: 'warning',
        file: 'communication.yaml',
        line: 0,
        column: 0,
        field: '',
        message: /^нет графика взаимодействия администрации, родителей и учителей — /,
      },
    );
  });

  test('warnings wait until the errors are fixed (errors come first, alone)', () => {
    const dir = contentCopy({ 'contacts.yaml': withoutPsychologist, 'faq/ocenki.md': replace('order: 1', 'order: один') });
    const problems = problemsOf(dir);
    expect(problems.map((problem) => `${problem.severity} ${problem.file}`)).toEqual(['error faq/ocenki.md']);
  });
});
