/**
 * Words a question is made of but no page answers with: «какой», «где», «нужен», «что делать». They
 * are dropped from the query, since Pagefind finds only records that hold every word typed. Words
 * that carry meaning on this site stay, even when short: «нет» («нет звука», «нет компьютера»). «Школа»
 * is one of them here: every page is the school's, and «директор школы» must find the director, whose
 * card does not say «школы».
 */
const WORDS = `
а без бы был была были было быть в вам вас весь во вот все всё всего всех вы где да даже для до его ее её если есть
еще ещё же за здесь и из или им их к как какая какие каким какой какое какую каких когда кого кому кто куда ли либо
мне меня мой моя мои мы на над надо наш наша наши не него нее неё ни них но ну о об однако он она они оно от откуда
очень по под при про с со так также такой там те тем то того тоже той только том ты у уже хотя чего чей чем что чтобы
чье чья эта эти это этот я мой моему моего свой свою своего сам сама себя себе
нужен нужна нужно нужны можно могу может мочь делать сделать подскажите пожалуйста скажите
узнать найти хочу хотим хотел хотела ведет ведёт ведут сегодня завтра вообще именно почему зачем сколько ли
ничего всё совсем
школа школы школе школу школой школьный школьная школьного школьное школьному
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/**
 * Words the index holds in another form that stemming does not reach: «учительница» is «учитель» on
 * every staff card.
 */
export const QUERY_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['учительница', 'учитель'], ['учительницы', 'учителя'], ['учительницу', 'учителя'], ['училка', 'учитель'],
  ['админ', 'администратор'], ['инфа', 'информация'], ['комп', 'компьютер'], ['ноут', 'ноутбук'],
]);
