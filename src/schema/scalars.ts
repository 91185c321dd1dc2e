import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import {
  DateResolver,
  DateTimeResolver,
  EmailAddressResolver,
  JSONObjectResolver,
  PhoneNumberResolver,
} from 'graphql-scalars';
import { inSupportedRange, MAX_YEAR, MIN_YEAR } from '../lib/dates.js';
import { formatMoney, InvalidMoneyError, parseMoney } from '../lib/money.js';

function badInput(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Exact money: a string with two fractional digits on output, a plain decimal string on input. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal serialised as a string with two fractional digits ("12.50"); never a float.',
  serialize: (value) => formatMoney(value),
  parseValue: (value) => {
    try {
      return parseMoney(value);
    } catch (error) {
      if (error instanceof InvalidMoneyError) badInput(error);
      throw error;
    }
  },
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) {
      try {
        return parseMoney(ast.value);
      } catch (error) {
        badInput(error);
      }
    }
    badInput(new Error('Decimal must be a string like "12.50"'));
  },
});

/** graphql-scalars' errors get the contract's BAD_USER_INPUT code. */
function withBadUserInput(scalar: GraphQLScalarType): GraphQLScalarType {
  const config = scalar.toConfig();
  return new GraphQLScalarType({
    ...config,
    parseValue: (value) => {
      try {
        return config.parseValue!(value);
      } catch (error) {
        badInput(error);
      }
    },
    parseLiteral: (ast, variables) => {
      try {
        return config.parseLiteral!(ast, variables);
      } catch (error) {
        badInput(error);
      }
    },
  });
}

/** Dates outside the years both JavaScript and PostgreSQL read alike (e.g. 0000-01-01) are refused. */
function inSupportedYears(scalar: GraphQLScalarType): GraphQLScalarType {
  const config = scalar.toConfig();
  const check = (value: unknown) => {
    if (value instanceof Date && !inSupportedRange(value)) {
      throw new GraphQLError(`${config.name} must be between the years ${MIN_YEAR} and ${MAX_YEAR}`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return value;
  };
  return new GraphQLScalarType({
    ...config,
    parseValue: (value) => check(config.parseValue!(value)),
    parseLiteral: (ast, variables) => check(config.parseLiteral!(ast, variables)),
  });
}

export const DateTimeScalar = inSupportedYears(withBadUserInput(DateTimeResolver));
export const DateScalar = inSupportedYears(withBadUserInput(DateResolver));
/**
 * Emails arrive as trimmed text and are checked by the services' own rule
 * (checkEmail: BAD_USER_INPUT naming the field, or INVALID_EMAIL for one row
 * of importUsers), so one malformed address in an import is reported with
 * its row instead of failing the whole request at variable coercion.
 */
function emailInput(scalar: GraphQLScalarType): GraphQLScalarType {
  const config = scalar.toConfig();
  const text = (value: unknown) => {
    if (typeof value !== 'string') badInput(new Error('EmailAddress must be a string'));
    return value.trim();
  };
  return new GraphQLScalarType({
    ...config,
    parseValue: (value) => text(value),
    parseLiteral: (ast) => text(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

export const EmailAddressScalar = emailInput(EmailAddressResolver);
export const PhoneNumberScalar = withBadUserInput(PhoneNumberResolver);
export const JSONObjectScalar = withBadUserInput(JSONObjectResolver);
