/**
 * A page title about lending school devices, in either order: «Как получить ноутбук», «Техника для
 * учёбы дома: как взять в школе», «…во временное пользование». The checker warns when such a page is
 * not the lending page the site links (src/checker/rules/recommendations.ts); the search gives it the
 * words of families without a device (src/search/everyday-words.ts).
 */
const LENDING_VERB = String.raw`(получ|выда|взять|одолж)\p{L}*`;
const DEVICE_NOUN = String.raw`(устройств|ноутбук|планшет|компьютер|техник)\p{L}*`;

export const LENDING_TITLE = new RegExp(
  `${LENDING_VERB}(\\s+\\S+){0,3}\\s+${DEVICE_NOUN}|${DEVICE_NOUN}(\\s+\\S+){0,4}\\s+${LENDING_VERB}|временное пользование`,
  'iu',
);
