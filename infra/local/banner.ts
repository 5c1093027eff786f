import path from 'node:path';
import type { LocalStack } from './localStack.ts';
import { demoUsers } from './seed/demoUsers.ts';

/** What `npm start` prints once everything is up: where things are and how to sign in. */
export const banner = (stack: LocalStack, dataDir: string, inMemory: boolean, web: boolean): string => {
  const o = stack.outputs;
  const relative = path.relative(process.cwd(), dataDir);
  const rel = relative === '' ? '.' : relative.startsWith('..') ? dataDir : relative;
  const seconds = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(1);
  const { ready, seeded } = stack.timings;
  const took = seeded === undefined ? '' : `; demo data seeded in ${seconds((seeded ?? 0) - (ready ?? 0))} s`;
  const webLine = stack.webUrl
    ? stack.webUrl
    : web
      ? 'not started (no client/devServer.ts yet)'
      : 'not started (--no-web)';
  const rows: [string, string][] = [
    ['API (GraphQL)', o.GraphQLUrl],
    ['Explorer', `${stack.gateway.url}/`],
    ['Web app', webLine],
    ['Cognito', `${o.CognitoEndpoint}  (pool ${o.UserPoolId}, app client ${o.UserPoolClientId})`],
    ['S3 (s3rver)', `${o.S3Endpoint}/${o.FileBucket}`],
    ['DynamoDB Local', `${o.DynamoDbEndpoint}  (table ${o.TableName})`],
  ];
  const users = !stack.hasDemoData
    ? [`  ${'Demo sign-ins'.padEnd(15)} none yet (started with --no-seed); \`npm run seed\` creates them`]
    : demoUsers.map(
        (u, i) =>
          `  ${i === 0 ? 'Demo sign-ins ' : '              '}  ${u.email} / ${u.password}${u.admin ? '  (admin)' : ''}`,
      );
  const data = inMemory
    ? `in memory: everything is gone when you stop (outputs in ${rel}/outputs.json)`
    : `${rel}/  (delete it to start from scratch; outputs in ${rel}/outputs.json)`;
  return [
    '',
    `Tunehub is running locally (ready in ${seconds(ready)} s${took})`,
    '',
    ...rows.map(([k, v]) => `  ${k.padEnd(15)} ${v}`),
    '',
    ...users,
    '',
    `  ${'Data'.padEnd(15)} ${data}`,
    '',
    'Ctrl-C stops everything. Requests are logged below.',
    '',
  ].join('\n');
};
