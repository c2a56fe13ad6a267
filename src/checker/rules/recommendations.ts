/** Warnings: what the ministry's recommendations ask for but the content lacks. The build goes on. */
import { collections } from '../../content-model/collections.ts';
import type { Problem } from '../../content-model/problem.ts';
import { LENDING_TITLE } from '../../lib/lending-title.ts';
import { LENDING_PAGE_ID } from '../../site/routes.ts';
import type { ContentModel } from '../model.ts';

function warning(file: string, message: string): Problem {
  return { severity: 'warning', file, line: 0, column: 0, field: '', message };
}

export function checkRecommendations(model: ContentModel): Problem[] {
  const warnings: Problem[] = [];
  const contactKinds = new Set(model.contacts.map((contact) => contact.data.kind));
  const guideTopics = new Set(model.guides.map((guide) => guide.data.topic));
  const { contacts, guides, requirements, meetings, communication } = collections;
  if (!contactKinds.has('hotline')) {
    warnings.push(
      warning(
        contacts.storage.file,
        'нет горячей линии (kind: hotline) — министерство рекомендует публиковать телефон горячей линии по дистанционному обучению',
      ),
    );
  }
  if (!contactKinds.has('psychologist')) {
    warnings.push(
      warning(
        contacts.storage.file,
        'нет телефона психологической поддержки (kind: psychologist) — добавьте школьного психолога или детский телефон доверия 8-800-2000-122',
      ),
    );
  }
  if (!guideTopics.has('connect')) {
    warnings.push(
      warning(
        `${guides.storage.dir}/`,
        'нет инструкции о подключении к платформе (topic: connect) — добавьте пошаговую инструкцию для учеников',
      ),
    );
  }
  if (!guideTopics.has('homework')) {
    warnings.push(warning(`${guides.storage.dir}/`, 'нет инструкции о сдаче домашнего задания (topic: homework) — добавьте её'));
  }
  if (model.requirements.length === 0) {
    warnings.push(warning(requirements.storage.file, 'нет минимальных технических требований к устройствам — создайте файл по образцу'));
  }
  if (model.meetings.length === 0) {
    warnings.push(warning(`${meetings.storage.dir}/`, 'нет ни одного онлайн-родительского собрания — добавьте хотя бы одно'));
  }
  if (model.communication.length === 0) {
    warnings.push(
      warning(communication.storage.file, 'нет графика взаимодействия администрации, родителей и учителей — создайте файл по образцу'),
    );
  }
  // The site links the lending page by its file name; one named otherwise is a page no link leads to.
  if (!model.pages.some((page) => page.id === LENDING_PAGE_ID)) {
    for (const page of model.pages.filter((entry) => LENDING_TITLE.test(entry.data.title))) {
      warnings.push(
        warning(
          page.file,
          `страница «${page.data.title}» похожа на страницу о выдаче устройств — назовите файл ${LENDING_PAGE_ID}.md, ` +
            'тогда на неё будут вести ссылки с главной и со страницы «Требования к устройствам» (сейчас они ведут на «Вопросы и ответы»)',
        ),
      );
    }
  }
  for (const person of model.staff) {
    if (person.data.email === undefined) {
      warnings.push(
        warning(person.file, `у сотрудника «${person.data.name}» нет email — родители не смогут ему написать; добавьте рабочую почту`),
      );
    }
  }
  return warnings;
}
