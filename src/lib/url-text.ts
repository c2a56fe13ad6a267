/**
 * A web address as printed text (the memo): it may break only after a «/», never at a hyphen inside
 * a name («school47-nk.ru» stays whole), so a parent typing it from paper sees where it really goes
 * on. Returns the pieces to keep whole, to be joined with <wbr> (src/components/UrlText.astro).
 */
export function urlPieces(url: string, { dropScheme = false } = {}): string[] {
  const text = dropScheme ? url.replace(/^https?:\/\//, '') : url;
  return (text.match(/[^/]*(\/+|$)/g) ?? [text]).filter((piece) => piece !== '');
}
