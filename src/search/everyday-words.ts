/**
 * The words parents and pupils use for what a school publishes, where the pages use the official
 * ones. Each list is written from a whole field, not from any one question: the subjects of the
 * Russian school curriculum with their everyday short names, the parts and systems of a device named
 * on the requirements page, and the worries and needs that the school's help services answer. They
 * join the thesaurus (src/search/thesaurus.ts): added to a record's hidden words at build time where
 * its text names the thing, never shown. Each short name is given in the forms it is typed in after
 * «по», «у», «учитель …» («по физре», «учитель физры»): the index stems Russian words, but not slang.
 */
import { LENDING_TITLE } from '../lib/lending-title.ts';

/**
 * Subjects of the curriculum (ФГОС: primary, basic and secondary school): what pupils call the subject
 * (`names`, wherever it is named) and its teacher (`teacher`, only on the record of a teacher of it —
 * «физрук» is the PE teacher, not a question about PE marks).
 */
export const SUBJECTS: readonly { subject: RegExp; names: string; teacher: string }[] = [
  { subject: /русск\p{L}* язык/iu, names: 'русский русскому русского', teacher: 'русичка русички русичке русичку' },
  { subject: /(?<!\p{L})литератур(?!н\p{L}* чтени)/iu, names: 'литра литры литре литру литература литературка', teacher: 'литераторша' },
  { subject: /литературн\p{L}* чтени/iu, names: 'чтение чтения чтению литчтение', teacher: '' },
  { subject: /английск\p{L}* язык/iu, names: 'английский английскому англ инглиш', teacher: 'англичанка англичанки англичанке англичанку' },
  { subject: /немецк\p{L}* язык/iu, names: 'немецкий немецкому', teacher: 'немка немки' },
  { subject: /французск\p{L}* язык/iu, names: 'французский французскому', teacher: 'француженка' },
  { subject: /математик/iu, names: 'матеша матеши матеше матешу матика', teacher: 'математичка математички математичке математичку' },
  { subject: /алгебр/iu, names: 'алгебра алгебре алгебру', teacher: '' },
  { subject: /геометри/iu, names: 'геометрия геометрию геома геомы геоме', teacher: '' },
  { subject: /вероятност\p{L}* и статистик/iu, names: 'вероятность вероятности статистика теорвер', teacher: '' },
  { subject: /информатик/iu, names: 'инфа инфы инфе инфу', teacher: 'информатичка информатички информатик' },
  { subject: /окружающ\p{L}* мир/iu, names: 'окружайка окружайки окружайке окружайку окружающий', teacher: '' },
  { subject: /(?<!\p{L})истори[ия]/iu, names: 'история', teacher: 'историк историка историчка исторички' },
  {
    subject: /обществознани/iu,
    names: 'общество обществу общества обществоведение общага общаги общаге общагу обществуха',
    teacher: 'обществоведа',
  },
  { subject: /географи/iu, names: 'география', teacher: 'географ географа географичка географички' },
  { subject: /биологи/iu, names: 'биология био', teacher: 'биологичка биологички биолог' },
  { subject: /(?<!\p{L})хими[ияю]/iu, names: 'химия', teacher: 'химичка химички химик химика' },
  { subject: /(?<!\p{L})физик/iu, names: 'физика', teacher: 'физичка физички физик' },
  { subject: /изобразительн\p{L}* искусств/iu, names: 'изо рисование рисованию', teacher: '' },
  { subject: /(?<!\p{L})музык/iu, names: 'музыка музыке пение', teacher: '' },
  {
    subject: /(?<!\p{L})труд(?:а|у|ом|е)?(?!\p{L})/iu,
    names: 'труд труды трудов трудам технология',
    teacher: 'трудовик трудовика трудовику',
  },
  {
    subject: /физическ\p{L}* культур/iu,
    names: 'физкультура физкультуры физкультуре физкультуру физра физры физре физру',
    teacher: 'физрук физрука физруку',
  },
  { subject: /(?<!\p{L})(обзр|обж)(?!\p{L})|основ\p{L}* безопасности/iu, names: 'обж обзр безопасность', teacher: 'обжшник' },
];

/** The subjects' everyday names, for the thesaurus. */
export const SUBJECT_NAMES: readonly [RegExp, string][] = SUBJECTS.map(({ subject, names }) => [subject, names]);

