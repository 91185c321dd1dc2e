import { GraphQLError } from 'graphql';

const VARIABLE_ERROR = /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)" /;
const PATH_AT_END = / at "([^"]+)"$/;
const NAMED_FIELD = /^Field "([A-Za-z_][A-Za-z0-9_]*)" (?:of required type|is not defined by type)/;

export interface VariableProblem {
  /** The input field at fault, e.g. "users.2.email" for $input.users[2].email (the variable's name dropped when it has a path). */
  field: string;
  /** The reason without the submitted value (which may hold a password). */
  message: string;
}

/**
 * Reads graphql-js' 'Variable "$input" got invalid value <value> at
 * "input.users[2].email"; <reason>' (or '… of required type … was not
 * provided.') into the field and a message that does not echo the value.
 */
export function variableProblemOf(message: string, reason: string | undefined): VariableProblem {
  const variable = VARIABLE_ERROR.exec(message)?.[1] ?? '';
  if (!reason || !message.endsWith(`; ${reason}`)) return { field: variable, message };
  const head = message.slice(0, -(reason.length + 2));
  const path = PATH_AT_END.exec(head)?.[1] ?? variable;
  const segments = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  const named = NAMED_FIELD.exec(reason)?.[1];
  if (named) segments.push(named);
  if (segments.length > 1 && segments[0] === variable) segments.shift();
  return { field: segments.join('.') || variable, message: `Invalid value for $${variable} at "${path}": ${reason}` };
}

/**
 * Variables that do not fit their declared type (a missing required field, a
 * wrong scalar or enum value) are BAD_USER_INPUT naming the field, not
 * internal errors. The error is rewritten in place (message without the
 * value, code and field) and returned; null for any other error. In place,
 * because Yoga logs every error its masking replaces as a server error.
 */
export function asVariableInputError(error: unknown): GraphQLError | null {
  if (!(error instanceof GraphQLError) || !VARIABLE_ERROR.test(error.message)) return null;
  const problem = variableProblemOf(error.message, error.originalError?.message);
  error.message = problem.message;
  (error as { extensions: Record<string, unknown> }).extensions = { code: 'BAD_USER_INPUT', field: problem.field };
  return error;
}
