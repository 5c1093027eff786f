import { badInput } from './errors.ts';

/**
 * Input checks run before anything reaches DynamoDB or S3. Each failure is a BAD_USER_INPUT error
 * naming the field.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs (ours from `crypto.randomUUID`, users' from Cognito's `sub`). */
export const id = (field: string, value: string): string => {
  if (!UUID.test(value)) throw badInput(field, `${field} is not a valid id`);
  return value.toLowerCase();
};

export const ids = (field: string, values: readonly string[], max: number): string[] => {
  if (values.length === 0) throw badInput(field, `${field} must not be empty`);
  if (values.length > max) throw badInput(field, `${field} takes at most ${max} ids`);
  return values.map((v) => id(field, v));
};

/** A trimmed string of `min`…`max` characters without control characters. */
export const text = (field: string, value: string, min: number, max: number): string => {
  const trimmed = value.trim();
  const length = [...trimmed].length;
  if (length < min) throw badInput(field, min === 1 ? `${field} must not be empty` : `${field} is too short`);
  if (length > max) throw badInput(field, `${field} must be at most ${max} characters`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) throw badInput(field, `${field} contains control characters`);
  return trimmed;
};

/** An optional text where an empty string means "clear it" (null). */
export const optionalText = (
  field: string,
  value: string | null | undefined,
  max: number,
): string | null | undefined => {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const trimmed = text(field, value, 0, max);
  return trimmed.length === 0 ? null : trimmed;
};

export const intInRange = (field: string, value: number, min: number, max: number): number => {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(field, `${field} must be an integer between ${min} and ${max}`);
  return value;
};

/** Page size: default 20, 1…100. */
export const pageSize = (first: number | null | undefined): number =>
  first === null || first === undefined ? 20 : intInRange('first', first, 1, 100);

/** A BAD_USER_INPUT error for a number outside its range (`range` reads "between 1 and 5" etc.). */
export const outOfRange = (field: string, range: string) => badInput(field, `${field} must be ${range}`);
