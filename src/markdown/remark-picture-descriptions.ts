/**
 * The version for the visually impaired can switch pictures off (ГОСТ Р 52872-2019). A pupil who does
 * that still needs to know what the picture of a step shows, so each picture of editors' Markdown is
 * followed by its description as text, shown only while pictures are off (global.css). With pictures
 * on, the text is hidden and a screen reader reads the picture's alt; with pictures off, the picture
 * is hidden and the text is read — never both.
 */
import type { Image, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { t } from '../i18n/ru.ts';

export const PICTURE_TEXT_CLASS = 'picture-text';

/** «Картинка: …» after every picture with a description. */
export function addPictureDescriptions(tree: Root): void {
  visit(tree, 'image', (node: Image, index: number | undefined, parent: Parent | undefined) => {
    if (!parent || index === undefined || !node.alt?.trim()) return;
    const description = {
      type: 'pictureText',
      data: { hName: 'span', hProperties: { className: [PICTURE_TEXT_CLASS] } },
      children: [{ type: 'text', value: `${t.pictureText}: ${node.alt.trim()}` }],
    };
    parent.children.splice(index + 1, 0, description as unknown as Parent['children'][number]);
    return index + 2; // go on after the inserted text
  });
}

export function remarkPictureDescriptions() {
  return (tree: Root) => addPictureDescriptions(tree);
}
