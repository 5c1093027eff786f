import type { JwtPayload } from 'aws-jwt-verify/jwt-model';

const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/** Epoch seconds as API Gateway prints `exp`/`iat` (Java's Date#toString in UTC): `Tue Apr 04 18:39:39 UTC 2023`. */
export const javaDateString = (epochSeconds: number): string => {
  const d = new Date(epochSeconds * 1000);
  return (
    `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${two(d.getUTCDate())} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`
  );
};

/**
 * The token's claims as a REST API's Cognito authorizer hands them to Lambda in
 * `requestContext.authorizer.claims`: every value a string. Arrays (`cognito:groups`) become a
 * comma-separated list (`"admin"`, `"admin,editors"`), booleans `"true"`/`"false"`, `exp`/`iat`
 * Java date strings, other numbers their decimal text.
 */
export const apiGatewayClaims = (payload: JwtPayload): Record<string, string> => {
  const claims: Record<string, string> = {};
  for (const [name, value] of Object.entries(payload)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) claims[name] = value.map(String).join(',');
    else if (typeof value === 'number')
      claims[name] = name === 'exp' || name === 'iat' ? javaDateString(value) : String(value);
    else if (typeof value === 'object') claims[name] = JSON.stringify(value);
    else claims[name] = String(value);
  }
  return claims;
};
