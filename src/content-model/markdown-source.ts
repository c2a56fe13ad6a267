/**
 * Reading a Markdown file: its YAML frontmatter between «---» lines (read as YAML, its positions
 * shifted by the opening line) and its body, with the line the body starts on.
 */
import { fileProblem, type ReadResult } from './source.ts';
import { parseYamlSource } from './yaml-source.ts';

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown file into its YAML frontmatter (parsed) and its body. */
export function parseMarkdownSource(file: string, text: string): ReadResult {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      ok: false,
      problems: [
        fileProblem(
          file,
          'в начале файла нет блока полей между строками «---» — начните файл со строки «---», перечислите поля (title: …) и закройте блок строкой «---»',
        ),
      ],
    };
  }
  const frontmatter = match[1] ?? '';
  if (frontmatter.trim() === '') {
    return { ok: false, problems: [fileProblem(file, 'блок полей между строками «---» пуст — заполните его по образцу')] };
  }
  const parsed = parseYamlSource(file, frontmatter, 1);
  if (!parsed.ok) return parsed;
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split('\n').length;
  return { ok: true, source: { ...parsed.source, body, bodyLine } };
}
