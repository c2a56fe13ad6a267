/**
 * Rule 1 for MDX bodies: the file must parse. Editors write plain Markdown, but in a .mdx file «<» and
 * «{» start code, so `<br>`, `<!-- -->` or `<https://…>` break the Astro build with an English stack
 * trace. Parsing the body here turns that into a located Russian error before the build starts.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Problem } from '../../content-model/problem.ts';
import type { RawEntry } from '../../content-model/read-collection.ts';

let processor: ReturnType<typeof createProcessor> | undefined;

/** Russian wording for the MDX parser's messages, as «what is wrong — how to fix it». */
function mdxMessage(reason: string, ruleId: string | undefined): string {
  const tag = /closing tag for `<([^>`]*)>`/.exec(reason)?.[1];
  if (tag !== undefined) {
    return `тег <${tag}> не закрыт — закройте его (<${tag}>…</${tag}> или <${tag} />); если в файле нет компонентов, переименуйте его в .md, там «<» — обычный знак`;
  }
  if (reason.includes('to create a comment in MDX')) return 'комментарий <!-- … --> в MDX не работает — напишите {/* … */} или переименуйте файл в .md';
  if (reason.includes('to create a link in MDX')) return 'ссылку в угловых скобках <https://…> MDX не понимает — напишите [текст](https://…) или переименуйте файл в .md';
  if (ruleId === 'acorn') return 'в фигурных скобках { } MDX ждёт код, а там текст — уберите скобки или поставьте перед «{» обратную косую черту: \\{';
  return `MDX-разметку не удаётся разобрать (${reason.split('\n')[0]}) — проверьте знаки «<» и «{» в этой строке или переименуйте файл в .md`;
}

/** Parse errors of the bodies of .mdx entries, placed on the line of the file. */
export function checkMdxSyntax(entries: readonly Pick<RawEntry, 'file' | 'source'>[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (!entry.file.endsWith('.mdx') || entry.source.body === undefined) continue;
    processor ??= createProcessor({ format: 'mdx' });
    try {
      processor.parse(entry.source.body);
    } catch (error) {
      const { line, column, reason, ruleId } = error as { line?: number; column?: number; reason?: string; ruleId?: string };
      problems.push({
        severity: 'error',
        file: entry.file,
        line: (line ?? 1) + (entry.source.bodyLine ?? 1) - 1,
        column: column ?? 1,
        field: '',
        message: mdxMessage(reason ?? String(error), ruleId),
      });
    }
  }
  return problems;
}
