import type { ErrorRequestHandler } from 'express';
import { MulterError } from 'multer';
import { ZodError } from 'zod';

import { findingJson } from '../cli/format-findings';
import { AppError, type ErrorCode, InputRejectedError } from '../errors';
import { logger } from '../logger';

const STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INPUT_REJECTED: 422,
  INTEGRITY: 409,
  CONFLICT: 409,
};

/** The one place where errors become HTTP answers. Unknown errors are logged, never shown. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  if (error instanceof InputRejectedError) {
    res.status(422).json({
      error: { code: error.code, message: error.message },
      findings: error.findings.map(findingJson),
    });
  } else if (error instanceof AppError) {
    res.status(STATUS[error.code]).json({ error: { code: error.code, message: error.message } });
  } else if (error instanceof ZodError) {
    const issues = error.issues.map((issue) => ({
      field: issue.path.join('.'),
      message: issue.message,
    }));
    res
      .status(400)
      .json({ error: { code: 'BAD_REQUEST', message: 'The request is not valid.', issues } });
  } else if (error instanceof MulterError) {
    const status = error.code === 'LIMIT_FILE_SIZE' ? 413 : 400;
    res.status(status).json({ error: { code: 'BAD_REQUEST', message: uploadMessage(error) } });
  } else if (isBodyParserError(error)) {
    res
      .status(error.status)
      .json({ error: { code: 'BAD_REQUEST', message: 'The request body could not be read.' } });
  } else {
    logger.error({ err: error, method: req.method, path: req.path }, 'unexpected error');
    res.status(500).json({
      error: {
        code: 'INTERNAL',
        message: 'Something went wrong on the server; it has been logged.',
      },
    });
  }
};

/** Multer says "Unexpected field"; the caller needs to know which field we expect. */
function uploadMessage(error: MulterError): string {
  if (error.code === 'LIMIT_UNEXPECTED_FILE') {
    return `Upload refused: send one workbook, in a multipart field named "file" (this request had a file in "${error.field ?? ''}").`;
  }
  if (error.code === 'LIMIT_FILE_COUNT') return 'Upload refused: send one workbook per request.';
  if (error.code === 'LIMIT_FILE_SIZE') return 'Upload refused: the file is larger than 100 MB.';
  return `Upload refused: ${error.message}.`;
}

function isBodyParserError(error: unknown): error is { status: number } {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
