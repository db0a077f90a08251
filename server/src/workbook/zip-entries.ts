import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

/**
 * The parts of an .xlsx (a zip) found through its central directory. ExcelJS's streaming reader
 * walks the zip front to back with unzipper and, when a worksheet is slow to consume, loses the
 * small parts after it (unzipper signals the end while entries are still queued): workbook.xml
 * or sharedStrings.xml then go missing at random. Reading the directory lets us open the parts
 * in the order their meaning needs (workbook, strings, styles, then sheets), one at a time.
 */
export interface ZipEntry {
  path: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;

export function listZipEntries(zip: Buffer): Map<string, ZipEntry> {
  const eocd = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff)
    throw new Error('ZIP64 archives are not supported');

  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(offset) !== CENTRAL_SIGNATURE) throw new Error('corrupt zip directory');
    const nameLength = zip.readUInt16LE(offset + 28);
    const path = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(path, {
      path,
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return entries;
}

function findEndOfCentralDirectory(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - EOCD_SIZE - MAX_COMMENT);
  for (let offset = zip.length - EOCD_SIZE; offset >= lowest; offset -= 1) {
    if (zip.readUInt32LE(offset) === EOCD_SIGNATURE) return offset;
  }
  throw new Error('not a zip archive');
}

/**
 * The entry's content as a stream of text chunks. Decoding happens here, across chunk boundaries:
 * ExcelJS decodes each Buffer chunk on its own, which splits a Chinese character that straddles
 * two chunks into replacement characters.
 */
export function openZipEntry(zip: Buffer, entry: ZipEntry): Readable {
  const header = entry.localHeaderOffset;
  if (zip.readUInt32LE(header) !== LOCAL_SIGNATURE)
    throw new Error(`corrupt zip entry ${entry.path}`);
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) return Readable.from([data.toString('utf8')]);
  if (entry.method !== DEFLATED) throw new Error(`unsupported compression in ${entry.path}`);
  return Readable.from([data]).pipe(createInflateRaw()).setEncoding('utf8');
}
