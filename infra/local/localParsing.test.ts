import { describe, expect, it } from 'vitest';
import { codeWatcher } from './cognitoLocal.ts';
import { parseJavaMajor } from './javaCheck.ts';
import { PortInUseError, portsFromEnv } from './localPorts.ts';
import { operationName } from './operationName.ts';
import { parseStartOptions } from './startOptions.ts';

describe('local stack parsing', () => {
  it('reads the Java major version of modern and legacy version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('command not found')).toBeUndefined();
  });

  it('picks confirmation codes out of cognito-local output split across chunks', () => {
    const codes: { destination: string; code: string }[] = [];
    const feed = codeWatcher((c) => codes.push(c));
    feed('\u001b[33m│  Destination: ana@example.com  │\n│  Co');
    feed('de:        123456  │\n');
    expect(codes).toEqual([{ destination: 'ana@example.com', code: '123456' }]);
  });

  it('names the operation of a request for the log line', () => {
    expect(operationName(JSON.stringify({ query: 'query Browse { me { id } }' }))).toBe('Browse');
    expect(operationName(JSON.stringify({ operationName: 'X', query: '{ me { id } }' }))).toBe('X');
    expect(operationName(JSON.stringify({ query: '{ me { id } }' }))).toBe('{me}');
    expect(operationName('not json')).toBe('-');
  });

  it('takes ports from the environment and refuses values that are not ports', () => {
    expect(portsFromEnv({ GATEWAY_PORT: '4100' }).GATEWAY_PORT).toBe(4100);
    expect(portsFromEnv({}).S3_PORT).toBe(4569);
    expect(() => portsFromEnv({ S3_PORT: 'abc' })).toThrow(/S3_PORT=abc/);
  });

  it('tells how to get out of a port clash', () => {
    expect(new PortInUseError(['GATEWAY_PORT=4000']).message).toMatch(
      /GATEWAY_PORT=4000 already in use.*GATEWAY_PORT=14000 npm start/,
    );
  });

  it('parses npm start flags and rejects unknown ones', () => {
    const o = parseStartOptions(['--in-memory', '--no-seed', '--data-dir', 'x'], '/repo');
    expect(o).toMatchObject({ inMemory: true, seed: false, web: true, dataDir: '/repo/x' });
    expect(() => parseStartOptions(['--inmemory'])).toThrow(/unknown option --inmemory/);
  });
});
