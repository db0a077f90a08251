import multer from 'multer';

import { BadRequestError } from '../errors';

/** Workbooks arrive as multipart uploads in a field named "file", kept in memory. */
export const uploadWorkbook = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: 100 * 1024 * 1024, files: 1 },
}).single('file');

export function requireFile(file: Express.Multer.File | undefined): Express.Multer.File {
  if (!file) throw new BadRequestError('Attach the workbook as a multipart field named "file".');
  return file;
}

/** Busboy hands over multipart file names as Latin-1; Chinese file names need them as UTF-8. */
export function uploadedFileName(file: Express.Multer.File): string {
  return Buffer.from(file.originalname, 'latin1').toString('utf8');
}
