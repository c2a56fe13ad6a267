/**
 * Rule 1 for MDX bodies: the file must parse, and hold no code. Editors write plain Markdown, but in
 * a .mdx file «<» and «{» start code, so `<br>`, `<!-- -->` or `<https://…>` break the Astro build
 * with an English stack trace; `import`, `export` and `{…}` would run on the build machine. Both are
 * reported here at their line, in Russian, before the build starts (the build refuses code too:
 * src/markdown/mdx-rules.ts).
 */
import type { Problem } from '../../content-model/problem.ts';
import { mdxCodeProblems } from '../../markdown/mdx-rules.ts';
import type { ParsedBody } from './markdown-tree.ts';

/** Russian wording for the MDX parser's messages, as «what is wrong — how to fix it». */
export function mdxParseMessage(reason: string, ruleId: string | undefined): string {
  const tag = /closing tag for `<([^>`]*)>`/.exec(reason)?.[1];
  if (tag !== undefined) {
    return `тег <${tag}> не закрыт — закройте его (<${tag}>…</${tag}> или <${tag} />); если в файле нет компонентов, переименуйте его в .md, там «<» — обычный знак`;
  }
  if (reason.includes('to create a comment in MDX'))
    return 'комментарий <!-- … --> в MDX не работает — напишите {/* … */} или переименуйте файл в .md';
  if (reason.includes('to create a link in MDX'))
    return 'ссылку в угловых скобках <https://…> MDX не понимает — напишите [текст](https://…) или переименуйте файл в .md';
  if (ruleId === 'acorn')
    return 'в фигурных скобках { } MDX ждёт код, а там текст — уберите скобки или поставьте перед «{» обратную косую черту: \\{';
  return `MDX-разметку не удаётся разобрать (${reason.split('\n')[0]}) — проверьте знаки «<» и «{» в этой строке или переименуйте файл в .md`;
}

/** Code and unknown components in an .mdx body, each on its line. */
export function checkMdxCode(body: ParsedBody): Problem[] {
  if (!body.entry.file.endsWith('.mdx')) return [];
  return mdxCodeProblems(body.mdast).map(({ node, message }) => body.at(node, message));
}
