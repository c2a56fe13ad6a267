/** The <iframe> code a school's editor pastes into the official site to show the /embed/ block. */

/**
 * Height of the frame in CSS pixels: the block's content at a phone's width (390 px) measured in
 * Chromium with the sample school, plus room for a second hotline; a frame cannot size itself to its
 * content without a script on the host page, which many school-site builders do not allow.
 */
export const EMBED_HEIGHT = 480;

/** Escapes a value for a double-quoted HTML attribute. */
export function attributeValue(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The code to paste: an absolute `src`, a title for screen readers, full width, lazy loading. */
export function embedSnippet(options: { src: string; title: string; height?: number }): string {
  const height = options.height ?? EMBED_HEIGHT;
  return `<iframe src="${attributeValue(options.src)}" title="${attributeValue(options.title)}" width="100%" height="${height}" loading="lazy" style="border:0;max-width:40rem"></iframe>`;
}
