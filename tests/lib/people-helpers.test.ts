/** Unit tests of the pure helpers behind the contacts, staff, coordinators and communication pages. */
import { describe, expect, test } from 'vitest';
import { communicationByAudience, responsibleOf, scheduleText } from '../../src/lib/communication.ts';
import { splitContactText } from '../../src/lib/contact-text.ts';
import {
  contactsByKind,
  embedCalls,
  hasOwnCard,
  hotlinesOrHomeContacts,
  platformSupportContacts,
  schoolContact,
  SCHOOL_CONTACT_ID,
} from '../../src/lib/contacts.ts';
import { coordinatorContact, coordinatorsByLevel } from '../../src/lib/coordinators.ts';
import { groupInOrder } from '../../src/lib/group.ts';
import { accountViews, classesLedBy, classLinks, compareStaff, staffByGroup } from '../../src/lib/staff.ts';

describe('groupInOrder', () => {
  test('groups in the given order, leaves out empty groups, keeps item order', () => {
    const items = [
      { k: 'b', n: 1 },
      { k: 'a', n: 2 },
      { k: 'b', n: 3 },
    ];
    expect(groupInOrder(items, ['a', 'c', 'b'], (item) => item.k)).toEqual([
      { key: 'a', items: [{ k: 'a', n: 2 }] },
      {
        key: 'b',
        items: [
          { k: 'b', n: 1 },
          { k: 'b', n: 3 },
        ],
      },
    ]);
  });
});

describe('contacts', () => {
  test('embedCalls lists every hotline with a phone, in file order', () => {
    const contacts = [
      { id: 'psy', kind: 'psychologist' as const, phones: ['8 (3843) 36-43-72'] },
      { id: 'hot-1', kind: 'hotline' as const, phones: ['8 (3843) 36-43-70'] },
      { id: 'hot-mail', kind: 'hotline' as const, phones: [] },
      { id: 'hot-2', kind: 'hotline' as const, phones: ['8-800-2000-122'] },
    ];
    expect(embedCalls(contacts).map((c) => c.id)).toEqual(['hot-1', 'hot-2']);
  });

  test('embedCalls without a hotline lists the first home-page contact with a phone, by kind order', () => {
    const contacts = [
      { id: 'other', kind: 'other' as const, phones: ['8 (3843) 36-43-79'] },
      { id: 'it', kind: 'it-support' as const, phones: ['8 (3843) 36-43-71'] },
      { id: 'psy-mail', kind: 'psychologist' as const, phones: [] },
      { id: 'social', kind: 'social' as const, phones: ['8 (3843) 36-43-73'] },
    ];
    expect(embedCalls(contacts).map((c) => c.id)).toEqual(['social']);
    expect(embedCalls([{ id: 'other', kind: 'other' as const, phones: ['8 (3843) 36-43-79'] }])).toEqual([]);
  });

  test('hotlinesOrHomeContacts: every hotline, even one without a phone; without one the home-page kinds in order', () => {
    const hot = { id: 'hot', kind: 'hotline' as const };
    const social = { id: 'social', kind: 'social' as const };
    const psy = { id: 'psy', kind: 'psychologist' as const };
    const other = { id: 'other', kind: 'other' as const };
    expect(hotlinesOrHomeContacts([social, hot, other])).toEqual([hot]);
    expect(hotlinesOrHomeContacts([social, other, psy])).toEqual([psy, social]);
  });

  test('every contact has its own card except one named like the file of all contacts', () => {
    expect(hasOwnCard({ id: 'hotline' })).toBe(true);
    expect(hasOwnCard({ id: 'all' })).toBe(false);
  });

  test('contactsByKind puts the hotline first and «other» last, keeping the file order inside a kind', () => {
    const contacts = [
      { id: 'x', kind: 'other' as const },
      { id: 'psy-school', kind: 'psychologist' as const },
      { id: 'hot', kind: 'hotline' as const },
      { id: 'psy-national', kind: 'psychologist' as const },
    ];
    expect(contactsByKind(contacts).map((group) => [group.key, group.items.map((c) => c.id)])).toEqual([
      ['hotline', ['hot']],
      ['psychologist', ['psy-school', 'psy-national']],
      ['other', ['x']],
    ]);
  });

  test("schoolContact is the reception with the director's name when known", () => {
    const school = { shortName: 'Школа № 1', phone: '8 (3843) 11-22-33', email: 'a@b.ru' };
    expect(schoolContact(school, 'Директор')).toEqual({
      id: SCHOOL_CONTACT_ID,
      title: 'Школа № 1',
      phones: ['8 (3843) 11-22-33'],
      email: 'a@b.ru',
      hours: [],
    });
    expect(schoolContact({ ...school, director: 'Иванова И. И.' }, 'Директор').person).toBe('Директор: Иванова И. И.');
  });

  test('platformSupportContacts keeps only platforms with a support line, named after the platform', () => {
    const lines = platformSupportContacts(
      [
        { id: 'sferum', name: 'Сферум', support: { phone: '8-800-301-34-25' } },
        { id: 'none', name: 'Без поддержки' },
        { id: 'empty', name: 'Пустая', support: {} },
        { id: 'web', name: 'Сайт', support: { url: 'https://help.example', email: 'h@example.ru' } },
      ],
      'Поддержка',
    );
    expect(lines).toEqual([
      { id: 'support-sferum', platformId: 'sferum', title: 'Сферум — поддержка', phones: ['8-800-301-34-25'], hours: [] },
      {
        id: 'support-web',
        platformId: 'web',
        title: 'Сайт — поддержка',
        phones: [],
        hours: [],
        email: 'h@example.ru',
        helpUrl: 'https://help.example',
      },
    ]);
  });
});

