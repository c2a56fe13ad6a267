/**
 * Bytes of an exported file as text. Exports come as UTF-8 (with or without BOM), UTF-16 (aSc on
 * Windows) or Windows-1251 (Russian Excel's «CSV (разделители — точки с запятой)»); an XML file
 * may declare its encoding in its first line.
 */

function decoder(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return undefined;
  }
}

export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    const named = decoder(declared);
    if (named) {
      try {
        return named.decode(bytes);
      } catch {
        // declared wrongly: fall through to the guesses below
      }
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}