/** Parts and systems of a device as the requirements page names them, and as people ask for them. */
export const DEVICE_PARTS: readonly [RegExp, string][] = [
  [
    /(?<!\p{L})памят[ьи](?!\p{L})|(?<!\p{L})озу(?!\p{L})|(?<!\p{L})ram(?!\p{L})|\d\s*гб(?!\p{L})/iu,
    'оперативная оперативной оперативка оперативки оперативку озу ram гигабайт',
  ],
  [/камер/iu, 'вебка вебки вебку вебкамера веб-камера видео'],
  [/наушник|гарнитур/iu, 'наушники наушников гарнитура гарнитуру'],
  [/браузер/iu, 'браузер браузера хром'],
  [/windows/iu, 'виндовс винда винды виндоус'],
  [/android/iu, 'андроид андроида андроиде'],
  [/(?<!\p{L})ios(?!\p{L})|iphone/iu, 'айфон айфона айфоне'],
  [/ipados|ipad/iu, 'айпад айпада айпаде'],
  [/linux/iu, 'линукс'],
  [/мбит/iu, 'мегабит мегабита'],
];

/**
 * The worries and needs each of the school's help services answers, from the list of what a school
 * publishes: psychological help, the helpline, social help, the loan of a device, technical support.
 * Only for the service's own record (`entityWords`): a page that says «позвоните социальному
 * педагогу» in passing is not where a question about benefits is answered.
 */
export const HELP_CONCERNS: readonly [RegExp, string][] = [
  [
    /(?<!\p{L})психолог(?!\p{L}*ическ)|педагог-психолог|телефон\p{L}* доверия|психологическ\p{L}* помощ/iu,
    'тревога тревожно тревожный тревожность страх страшно боится плачет слёзы грустно грусть одиноко стресс депрессия переживает ' +
      'настроение травля травят буллинг обижают издеваются конфликт ссора агрессия истерика выгорание усталость ' +
      'плохо тяжело поговорить выговориться одиночество понимает замкнулся замкнулась замкнутый апатия',
  ],
  [/телефон\p{L}* доверия/iu, 'анонимно анонимная анонимный бесплатно бесплатный подросток подростку подростков круглосуточно жить суицид'],
  [
    /социальн\p{L}* (педагог|помощ)|социально-педагогическ/iu,
    'пособие пособия выплаты льготы льгота льготники льготникам льготное питание бесплатное многодетные многодетной малоимущие ' +
      'малообеспеченные малообеспеченным материальная помощь опека опекун инвалидность питание обеды обед ' +
      'деньги денег платить оплатить оплата трудная ситуация',
  ],
  // A troubleshooting guide (its topic names it, src/pages/guides/[id].astro), by what pupils say of an
  // app that crashes or lags.
  [/если что-то не работает/iu, 'вылетает вылетел тормозит зависает глючит лагает'],
  // «Один ноутбук на троих детей»: a family short of devices.
  [
    LENDING_TITLE,
    'взять одолжить получить дать дадут выдача выдают выданный выданного выдали нет нечем компьютера ноутбука планшета двоих троих ' +
      'аренда аренду прокат напрокат',
  ],
  [
    /техническ\p{L}* поддержк|системн\p{L}* администратор/iu,
    'сломался сломалось не работает не включается зависает глючит вылетает тормозит лагает нет звука не слышно микрофон ' +
      'компьютерщик программист',
  ],
];

/**
 * What people call a page or a document of the mission, from its title only (a plan's measure «по
 * организации дистанционного обучения» is no page about how learning goes): the order that moved the
 * school to distance learning, the page on how that learning goes, the plan-schedule and the memo.
 */
const PLACE_NAMES: readonly [RegExp, string][] = [
  [
    /организаци\p{L}* образовательного процесса|(?<!\p{L})переход\p{L}* на (\p{L}+ )?(обучени|дистанц)/iu,
    'переход переходе перехода перевод переводе',
  ],
  [
    /^(порядок|организаци\p{L}*) (\p{L}+ ){0,2}обучени|^как (устроен|проходит|идёт|идет)\p{L}* (\p{L}+ )?обучени/iu,
    'устроено устроена устроен проходит проходят идёт идет учёба учеба',
  ],
  // The plan-schedule's own page by the name of such plans elsewhere; the memo by what it is for.
  [/^план-график/iu, 'дорожная карта карту'],
  [/^памятка:/iu, 'распечатать распечатка распечатку напечатать печать холодильник листок листовка'],
];

/** A teacher's record: the position says so. */
const TEACHER = /учител|преподавател/iu;
/**
 * Both words for a teacher, whichever the position says: «10 А информатика преподаватель» asks for
 * the «Учитель информатики» as much as a «Преподаватель-организатор ОБЗР» is named by the word.
 */
const TEACHER_WORDS = 'учитель учителя учителю преподаватель преподавателя преподавателю';

/**
 * Words for what a record itself is, from its title and position (never from its text): the teacher's
 * everyday name, the worries a help service answers.
 */
export function entityWords(title: string): string[] {
  const teacher = TEACHER.test(title)
    ? [TEACHER_WORDS, ...SUBJECTS.filter(({ subject, teacher }) => teacher && subject.test(title)).map(({ teacher }) => teacher)]
    : [];
  return [...teacher, ...[...HELP_CONCERNS, ...PLACE_NAMES].filter(([pattern]) => pattern.test(title)).map(([, words]) => words)];
}
