/**
 * The everyday words of src/search/everyday-words.ts: added, through the thesaurus, where a record
 * names the subject, the device part or the help service, and nowhere else; and the link words a
 * record with an outbound link answers to (src/search/split-page.ts).
 */
import { describe, expect, test } from 'vitest';
import { entityWords } from '../../src/search/everyday-words.ts';
import { thesaurusWords } from '../../src/search/thesaurus.ts';
import { splitPage } from '../../src/search/split-page.ts';

const words = (text: string) => thesaurusWords(text).join(' ').split(' ');
/** The words a record's own title (and position) gets. */
const ownWords = (title: string) => [...words(title), ...entityWords(title).join(' ').split(' ')];

describe('everyday names of school subjects', () => {
  test('a subject gets the short names pupils type, a teacher of it their name for the teacher too', () => {
    expect(words('Будет ли контрольная по предмету «Физическая культура»?')).toEqual(
      expect.arrayContaining(['физра', 'физре', 'физкультура']),
    );
    expect(ownWords('Учитель физической культуры')).toEqual(expect.arrayContaining(['физра', 'физрук']));
    expect(ownWords('Учитель информатики')).toEqual(expect.arrayContaining(['инфа', 'инфы']));
    expect(ownWords('Учитель английского языка')).toEqual(expect.arrayContaining(['англичанка']));
    expect(ownWords('Преподаватель-организатор ОБЗР')).toContain('обж');
    // «Учитель» and «преподаватель» name every teacher alike.
    expect(ownWords('Учитель математики')).toContain('преподаватель');
    // A worry told in a family's words, and a family short of devices.
    expect(entityWords('Педагог-психолог').join(' ')).toContain('замкнулся');
    expect(entityWords('Как получить ноутбук во временное пользование').join(' ')).toContain('троих');
    expect(ownWords('Преподаватель-организатор ОБЗР')).toContain('учитель');
    expect(entityWords('Педагог-психолог').join(' ')).not.toContain('преподаватель');
    expect(ownWords('Учитель труда (технологии)')).toContain('трудовик');
    expect(words('Окружающий мир')).toContain('окружайка');
    expect(ownWords('Учитель обществознания')).toEqual(expect.arrayContaining(['общага', 'обществуха']));
  });

  test('the order on distance learning and the page on how it goes, by their everyday names, from the title only', () => {
    expect(entityWords('Об организации образовательного процесса с использованием дистанционных технологий').join(' ')).toContain(
      'переходе',
    );
    expect(entityWords('О переходе на обучение с применением дистанционных технологий').join(' ')).toContain('перевод');
    expect(entityWords('Порядок обучения на дистанте').join(' ')).toContain('устроена');
    expect(entityWords('Как устроено дистанционное обучение').join(' ')).toContain('проходит');
    // A measure «по организации дистанционного обучения» is neither.
    expect(entityWords('Об утверждении плана-графика мероприятий по организации дистанционного обучения')).toEqual([]);
    // The plan-schedule's page is a «дорожная карта»; the memo is what is printed for the fridge.
    expect(entityWords('План-график').join(' ')).toContain('дорожная карта');
    expect(entityWords('Памятка: дистанционное обучение').join(' ')).toContain('распечатать');
    expect(entityWords('Памятка для родителей о режиме дня')).toEqual([]);
  });

  test("the teacher's name goes to the teacher alone, never to a record about the subject", () => {
    expect(ownWords('Будет ли контрольная по предмету «Физическая культура»?')).not.toContain('физрук');
    expect(entityWords('Математика')).toEqual([]);
  });

  test('words that only look alike get none of them', () => {
    // «технологий» of distance learning is not the subject «Труд (технология)».
    expect(words('С применением дистанционных образовательных технологий')).not.toContain('трудовик');
    // «физика» is not «физическая культура», nor the other way round.
    expect(words('Учитель физики')).not.toContain('физра');
    expect(words('Учитель физической культуры')).not.toContain('физичка');
    // A memo is not the device's memory.
    expect(words('Памятка для родителей')).not.toContain('оперативка');
  });
});

