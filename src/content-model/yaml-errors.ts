/**
 * The YAML library's errors said in Russian, and pointed at where the editor's mistake is rather
 * than where the library noticed it. The library's English text decides where its error codes are
 * too broad; the wording is what `npm run check` prints, so it is kept word for word.
 */

/**
 * Russian wording for the YAML library's errors. Some codes cover several mistakes (MISSING_CHAR is a
 * missing closing quote as well as a missing comma or bracket), so the library's English text decides.
 */
export function yamlErrorMessage(code: string, fallback: string): string {
  if (code === 'MISSING_CHAR' || code === 'BAD_INDENT') {
    if (/Missing closing .?quote/.test(fallback)) return 'кавычка открыта, но не закрыта — закройте её в конце значения';
    if (/flow (sequence|map|collection)|to end with|Missing , /i.test(fallback)) {
      return 'скобка [ или { не закрыта или между элементами нет запятой — проверьте скобки и запятые: [mon, wed, fri]';
    }
    if (/Comments must be separated/.test(fallback))
      return 'перед «#» нет пробела — если «#» часть текста, возьмите всё значение в кавычки';
    if (/Implicit map keys need to be followed/.test(fallback)) return 'после имени поля нет двоеточия — напишите «поле: значение»';
    if (/Sequence item without - indicator/.test(fallback))
      return 'у элемента списка нет «- » — начните строку с «- », как у соседних элементов';
  }
  if (/Maximum call stack size exceeded/.test(fallback)) {
    return 'вложенность слишком глубокая — скобки [ { или отступы вложены друг в друга тысячи раз; сравните файл с образцом (обычно это ошибка при вставке текста)';
  }
  if (/Nested mappings are not allowed in compact mappings/.test(fallback)) {
    // «title: Сферум: как войти» — the commonest slip: a colon and a space inside an unquoted value.
    return 'в значении есть двоеточие с пробелом — возьмите всё значение в кавычки: title: "Сферум: как войти"';
  }
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'в отступе стоит табуляция — в YAML отступы делаются только пробелами (по два на уровень)';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'неверный отступ — выровняйте строку пробелами так же, как соседние поля того же уровня';
    case 'DUPLICATE_KEY':
      return 'поле указано дважды — оставьте одно из них';
    case 'MULTILINE_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      return 'не удаётся разобрать строку — проверьте двоеточие после имени поля и кавычки вокруг текста с «:» или «#»';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'после имени поля нет двоеточия или отступ сбит — напишите «поле: значение»';
    case 'BAD_DQ_ESCAPE':
      return 'в тексте в двойных кавычках стоит «\\» — возьмите текст в одинарные кавычки или уберите «\\»';
    case 'BAD_SCALAR_START':
      // «handle: @petrov_iv» is the usual case: @ and ` cannot start a bare value.
      return 'значение начинается со знака, который в YAML нельзя ставить первым (@, `, %, |, >) — возьмите значение в кавычки: "@ivanova_mp"';
    case 'MULTIPLE_DOCS':
      return 'в файле лишняя строка «---» — в файлах .yaml она не нужна, удалите её';
    default:
      return `ошибка в разметке YAML (${fallback.split('\n')[0]}) — сравните строку с образцом`;
  }
}

/**
 * Where to point for a YAML error. The library reports an unclosed quote or bracket where the file
 * ends or the next line starts; the editor's mistake is at the opening quote or bracket before it.
 */
export function yamlErrorOffset(text: string, message: string, offset: number): number {
  const opener = /Missing closing "quote/.test(message)
    ? '"'
    : /Missing closing 'quote/.test(message)
      ? "'"
      : /end with a \]/.test(message)
        ? '['
        : /end with a \}/.test(message)
          ? '{'
          : undefined;
  if (opener === undefined) return offset;
  const found = text.lastIndexOf(opener, Math.max(0, offset - 1));
  return found >= 0 ? found : offset;
}
