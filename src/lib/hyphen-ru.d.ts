/**
 * The `hyphen` package's Russian module as Node imports it (`hyphen/ru/index.js`: Node refuses the
 * directory import `hyphen/ru` that @types/hyphen describes); a CommonJS module, so one default export.
 */
declare module 'hyphen/ru/index.js' {
  const ru: typeof import('hyphen/ru');
  export default ru;
}
