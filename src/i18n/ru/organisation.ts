/**
 * Russian words of the pages on how distance learning is organised and on what basis: the plan of
 * measures, the coordinators and the documents. Part of the dictionary of ../ru.ts.
 */
export const organisationWords = {
  plan: {
    status: { planned: 'Запланировано', 'in-progress': 'Выполняется', done: 'Выполнено' } as Record<string, string>,
    overdue: 'Просрочено',
    deadline: 'Срок',
    responsible: 'Ответственный',
    intro: 'Что школа делает, чтобы организовать дистанционное обучение, к какому сроку и кто за это отвечает.',
    summary: (done: number, total: number) => `Выполнено ${done} из ${total}`,
    inProgress: (n: number) => `выполняется: ${n}`,
    overdueCount: (n: number) => `просрочено: ${n}`,
    basis: 'Утверждён',
    measures: 'Мероприятия',
    none: 'План-график пока не опубликован.',
  },
  coordinators: { school: 'Школьный уровень', municipal: 'Муниципальный уровень', regional: 'Региональный уровень' } as Record<
    string,
    string
  >,
  coordinatorsPage: {
    intro:
      'Кто отвечает за дистанционное обучение в школе, в управлении образования и в регионе. Если вопрос не решается в школе, обращайтесь к координатору следующего уровня.',
  },
  documents: {
    order: 'Приказ',
    regulation: 'Положение',
    recommendation: 'Рекомендации',
    other: 'Документ',
    number: '№',
    from: 'от',
  } as Record<string, string>,
  documentList: {
    intro: 'Приказы и положения школы о дистанционном обучении, а также рекомендации, на которые они опираются. Сначала новые.',
    open: 'Открыть документ',
    basis: 'Основание дистанционного обучения',
    noFile: 'Файл документа пока не опубликован.',
  },
} as const;
