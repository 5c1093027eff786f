import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One GraphQL request as the test server received it. */
export interface ReceivedRequest {
  readonly operationName: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly headers: IncomingHttpHeaders;
}

/** A canned HTTP answer: status and JSON body. */
export interface CannedResponse {
  readonly status?: number;
  readonly body: unknown;
}

/**
 * A real HTTP server for client tests: it answers each GraphQL POST with whatever `respond` returns for
 * it, and records every request, so cache and auth behaviour is observed over real fetch calls.
 */
export async function startGraphQLTestServer(
  respond: (request: ReceivedRequest) => CannedResponse | Promise<CannedResponse>,
): Promise<{ url: string; requests: ReceivedRequest[]; close: () => Promise<void> }> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'authorization, content-type',
      'Access-Control-Allow-Methods': 'POST, OPTIONS',
    };
    if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<ReceivedRequest, 'headers'>;
      const request = { ...parsed, variables: parsed.variables ?? {}, headers: req.headers };
      requests.push(request);
      const answer = await respond(request);
      res.writeHead(answer.status ?? 200, { ...cors, 'Content-Type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
