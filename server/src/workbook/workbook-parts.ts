import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { stream, type Row } from 'exceljs';
import { listZipEntries, openZipEntry, type ZipEntry } from './zip-entries';

/** A worksheet whose rows stream from its part; `name` as the workbook names it. */
export interface StreamSheet extends AsyncIterable<Row> {
  name: string;
}

export interface WorkbookParts {
  date1904: boolean;
  /** The worksheets in the workbook's tab order; each is read only when iterated. */
  sheets: { name: string; open(): StreamSheet }[];
}

/** Styles are cached because percent and date formats change a number's meaning. */
const READER_OPTIONS = {
  worksheets: 'emit',
  sharedStrings: 'cache',
  styles: 'cache',
  hyperlinks: 'ignore',
  entries: 'ignore',
} as const;

interface Relationship {
  Id: string;
  Target: string;
}

/**
 * The ExcelJS 4.4 WorkbookReader methods that parse one part each. We drive them ourselves, in
 * dependency order, instead of its front-to-back `parse()` (see zip-entries.ts for why).
 */
interface ReaderInternals {
  workbookRels?: Relationship[];
  model?: { sheets?: { name: string; rId: string; state?: string }[] };
  properties?: { model?: { date1904?: boolean } };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(
    iterator: AsyncIterable<unknown>,
    sheetNo: string,
  ): Iterable<{ value: StreamSheet }>;
}

export async function openWorkbookParts(source: Buffer | string): Promise<WorkbookParts> {
  const zip = typeof source === 'string' ? await readFile(source) : source;
  const entries = listZipEntries(zip);
  const open = (path: string) => {
    const entry = entries.get(path);
    return entry === undefined ? undefined : openZipEntry(zip, entry);
  };
  const reader = new stream.xlsx.WorkbookReader('', READER_OPTIONS) as unknown as ReaderInternals;

  const rels = open('xl/_rels/workbook.xml.rels');
  const workbook = open('xl/workbook.xml');
  if (rels === undefined || workbook === undefined) throw new Error('no workbook part in the file');
  await reader._parseRels(rels);
  const workbookXml = await readText(workbook);
  await reader._parseWorkbook(Readable.from([workbookXml]));
  // ExcelJS recognises only date1904="1"; LibreOffice writes "true". Its date cells follow this.
  const properties = reader.properties?.model;
  if (properties !== undefined && hasDate1904(workbookXml)) properties.date1904 = true;
  const sharedStrings = open('xl/sharedStrings.xml');
  if (sharedStrings !== undefined) await drain(reader._parseSharedStrings(sharedStrings));
  const styles = open('xl/styles.xml');
  if (styles !== undefined) await reader._parseStyles(styles);

  return {
    date1904: reader.properties?.model?.date1904 === true,
    sheets: sheetsOf(reader, entries, zip),
  };
}

const DATE_1904 = /<(?:[\w-]+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/;

/** True when workbook.xml declares the 1904 date system (date1904="1" or "true"). */
export function hasDate1904(workbookXml: string): boolean {
  return DATE_1904.test(workbookXml);
}

async function readText(part: Readable): Promise<string> {
  let text = '';
  for await (const chunk of part) text += String(chunk);
  return text;
}

/** With sharedStrings: 'cache' the parser yields nothing; it fills the reader's cache as it runs. */
async function drain(iterable: AsyncIterable<unknown>): Promise<void> {
  const iterator = iterable[Symbol.asyncIterator]();
  while (!(await iterator.next()).done);
}

function sheetsOf(reader: ReaderInternals, entries: Map<string, ZipEntry>, zip: Buffer) {
  return (reader.model?.sheets ?? []).flatMap((sheet) => {
    const target = reader.workbookRels?.find((rel) => rel.Id === sheet.rId)?.Target;
    const entry = target === undefined ? undefined : entries.get(partPath(target));
    if (entry === undefined) return [];
    const open = () => {
      const sheetNo = /(\d+)\.xml$/.exec(entry.path)?.[1] ?? '0';
      const [{ value }] = [...reader._parseWorksheet(openZipEntry(zip, entry), sheetNo)];
      value.name = sheet.name;
      return value;
    };
    return [{ name: sheet.name, open }];
  });
}

/** A relationship target is relative to xl/ ("worksheets/sheet1.xml") or absolute ("/xl/…"). */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}
