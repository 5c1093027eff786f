import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFields, postToS3, UploadError, type UploadProgress } from './postToS3.ts';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A stand-in for S3's POST endpoint: records the multipart body and answers with `status`/`body`. */
async function fakeBucket(
  status: number,
  body = '',
  delayMs = 0,
): Promise<{ url: string; received: () => string }> {
  let received = '';
  server = createServer((req, res) => {
    const headers = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': '*',
      'Access-Control-Allow-Methods': 'POST',
    };
    if (req.method === 'OPTIONS') return res.writeHead(204, headers).end();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received = Buffer.concat(chunks).toString('latin1');
      setTimeout(() => res.writeHead(status, headers).end(body), delayMs);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/bucket`, received: () => received };
}

const fields = {
  key: 'uploads/u1/abc.wav',
  'Content-Type': 'audio/wav',
  Policy: 'p',
  'X-Amz-Signature': 's',
};

describe('postToS3', () => {
  it('sends every policy field before the file and reports progress up to the whole file', async () => {
    const bucket = await fakeBucket(204);
    const file = new Blob(['x'.repeat(100_000)], { type: 'audio/wav' });
    const progress: UploadProgress[] = [];
    await postToS3({ url: bucket.url, fields }, file, (p) => progress.push(p));
    const body = bucket.received();
    const filePart = body.indexOf('name="file"');
    expect(filePart).toBeGreaterThan(0);
    for (const name of Object.keys(fields)) {
      const at = body.indexOf(`name="${name}"`);
      expect(at).toBeGreaterThan(-1);
      expect(at).toBeLessThan(filePart);
    }
    expect(progress.at(-1)).toEqual({ loaded: 100_000, total: 100_000 });
  });

  it('turns a refusal by the bucket into a readable error with S3’s code', async () => {
    const bucket = await fakeBucket(
      403,
      '<Error><Code>AccessDenied</Code><Message>Policy expired</Message></Error>',
    );
    const attempt = postToS3({ url: bucket.url, fields }, new Blob(['a']), () => undefined);
    await expect(attempt).rejects.toThrow('The file store refused the upload (AccessDenied).');
  });

  it('cancels on abort and says so', async () => {
    const bucket = await fakeBucket(204, '', 2_000);
    const controller = new AbortController();
    const attempt = postToS3(
      { url: bucket.url, fields },
      new Blob(['a'.repeat(1000)]),
      () => undefined,
      controller.signal,
    );
    setTimeout(() => controller.abort(), 50);
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect((error as UploadError).aborted).toBe(true);
  });

  it('parses the AWSJSON fields into a string map', () => {
    expect(parseFields('{"key":"k","x-amz-meta":1}')).toEqual({ key: 'k', 'x-amz-meta': '1' });
    expect(() => parseFields('[1]')).toThrow(/Malformed/);
  });
});
