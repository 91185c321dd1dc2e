import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { AppError } from '../errors.js';
import { asVariableInputError } from '../lib/variable-input-error.js';

/**
 * Errors the API means to show keep their code and are returned as they are
 * (Yoga logs every error the masking replaces, as a server error); everything
 * else is logged and masked.
 */
export function maskError(log: Logger, mapDatabaseUnavailable: (error: unknown) => GraphQLError | null) {
  return (error: unknown, message: string): Error => {
    const inputError = asVariableInputError(error);
    if (inputError) return inputError;
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    // A located AppError already carries the AppError's extensions (code, field…).
    if (original instanceof AppError) return error instanceof GraphQLError ? error : original;
    // graphql-js' own request errors (e.g. an operation type the schema lacks): the client's, with a code.
    if (error instanceof GraphQLError && !error.originalError) {
      if (!error.extensions?.['code'])
        (error as { extensions: Record<string, unknown> }).extensions = { ...error.extensions, code: 'BAD_REQUEST' };
      return error;
    }
    if (original instanceof GraphQLError && original.extensions?.['code']) return original;
    const unavailable = mapDatabaseUnavailable(original);
    if (unavailable) return unavailable;
    log.error({ err: original }, 'unexpected error');
    return new GraphQLError(message, {
      ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  };
}