describe('device parts', () => {
  test('the requirements name memory, camera and systems; people ask for RAM, a webcam, Windows in Cyrillic', () => {
    expect(words('Память 4 ГБ')).toEqual(expect.arrayContaining(['оперативка', 'оперативной', 'озу']));
    expect(words('Камера — нужна')).toContain('вебка');
    expect(words('Windows 10, Windows 11')).toContain('виндовс');
    expect(words('Android 9 и новее')).toContain('андроид');
    // An iPad is the tablet's, an iPhone the phone's.
    expect(words('iPadOS 15 и новее')).toContain('айпад');
    expect(words('iOS 15 и новее')).not.toContain('айпад');
  });
});

describe('worries the help services answer', () => {
  test('the psychologist and the helpline are found by feelings and bullying', () => {
    for (const title of ['Педагог-психолог школы', 'Всероссийский телефон доверия для детей и родителей', 'Педагог-психолог'])
      expect(entityWords(title).join(' ').split(' ')).toEqual(expect.arrayContaining(['тревожно', 'плачет', 'травля']));
    expect(entityWords('Всероссийский телефон доверия').join(' ')).toMatch(/анонимно/);
  });

  test('a child who feels bad and has no one to talk to finds them; so does one who does not want to live', () => {
    for (const title of ['Педагог-психолог', 'Психологическая служба школы Психологическая помощь', 'Детский телефон доверия'])
      expect(entityWords(title).join(' ').split(' ')).toEqual(expect.arrayContaining(['плохо', 'поговорить', 'одиночество']));
    expect(entityWords('Детский телефон доверия').join(' ').split(' ')).toEqual(expect.arrayContaining(['жить', 'суицид']));
  });

  test('a contact under the heading «Техническая поддержка» or «Социальная помощь» answers what those services answer', () => {
    expect(entityWords('Помощь с компьютерами и связью Техническая поддержка').join(' ')).toMatch(/сломался/);
    expect(entityWords('Поддержка семей Социальная помощь').join(' ')).toMatch(/пособие/);
  });

  test("only on the service's own record: a meeting about psychological support, a page that sends to the social teacher get none", () => {
    expect(entityWords('Психологическая поддержка детей на дистанционном обучении')).toEqual([]);
    expect(thesaurusWords('Позвоните социальному педагогу').join(' ')).not.toMatch(/пособие/);
  });

  test('the social teacher by money, food and benefits', () => {
    expect(entityWords('Социальный педагог').join(' ').split(' ')).toEqual(
      expect.arrayContaining(['пособие', 'питание', 'многодетные', 'льготникам']),
    );
    expect(entityWords('Учитель математики').join(' ')).not.toMatch(/пособие/);
  });
});

describe('what the bells and technical support are asked about', () => {
  test('the bells by when lessons end, technical support by broken devices', () => {
    expect(thesaurusWords('Расписание уроков и перемен').join(' ')).toMatch(/заканчиваются/);
    expect(entityWords('Техническая поддержка школы').join(' ').split(' ')).toEqual(
      expect.arrayContaining(['компьютерщик', 'сломался', 'вылетает', 'тормозит']),
    );
    // A troubleshooting guide, by the words pupils use for an app that crashes or lags; not any text
    // that says «не работает» in passing.
    expect(ownWords('Если на уроке в «Сферум» нет звука Если что-то не работает')).toEqual(
      expect.arrayContaining(['вылетает', 'тормозит']),
    );
    expect(ownWords('Порядок обучения: если платформа не работает, звоните')).not.toContain('тормозит');
    // Getting back into an account: «забыл пароль» for a guide to restoring the login or a login error.
    for (const title of ['Как восстановить вход в «Сферум» с телефона', 'Если «Сферум» пишет «Ошибка входа»'])
      expect(words(title), title).toEqual(expect.arrayContaining(['забыл', 'пароль', 'восстановить']));
    expect(words('Как впервые войти в «Сферум»')).not.toContain('пароль');
  });
});

