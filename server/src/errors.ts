import type { Finding } from './domain/finding';

/**
 * The closed set of domain errors. Each has a stable code; the HTTP error handler and the CLI map
 * codes to statuses and exit codes, so nothing below them knows about either.
 */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'INPUT_REJECTED'
  | 'INTEGRITY'
  | 'CONFLICT';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The request itself is malformed: a missing file, an unknown option value, a bad version ref. */
export class BadRequestError extends AppError {
  constructor(message: string) {
    super('BAD_REQUEST', message);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

/** Input was read but refused: every problem is in `findings`, and nothing was saved. */
export class InputRejectedError extends AppError {
  constructor(
    message: string,
    readonly findings: Finding[],
  ) {
    super('INPUT_REJECTED', message);
  }
}

/** Stored data failed a tamper or consistency check. */
export class IntegrityError extends AppError {
  constructor(message: string) {
    super('INTEGRITY', message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

/** No credentials, or credentials that are wrong, expired or revoked. */
export class UnauthorizedError extends AppError {
  constructor(message: string) {
    super('UNAUTHORIZED', message);
  }
}

/** A known user may not do this: wrong role, scope, or a lifecycle guard said no. */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}
