import { GraphQLError } from 'graphql';

/**
 * Errors the API reports to clients: GraphQLError subclasses carrying the
 * contract's code in `extensions.code`. Services throw them; the server's
 * error masking lets these through (and only these) and masks everything else
 * as INTERNAL_SERVER_ERROR.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_STATE'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Authentication required') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Not allowed') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id?: string | number) {
    super('NOT_FOUND', id === undefined ? `${entity} not found` : `${entity} ${id} not found`, { entity });
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, field?: string, extensions: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, field === undefined ? extensions : { field, ...extensions });
  }
}

export class ConflictError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('CONFLICT', message, extensions);
  }
}

export class InsufficientStockError extends AppError {
  constructor(productId: string, requested: number, available: number) {
    super('INSUFFICIENT_STOCK', `Only ${available} in stock, ${requested} requested`, {
      productId,
      requested,
      available,
    });
  }
}

export class InvalidStateError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('INVALID_STATE', message, extensions);
  }
}

export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number, message = `Too many attempts; retry in ${retryAfterSeconds} s`) {
    super('RATE_LIMITED', message, { retryAfter: retryAfterSeconds, retryAfterSeconds });
  }
}

/** The database could not serve the request now (unreachable, busy, timed out): the client may retry. */
export class ServiceUnavailableError extends AppError {
  constructor(message: string, reason: string) {
    super('SERVICE_UNAVAILABLE', message, { retryable: true, reason });
  }
}
