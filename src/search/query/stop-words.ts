/**
 * Words a question is made of but no page answers with: «какой», «где», «нужен», «что делать». They
 * are dropped from the query, since Pagefind finds only records that hold every word typed. Words
 * that carry meaning on this site stay, even when short: «нет» («нет звука», «нет компьютера»). «Школа»
 * is one of them here: every page is the school's, and «директор школы» must find the director, whose
 * card does not say «школы». So are «учёба», and «ребёнок», «сын», «дочь», «внучка», «бабушка»: in nearly every family's
 * question, they say nothing about which page answers it («ребёнок заболел» is found by «заболел»).
 * «Звонить», «обращаться» ask for a contact: src/search/query/intent.ts reads that from the typed
 * query, while as words they would find «Расписание звонков» or any page that says «обращайтесь».
 * Every case of the personal pronouns is here («кто у нас директор»): «нас» would find «население».
 * So are «по поводу», «насчёт» (they say what follows is the subject) and «проходит» («как проходят
 * уроки» asks about the lessons). «До скольки» asks for a time like «во сколько»; «учится», «учатся» («до скольки
 * учится первая смена») would find «учитель» by its beginning. Greetings and thanks («здравствуйте», «добрый
 * день», «спасибо заранее») open and close a parent's question.
 */
import { commonWords } from '../../i18n/ru/common.ts';

const WORDS = `
а без бы был была были было быть в вам вас весь во вот все всё всего всех вы где да даже для до его ее её если есть
еще ещё же за здесь и из или им их к как какая какие каким какой какое какую каких когда кого кому кто куда ли либо
мне меня мой моя мои мы на над надо наш наша наши не него нее неё ни них но ну о об однако он она они оно от откуда
очень по под при про с со так также такой там те тем то того тоже той только том ты у уже хотя чего чей чем что чтобы
чье чья эта эти это этот я мой моему моего свой свою своего сам сама себя себе
такая такое такие таких такую
каком какому какого какими который которая которое которые которого котором которой которую которому которым которыми которых
будет будут буду будем будешь
нужен нужна нужно нужны можно могу может мочь делать сделать подскажите пожалуйста скажите
узнать найти хочу хочет хочется хотят хотим хотел хотела ведет ведёт ведут сегодня завтра вообще именно почему зачем сколько ли
ничего всё совсем преподает преподаёт преподают подойдет подойдёт подойдут подходит подходят следующее следующий следующая следующие ближайшее ближайший
учеба учёба учебы учёбы учебе учёбе учебу учёбу
ребенок ребёнок ребенка ребёнка ребенку ребёнку ребенком ребёнком ребенке ребёнке сын сына сыну дочь дочка дочки дочке дочери
внук внука внуку внучка внучки внучке внучку бабушка дедушка мама мамы папа папы
школа школы школе школу школой школьный школьная школьного школьное школьному
звонить позвонить дозвониться обращаться обратиться
мной тебя тебе тобой ему ей ею нём нем нас нам нами вами ими ним ними нему ней кем ком
поводу насчёт насчет касательно проходит проходят
скольки учится учатся
здравствуйте здравствуй здрасьте привет добрый доброе доброго спасибо заранее извините
зовут фио помогите помоги пойдет пойдёт задать
кл
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/**
 * Everyday words for the site's concepts, by their base form, and the word the pages use instead:
 * «училка» is «учитель» on every staff card, «инет» is «интернет». A typed word is replaced when it
 * is the base form with an ending of up to two letters («инета», «училку»), see `synonymOf`.
 */
export const QUERY_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['учительница', 'учитель'],
  ['руководительница', 'руководитель'],
  ['училка', 'учитель'],
  ['препод', 'учитель'],
  ['админ', 'администратор'],
  ['сисадмин', 'техподдержка'],
  // «Кто координирует дистанционное обучение»: the coordinators.
  ['координирует', 'координатор'],
  ['координируют', 'координатор'],
  // «Поменялось расписание 5А?»: the notices and timetables say «изменения», «изменилось».
  ['поменялось', 'изменения'],
  ['поменяли', 'изменения'],
  ['поменяется', 'изменения'],
  // «Электронка психолога», «мыло учителя»: the e-mail, in parents' words.
  ['электронка', 'почта'],
  // Operating systems as they are said, for the requirements that write them in Latin («Android 9»).
  ['андроид', 'android'],
  ['айос', 'ios'],
  ['виндовс', 'windows'],
  ['винда', 'windows'],
  ['айпад', 'ipad'],
  // An iPhone is its system: the requirements name iOS, not the phone.
  ['айфон', 'ios'],
  ['комп', 'компьютер'],
  ['ноут', 'ноутбук'],
  ['инет', 'интернет'],
  ['вайфай', 'интернет'],
  // «Первый раз захожу в сферум»: the guides say «зайти», «войти».
  ['захожу', 'зайти'],
  ['зайду', 'зайти'],
  // «Сферум не грузится»: the guides say «не открывается».
  ['грузится', 'открывается'],
  ['загружается', 'открывается'],
  ['созвон', 'видеоурок'],
  ['видеозвонок', 'видеоурок'],
  ['зум', 'видеоурок'],
  ['дз', 'задание'],
  ['расп', 'расписание'],
  ['рук', 'руководитель'],
  ['классрук', 'руководитель'],
  // The days as the site shortens them (src/i18n/ru/common.ts), as a timetable's reader types them: «2А
  // пн», «что в ср у 5б».
  ...Object.entries(commonWords.days).map(([key, short]): [string, string] => [short, commonWords.daysFull[key]!.toLowerCase()]),
]);

/**
 * The page's word for an everyday one, whatever its ending: «училку» → «учитель», «инета» → «интернет».
 * A base form ending in a vowel loses it first («училк-у»). Short keys («дз», «зум») must match whole.
 */
export function synonymOf(word: string): string | undefined {
  const exact = QUERY_SYNONYMS.get(word);
  if (exact) return exact;
  for (const [key, synonym] of QUERY_SYNONYMS) {
    if (key.length < 4) continue;
    const stem = /[аяоеиыуюь]$/.test(key) ? key.slice(0, -1) : key;
    if (word.startsWith(stem) && word.length - stem.length <= 2 && word !== stem + 'ь') return synonym;
  }
  return undefined;
}
