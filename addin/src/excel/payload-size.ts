/**
 * Payload estimates. Excel on the web refuses a request or response over 5 MB; the batch that
 * carries our values is JSON, so its size is close to the UTF-8 length of the values' JSON.
 * Chinese text is 3 bytes a character in UTF-8, which is why 20,000 rule rows overflow quickly.
 */

export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Bytes of `text` in UTF-8 without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}
