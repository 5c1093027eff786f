import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SynthResult, synthTunehub } from './synthTunehub.ts';

type Resources = Record<
  string,
  { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string }
>;

/** `-c throwaway=true`: the switch docs/deploy.md gives for test stacks. Template only, no bundling. */
describe('a throwaway stack (-c throwaway=true)', () => {
  let synth: SynthResult;
  let resources: Resources;
  beforeAll(() => {
    synth = synthTunehub({ context: { throwaway: 'true' }, bundle: false });
    resources = synth.template.toJSON().Resources as Resources;
  });
  afterAll(() => rmSync(synth.outdir, { recursive: true, force: true }));

  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

  it('deletes the table, the user pool, both buckets and the log groups on cdk destroy', () => {
    for (const type of [
      'AWS::DynamoDB::Table',
      'AWS::Cognito::UserPool',
      'AWS::S3::Bucket',
      'AWS::Logs::LogGroup',
    ]) {
      const found = ofType(type);
      expect(found.length, type).toBeGreaterThan(0);
      for (const [id, r] of found) expect(r.DeletionPolicy, id).toBe('Delete');
    }
    synth.template.hasResourceProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: false });
    synth.template.hasResourceProperties('AWS::Cognito::UserPool', { DeletionProtection: 'INACTIVE' });
  });

  it('empties both buckets before deleting them', () => {
    expect(ofType('Custom::S3AutoDeleteObjects')).toHaveLength(2);
  });

  it('still passes cdk-nag', () => {
    expect(synth.violations.filter((v) => v.severity === 'error')).toEqual([]);
    expect(synth.synthError).toBeUndefined();
  });
});