describe('splitContactText', () => {
  test('phones and e-mails become their own parts, and the parts join back into the text', () => {
    const text = 'По телефону 8 (3843) 36-43-68 или на dot@school47-nk.ru.';
    const parts = splitContactText(text);
    expect(parts).toEqual([
      { kind: 'text', text: 'По телефону ' },
      { kind: 'phone', text: '8 (3843) 36-43-68' },
      { kind: 'text', text: ' или на ' },
      { kind: 'email', text: 'dot@school47-nk.ru' },
      { kind: 'text', text: '.' },
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(text);
  });

  test('+7 mobile numbers and 8-800 lines are phones', () => {
    expect(splitContactText('+7 905 912-34-56').map((p) => p.kind)).toEqual(['phone']);
    expect(splitContactText('звоните 8-800-2000-122').map((p) => p.kind)).toEqual(['text', 'phone']);
  });

  test('times, dates, classes and short numbers stay text', () => {
    for (const text of ['с 8:00 до 18:00', 'в 18 часов 2026-11-13', '8 класс, 5–11 классы', 'кабинет 214', 'номер 112']) {
      expect(splitContactText(text)).toEqual([{ kind: 'text', text }]);
    }
  });

  test('digits before an «@» belong to the address, not a phone', () => {
    expect(splitContactText('пишите на 89051234567@mail.ru')).toEqual([
      { kind: 'text', text: 'пишите на ' },
      { kind: 'email', text: '89051234567@mail.ru' },
    ]);
  });

  test('an impossible number stays text', () => {
    expect(splitContactText('8 (000) 00-00-00').map((p) => p.kind)).toEqual(['text']);
  });

  test('finds the addresses a search for the whole pattern at every position finds, in random texts', () => {
    // Addresses are looked for from each «@» only (quicker on long pages); this compares with the plain
    // global pattern on texts dense with «@», dots, name characters and Cyrillic.
    const pattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
    const alphabet = ['a', 'b', '1', '_', '.', '+', '-', '@', ' ', 'ru', 'я', '\n', '@x.ru', 'a.b'];
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const expected = [...text.matchAll(pattern)].map((match) => match[0]);
      expect(
        splitContactText(text)
          .filter((part) => part.kind === 'email')
          .map((part) => part.text),
        text,
      ).toEqual(expected);
    }
  });
});

describe('staff', () => {
  const person = (name: string, position: string, group: 'administration' | 'teacher' | 'specialist' | 'support' = 'teacher') => ({
    name,
    position,
    group,
  });

  test('the director opens the list, the others follow alphabetically', () => {
    const list = [
      person('Белова Н. С.', 'Заместитель директора', 'administration'),
      person('Соколова Е. В.', 'Директор', 'administration'),
      person('Андреева М. П.', 'Учитель'),
    ];
    expect([...list].sort(compareStaff).map((p) => p.name)).toEqual(['Соколова Е. В.', 'Андреева М. П.', 'Белова Н. С.']);
  });

  test('staffByGroup: administration, teachers, specialists, others; empty groups left out', () => {
    const groups = staffByGroup([
      person('Фёдоров', 'Системный администратор', 'support'),
      person('Яшин', 'Учитель'),
      person('Орлов', 'Учитель'),
      person('Соколова', 'Директор', 'administration'),
    ]);
    expect(groups.map((group) => [group.key, group.items.map((p) => p.name)])).toEqual([
      ['administration', ['Соколова']],
      ['teacher', ['Орлов', 'Яшин']],
      ['support', ['Фёдоров']],
    ]);
  });

  test('classLinks: display names in school order; a class without a file is named by its id and not linked', () => {
    const classes = [
      { id: '10a', class: '10А' },
      { id: '5a', class: '5А' },
      { id: '2b', class: '2Б' },
    ];
    expect(classLinks(['10a', '5a', 'x9', '2b'], classes)).toEqual([
      { id: '2b', name: '2Б', exists: true },
      { id: '5a', name: '5А', exists: true },
      { id: '10a', name: '10А', exists: true },
      { id: 'x9', name: 'x9', exists: false },
    ]);
  });

  test('classesLedBy: the classes whose file names the person as class teacher, in school order', () => {
    const classes = [
      { id: '10a', class: '10А', classTeacher: 'orlov' },
      { id: '5a', class: '5А', classTeacher: 'yashin' },
      { id: '2b', class: '2Б', classTeacher: 'orlov' },
      { id: '3v', class: '3В' },
    ];
    expect(classesLedBy('orlov', classes).map((link) => link.name)).toEqual(['2Б', '10А']);
    expect(classesLedBy('sokolova', classes)).toEqual([]);
  });

  test('accountViews names the platform and keeps only the handle and link the file gives', () => {
    const platforms = [{ id: 'sferum', name: 'Сферум' }];
    expect(
      accountViews(
        [{ platform: 'sferum', handle: '@a' }, { platform: 'sferum', url: 'https://sferum.ru/p' }, { platform: 'other' }],
        platforms,
      ),
    ).toEqual([
      { platformName: 'Сферум', handle: '@a' },
      { platformName: 'Сферум', url: 'https://sferum.ru/p' },
      { platformName: 'other' },
    ]);
  });
});

describe('communication', () => {
  test('grouped for parents, then teachers, then pupils, keeping the file order', () => {
    const items = [
      { audience: 'pupils' as const, n: 1 },
      { audience: 'teachers' as const, n: 2 },
      { audience: 'parents' as const, n: 3 },
      { audience: 'parents' as const, n: 4 },
    ];
    expect(communicationByAudience(items).map((group) => [group.key, group.items.map((i) => i.n)])).toEqual([
      ['parents', [3, 4]],
      ['teachers', [2]],
      ['pupils', [1]],
    ]);
  });

  test('scheduleText: hours in words, or the frequency as written', () => {
    expect(
      scheduleText({
        hours: [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '08:15' },
          { days: ['sat'], from: '10:00', to: '11:00' },
        ],
      }),
    ).toBe('пн–пт 08:00–08:15; сб 10:00–11:00');
    expect(scheduleText({ frequency: 'Каждую среду' })).toBe('Каждую среду');
  });

  test('responsibleOf finds the staff member by id', () => {
    const staff = [
      { id: 'a', name: 'А' },
      { id: 'b', name: 'Б' },
    ];
    expect(responsibleOf({ responsible: 'b' }, staff)?.name).toBe('Б');
    expect(responsibleOf({ responsible: 'z' }, staff)).toBeUndefined();
  });
});

describe('coordinators', () => {
  test('levels from the school up; each coordinator a contact card with a numbered anchor', () => {
    const base = { position: 'Специалист', workplace: 'Управление', phone: '8 (3843) 32-20-97', email: 'k@uo.ru' };
    const list = [
      { ...base, id: '1', name: 'Регион', level: 'regional' as const },
      { ...base, id: '2', name: 'Школа', level: 'school' as const },
    ];
    expect(coordinatorsByLevel(list).map((group) => group.key)).toEqual(['school', 'regional']);
    expect(coordinatorContact(list[0]!)).toEqual({
      id: 'coordinator-1',
      title: 'Регион',
      person: 'Специалист',
      phones: ['8 (3843) 32-20-97'],
      email: 'k@uo.ru',
      hours: [],
    });
  });
});