describe('what requirements, a weekly timetable and the psychologist are asked as', () => {
  test('requirements are technical, a timetable with its days is the week’s, a psychologist gives help', () => {
    expect(words('Вопросы и ответы')).toEqual(expect.arrayContaining(['частые', 'faq']));
    // A lesson here is a video lesson: «как поднять руку на видеоуроке».
    expect(words('Как поднять руку на уроке в «Сферум»')).toContain('видеоуроке');
    expect(words('Расписание уроков')).not.toContain('видеоуроке');
    expect(words('Требования к устройствам')).toContain('технические');
    expect(words('Понедельник: математика. Вторник: русский язык')).toContain('неделю');
    expect(words('Собрание во вторник')).not.toContain('неделю');
    expect(thesaurusWords('Педагог-психолог Иванова').join(' ')).toMatch(/психологическая помощь/);
    expect(words('Преподаватель-организатор ОБЗР')).toContain('учитель');
    expect(words('Как посмотреть оценку за задание')).toContain('смотреть');
    expect(words('Смотреть видео')).not.toContain('смотрю');
    // A hotline answers questions.
    expect(words('Телефон горячей линии на период дистанта')).toContain('вопросам');
    // The list of step-by-step guides is for children.
    expect(words('Пошаговые инструкции: как войти на платформу')).toContain('детей');
    // A guide to switching the microphone on answers «не работает микрофон».
    expect(words('Как включить микрофон и камеру на уроке')).toContain('работает');
    expect(words('Микрофон и камера')).not.toContain('работает');
    // The state services' help site, written in Latin letters, answers «госуслуги» typed in Russian.
    expect(words('Сайт помощи gosuslugi.ru/help/faq/myschool')).toEqual(expect.arrayContaining(['госуслуги', 'вход']));
    expect(words('ФГИС «Моя школа» — поддержка')).toContain('госуслуги');
    expect(words('в «Моей школе»')).toContain('госуслуги');
    expect(words('Наша школа')).not.toContain('госуслуги');
  });
});

describe('document kinds', () => {
  test('a regulation is a local act, methodical recommendations a «методичка»', () => {
    expect(thesaurusWords('Положение о применении электронного обучения').join(' ')).toMatch(/локальный акт/);
    expect(thesaurusWords('Методические рекомендации по реализации программ').join(' ')).toMatch(/методичка/);
    expect(thesaurusWords('Расположение кабинетов').join(' ')).not.toMatch(/локальный акт/);
  });

  test('«ДОТ» and «ЭО» are the abbreviations of distance and e-learning, in both directions', () => {
    expect(words('Положение о применении электронного обучения и дистанционных образовательных технологий')).toEqual(
      expect.arrayContaining(['дот', 'эо']),
    );
    expect(thesaurusWords('Рекомендации по реализации программ с применением ДОТ').join(' ')).toMatch(
      /дистанционные образовательные технологии/,
    );
    expect(words('Доступ к платформе')).not.toContain('дистанционные');
  });

  test('an account on a platform answers «ник», an e-mail address does not', () => {
    expect(words('Сферум (@volkova_mp); ФГИС «Моя школа»')).toEqual(expect.arrayContaining(['ник', 'аккаунт']));
    expect(words('Почта volkova.mp@school14.example')).not.toContain('ник');
  });

  test('whoever is «ответственный» answers «кто отвечает»', () => {
    expect(words('Ответственный: Козлова Екатерина Игоревна')).toContain('отвечает');
    expect(words('Ответ на вопрос')).not.toContain('отвечает');
  });
});

describe('link words', () => {
  const page = (main: string) => `<!doctype html><html lang="ru"><head><title>t</title></head><body><main>${main}</main></body></html>`;
  test('a record that links to another site answers to «ссылка»; one that does not, not', () => {
    const [, withLink, withoutLink] = splitPage(
      page(`<h1>Платформы</h1>
        <article id="sferum" data-pagefind-body><h2>Сферум</h2><a href="https://sferum.ru/">sferum.ru</a></article>
        <article id="other" data-pagefind-body><h2>Другое</h2><a href="/guides/">Инструкции</a></article>`),
      '/platforms/',
    ).map((record) => record.html);
    expect(withLink).toMatch(/ссылка/);
    expect(withoutLink).not.toMatch(/ссылка/);
  });

  test('a record that shows a site address as a link answers to «сайт»; a lesson link does not', () => {
    const [, platform, lesson] = splitPage(
      page(`<h1>Разное</h1>
        <article id="sferum" data-pagefind-body><h2>Сферум</h2><a href="https://sferum.ru">sferum.ru</a></article>
        <article id="lesson" data-pagefind-body><h2>Урок</h2><a href="https://sferum.ru/?call_link=abc">Войти на урок</a></article>`),
      '/x/',
    ).map((record) => record.html);
    expect(platform).toMatch(/сайт/);
    expect(lesson).toMatch(/ссылка/);
    expect(lesson).not.toMatch(/сайт/);
  });
});
