/**
 * Russian-looking people, ids, e-mails and phones for the synthetic school, from small word lists.
 * Surnames end in -ов/-ев/-ин so the feminine form is the masculine plus «а».
 */
import { translit } from '../../src/lib/translit.ts';
import type { Random } from './random.ts';

export { translit };

const SURNAMES = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Зайцев',
  'Борисов',
  'Яковлев',
  'Григорьев',
  'Романов',
  'Сергеев',
  'Кузьмин',
  'Фролов',
  'Дмитриев',
  'Гусев',
  'Ильин',
  'Максимов',
  'Поляков',
  'Сорокин',
  'Белов',
  'Медведев',
  'Антонов',
  'Тарасов',
  'Жуков',
  'Баранов',
  'Филиппов',
  'Комаров',
  'Давыдов',
  'Беляев',
  'Богданов',
  'Осипов',
  'Сидоров',
  'Матвеев',
  'Титов',
  'Марков',
  'Миронов',
  'Крылов',
  'Куликов',
  'Карпов',
  'Власов',
  'Денисов',
  'Гаврилов',
  'Тихонов',
  'Казаков',
  'Данилов',
  'Фомин',
  'Чернов',
  'Абрамов',
  'Ефимов',
  'Назаров',
  'Калинин',
  'Исаев',
  'Быков',
  'Маслов',
  'Родионов',
  'Лазарев',
  'Воронин',
  'Климов',
  'Голубев',
  'Прохоров',
];
const MALE_NAMES = [
  'Александр',
  'Алексей',
  'Андрей',
  'Антон',
  'Артём',
  'Борис',
  'Вадим',
  'Виктор',
  'Владимир',
  'Дмитрий',
  'Евгений',
  'Игорь',
  'Илья',
  'Кирилл',
  'Константин',
  'Максим',
  'Михаил',
  'Никита',
  'Олег',
  'Павел',
  'Роман',
  'Сергей',
  'Станислав',
  'Юрий',
];
const FEMALE_NAMES = [
  'Алина',
  'Анастасия',
  'Анна',
  'Валентина',
  'Вера',
  'Галина',
  'Дарья',
  'Екатерина',
  'Елена',
  'Жанна',
  'Ирина',
  'Ксения',
  'Лариса',
  'Любовь',
  'Людмила',
  'Марина',
  'Мария',
  'Надежда',
  'Наталья',
  'Нина',
  'Ольга',
  'Светлана',
  'Татьяна',
  'Юлия',
];
/** Fathers' names with their patronymic stems: «Сергеевич», «Сергеевна». */
const PATRONYMICS: readonly [string, string][] = [
  ['Александрович', 'Александровна'],
  ['Алексеевич', 'Алексеевна'],
  ['Андреевич', 'Андреевна'],
  ['Викторович', 'Викторовна'],
  ['Владимирович', 'Владимировна'],
  ['Дмитриевич', 'Дмитриевна'],
  ['Евгеньевич', 'Евгеньевна'],
  ['Иванович', 'Ивановна'],
  ['Игоревич', 'Игоревна'],
  ['Михайлович', 'Михайловна'],
  ['Николаевич', 'Николаевна'],
  ['Олегович', 'Олеговна'],
  ['Павлович', 'Павловна'],
  ['Петрович', 'Петровна'],
  ['Сергеевич', 'Сергеевна'],
  ['Юрьевич', 'Юрьевна'],
];

export interface Person {
  /** «Петрова Анна Сергеевна». */
  name: string;
  /** `petrova-a-s`, unique within the school. */
  id: string;
  /** `petrova.as`: the local part of the work e-mail. */
  mailbox: string;
  /** `@petrova_as`: the handle on messengers. */
  handle: string;
}

/** Makes people with unique ids (a repeated id gets «-2», «-3»). */
export function createPeople(random: Random): () => Person {
  const taken = new Map<string, number>();
  return () => {
    const female = random.chance(0.75); // most school staff in Russia are women
    const surnameStem = random.pick(SURNAMES);
    const surname = female ? `${surnameStem}а` : surnameStem;
    const first = random.pick(female ? FEMALE_NAMES : MALE_NAMES);
    const patronymic = random.pick(PATRONYMICS)[female ? 1 : 0];
    const [s, i, o] = [translit(surname), translit(first[0]!), translit(patronymic[0]!)];
    const base = `${s}-${i}-${o}`;
    const seen = (taken.get(base) ?? 0) + 1;
    taken.set(base, seen);
    const suffix = seen === 1 ? '' : `${seen}`;
    return {
      name: `${surname} ${first} ${patronymic}`,
      id: seen === 1 ? base : `${base}-${seen}`,
      mailbox: `${s}.${i}${o}${suffix}`,
      handle: `@${s}_${i}${o}${suffix}`,
    };
  };
}

/** A city number of the school's area: «8 (3843) 3x-xx-xx». */
export function cityPhone(random: Random, areaCode = '3843'): string {
  const two = () => String(random.int(0, 99)).padStart(2, '0');
  return `8 (${areaCode}) 3${random.int(0, 9)}-${two()}-${two()}`;
}

/** A mobile number: «+7 905 123-45-67». */
export function mobilePhone(random: Random): string {
  const operator = random.pick(['905', '913', '923', '950', '960', '983']);
  const two = () => String(random.int(0, 99)).padStart(2, '0');
  return `+7 ${operator} ${random.int(100, 999)}-${two()}-${two()}`;
}
