/**
 * MDX without code. An .mdx file may use the project's own components (handed to the content by the
 * page: src/components/mdx/index.ts), but not `import`, `export` or `{…}` expressions: those run on
 * the build machine (an editor's `import fs from 'node:fs'` could publish its files) and in visitors'
 * browsers. The checker reports these at their line (src/checker/rules/mdx-syntax.ts); the build
 * refuses them through `remarkMdxNoCode` even when the checker was skipped.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isPublishablePhone } from '../lib/phone.ts';
import { isHtmlTagName } from './editor-html.ts';

/**
 * The components an .mdx file may use, with the way to write them. The page hands exactly these to
 * the content (src/components/mdx/index.ts is type-checked against this list).
 */
export const MDX_COMPONENTS = {
  Callout: {
    usage: '<Callout kind="important">Текст</Callout> (kind: tip — совет, important — важно)',
    props: { kind: { required: false, valid: (value: string) => value === 'tip' || value === 'important', expected: 'tip или important' } },
  },
  Phone: {
    usage: '<Phone number="+7 495 123-45-67" />',
    props: { number: { required: true, valid: isPublishablePhone, expected: 'номер телефона, например +7 495 123-45-67' } },
  },
} as const satisfies Record<string, { usage: string; props: Record<string, ComponentProp> }>;

/** One attribute of a component: whether it must be there and which values it takes. */
interface ComponentProp {
  required: boolean;
  valid: (value: string) => boolean;
  expected: string;
}

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

function componentOf(name: string): { usage: string; props: Record<string, ComponentProp> } | undefined {
  return Object.hasOwn(MDX_COMPONENTS, name) ? MDX_COMPONENTS[name as MdxComponentName] : undefined;
}

const USAGES = Object.values(MDX_COMPONENTS)
  .map((component) => component.usage)
  .join('; ');

/** Attributes a component does not take, lacks or has with a wrong value (the page would break). */
function propProblems(name: string, attributes: readonly { type: string; name?: string; value?: unknown }[]): string[] {
  const component = componentOf(name);
  if (!component) return [];
  const problems: string[] = [];
  const given = new Map(
    attributes
      .filter((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name)
      .map((attribute) => [attribute.name!, attribute.value]),
  );
  for (const [prop, value] of given) {
    const spec = component.props[prop];
    if (!spec) problems.push(`у <${name}> нет атрибута ${prop} — напишите так: ${component.usage}`);
    else if (typeof value === 'string' && !spec.valid(value))
      problems.push(`у <${name}> атрибут ${prop}="${value}" — ожидается ${spec.expected}: ${component.usage}`);
  }
  for (const [prop, spec] of Object.entries(component.props)) {
    if (spec.required && !given.has(prop))
      problems.push(`у <${name}> нет атрибута ${prop} — ожидается ${spec.expected}: ${component.usage}`);
  }
  return problems;
}

/** One piece of code in an MDX tree: the node and what to tell the editor. */
export interface MdxCodeProblem {
  node: Node;
  message: string;
}

const NO_CODE = 'в файлах .mdx нельзя писать код';

interface MdxJsxLike {
  type: string;
  data?: { estree?: { body?: unknown[] } };
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** Everything in an MDX tree that is code or an unknown component, in document order. */
export function mdxCodeProblems(tree: Root): MdxCodeProblem[] {
  const problems: MdxCodeProblem[] = [];
  visit(tree, (node) => {
    const mdx = node as unknown as MdxJsxLike;
    if (mdx.type === 'mdxjsEsm') {
      // One block of consecutive lines holds several statements: each is reported on its own line.
      const statements = (mdx.data?.estree?.body ?? []) as { type: string; loc?: { start: { line: number; column: number } } }[];
      const places = statements.length > 0 ? statements : [{ type: /^\s*export\b/.test(mdx.value ?? '') ? 'Export' : 'Import' }];
      for (const statement of places) {
        const word = statement.type.startsWith('Export') ? 'export' : 'import';
        const start = statement.loc ? { line: statement.loc.start.line, column: statement.loc.start.column + 1 } : node.position?.start;
        problems.push({
          node: start ? { type: node.type, position: { start, end: start } } : node,
          message: `${NO_CODE}: строка «${word} …» запускает программу при сборке сайта — удалите её; компоненты (${Object.keys(MDX_COMPONENTS).join(', ')}) доступны без import`,
        });
      }
    } else if ((mdx.type === 'mdxFlowExpression' || mdx.type === 'mdxTextExpression') && mdx.data?.estree?.body?.length !== 0) {
      // `{/* заметка */}` (a comment, the MDX way) holds no code: its program is empty.
      problems.push({
        node,
        message: `${NO_CODE}: в фигурных скобках { } MDX выполняет программу — уберите скобки или, если это текст, поставьте перед «{» обратную косую черту: \\{`,
      });
    } else if (mdx.type === 'mdxJsxFlowElement' || mdx.type === 'mdxJsxTextElement') {
      const name = mdx.name ?? '';
      if (!isHtmlTagName(mdx.name ?? null) && !componentOf(name)) {
        problems.push({ node, message: `компонента <${name}> нет — можно использовать: ${USAGES}` });
      }
      for (const message of propProblems(name, mdx.attributes ?? [])) problems.push({ node, message });
      for (const attribute of mdx.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
          problems.push({
            node,
            message: `${NO_CODE}: значение атрибута в фигурных скобках { } — это программа; напишите его в кавычках: name="значение"`,
          });
        }
      }
    }
  });
  return problems;
}

/** Remark plugin for MDX: the build stops with a Russian message at the first piece of code. */
export function remarkMdxNoCode() {
  return (tree: Root, file: VFile): void => {
    const [first] = mdxCodeProblems(tree);
    if (!first) return;
    const start = first.node.position?.start;
    const where = start ? `${file.path ?? ''}:${start.line}:${start.column}` : (file.path ?? '');
    // A plain Error with the place in its text: Astro prints the message as it is.
    throw new Error(`${where} — ${first.message}. Запустите npm run check: он покажет все такие места.`);
  };
}
