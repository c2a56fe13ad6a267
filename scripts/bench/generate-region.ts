/**
 * A deterministic synthetic region: `region.yaml`, `municipalities/*.yaml` and `schools/<id>/` made
 * by the school generator, of several sizes, some in distance learning and some not. Same seed, same
 * files. Some municipalities are behind with a measure of the plan, so the portal has late ones.
 */
import { parse, stringify } from 'yaml';
import { generateSchool, type SizeName } from './generate.ts';
import { cityPhone, createPeople, type Person } from './names.ts';
import { createRandom } from './random.ts';

export interface RegionOptions {
  seed: number;
  municipalities: number;
  schools: number;
  /** School sizes, used in turn. */
  sizes: readonly SizeName[];
}

const TOWNS = [
  ['novokuznetsk', 'Новокузнецкий городской округ', 'г. Новокузнецк'],
  ['kemerovo', 'Кемеровский городской округ', 'г. Кемерово'],
  ['prokopyevsk', 'Прокопьевский городской округ', 'г. Прокопьевск'],
  ['belovo', 'Беловский городской округ', 'г. Белово'],
  ['mezhdurechensk', 'Междуреченский городской округ', 'г. Междуреченск'],
  ['leninsk', 'Ленинск-Кузнецкий городской округ', 'г. Ленинск-Кузнецкий'],
  ['kiselevsk', 'Киселёвский городской округ', 'г. Киселёвск'],
  ['yurga', 'Юргинский городской округ', 'г. Юрга'],
] as const;

function municipalityOf(index: number): { id: string; name: string; town: string } {
  const [id, name, town] = TOWNS[index % TOWNS.length]!;
  const round = Math.floor(index / TOWNS.length);
  return round === 0 ? { id, name, town } : { id: `${id}-${round + 1}`, name: `${name} (${round + 1})`, town };
}

const formLine = (person: Person, position: string, workplace: string, phone: string, domain: string) => ({
  name: person.name,
  position,
  workplace,
  phone,
  email: `${person.mailbox}@${domain}`,
});

/** Every file of the region: relative path → text. */
export function generateRegion(options: RegionOptions): Map<string, string> {
  const random = createRandom(options.seed);
  const people = createPeople(random);
  const files = new Map<string, string>();
  const plan = [
    {
      id: '1',
      title: 'Назначить региональных координаторов',
      deadline: '2026-11-12',
      status: 'done',
      responsible: 'Министерство образования Кузбасса',
    },
    {
      id: '2',
      title: 'Представить сведения о муниципальных координаторах по форме',
      deadline: '2026-11-13',
      status: 'done',
      municipal: true,
    },
    { id: '3', title: 'Провести совещание с руководителями школ', deadline: '2026-11-14', status: 'done', municipal: true },
    { id: '4', title: 'Организовать горячие линии в каждой школе', deadline: '2026-11-20', status: 'in-progress', municipal: true },
    { id: '5', title: 'Подготовить отчёт о доле школ на дистанционном обучении', deadline: '2026-11-27', status: 'planned' },
  ];
  files.set(
    'region.yaml',
    stringify(
      {
        name: 'Кемеровская область — Кузбасс',
        authority: 'Министерство образования Кузбасса',
        timezone: 'Asia/Novokuznetsk',
        site: 'https://distant.kuzbass.example/',
        target: 50,
        order: 'приказ Министерства образования Кузбасса № 2150 от 12.11.2026',
        coordinators: [0, 1].map(() =>
          formLine(
            people(),
            'Консультант отдела общего образования',
            'Министерство образования Кузбасса',
            cityPhone(random, '3842'),
            'edu.kuzbass.example',
          ),
        ),
        plan,
        events: [
          {
            title: 'Совещание региональных и муниципальных координаторов',
            date: '2026-11-18',
            from: '10:00',
            to: '11:30',
            place: 'Видеоконференция в «Сферуме»',
          },
          { title: 'День отчёта муниципалитетов', date: '2026-11-25' },
        ],
      },
      { lineWidth: 0 },
    ),
  );
  const municipalities = Array.from({ length: options.municipalities }, (_, i) => municipalityOf(i));
  municipalities.forEach((m, i) => {
    files.set(
      `municipalities/${m.id}.yaml`,
      stringify(
        {
          name: m.name,
          authority: `Управление образования администрации ${m.town.replace('г. ', 'города ')}`,
          coordinators: Array.from({ length: 1 + (i % 2) }, () =>
            formLine(
              people(),
              'Главный специалист управления образования',
              `Управление образования, ${m.town}`,
              cityPhone(random),
              `uo-${m.id}.example`,
            ),
          ),
          // The last municipality is behind: measure 3 not done after its deadline.
          plan: [
            { item: '2', status: 'done' },
            { item: '3', status: i === options.municipalities - 1 ? 'in-progress' : 'done' },
            { item: '4', status: 'in-progress' },
          ],
        },
        { lineWidth: 0 },
      ),
    );
  });
  for (let i = 0; i < options.schools; i++) {
    const m = municipalities[i % municipalities.length]!;
    const id = `${m.id}-school-${String(Math.floor(i / municipalities.length) + 1).padStart(3, '0')}`;
    const school = generateSchool({ seed: options.seed * 1000 + i + 1, size: options.sizes[i % options.sizes.length]! });
    const data = parse(school.get('school.yaml')!) as Record<string, unknown> & { distanceLearning: { active: boolean } };
    const number = i + 1;
    data['name'] = `Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № ${number}» (${m.town})`;
    data['shortName'] = `Школа № ${number}, ${m.town}`;
    data['municipality'] = m.id;
    data.distanceLearning.active = random.chance(0.55);
    school.set('school.yaml', stringify(data, { lineWidth: 0 }));
    for (const [path, text] of school) files.set(`schools/${id}/${path}`, text);
  }
  return files;
}
