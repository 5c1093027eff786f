import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * AppSync's scalars, implemented so the SDL stays valid for AppSync: values are strings on the wire
 * and inputs are checked strictly.
 */

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const stringScalar = (name: string, description: string, check: (value: string) => string | null) => {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string') throw new GraphQLError(`${name} must be a string`);
    const problem = check(value);
    if (problem) throw new GraphQLError(`${name} ${problem}`);
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => parse(value),
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING) throw new GraphQLError(`${name} must be a string`);
      return parse(ast.value);
    },
  });
};

export const AWSDateTime = stringScalar('AWSDateTime', 'ISO 8601 date-time', (v) =>
  ISO_DATE_TIME.test(v) && !Number.isNaN(Date.parse(v))
    ? null
    : 'must be an ISO 8601 date-time such as 2026-01-31T12:00:00Z',
);

export const AWSURL = stringScalar('AWSURL', 'An absolute URL', (v) => {
  try {
    new URL(v);
    return null;
  } catch {
    return 'must be an absolute URL';
  }
});

export const AWSEmail = stringScalar('AWSEmail', 'An email address', (v) =>
  EMAIL.test(v) ? null : 'must be an email address',
);

const toJsonString = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** JSON: serialized as a JSON string (as AppSync does); accepted as a JSON string. */
export const AWSJSON = new GraphQLScalarType<unknown, string>({
  name: 'AWSJSON',
  description: 'A JSON value, as a JSON string',
  serialize: toJsonString,
  parseValue: (value) => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value);
    } catch {
      throw new GraphQLError('AWSJSON must be valid JSON');
    }
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('AWSJSON must be a JSON string');
    try {
      return JSON.parse(ast.value);
    } catch {
      throw new GraphQLError('AWSJSON must be valid JSON');
    }
  },
});
