import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLambdaBundle } from '../../bench/lambdaBuild.ts';
import { tableActions } from '../../infra/constructs/GraphqlFunction.ts';
import { keyAttributeNames, tableDefinition } from '../../resolvers/data/table.ts';
import { type SynthResult, synthTunehub } from './synthTunehub.ts';

type Resources = Record<
  string,
  { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string }
>;

let synth: SynthResult;
let resources: Resources;

beforeAll(() => {
  synth = synthTunehub();
  resources = synth.template.toJSON().Resources as Resources;
});
afterAll(() => rmSync(synth.outdir, { recursive: true, force: true }));

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const only = (type: string) => {
  const found = ofType(type);
  expect(found).toHaveLength(1);
  return found[0] as [string, { Properties: Record<string, unknown> }];
};
interface Statement {
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Effect: string;
  readonly [key: string]: unknown;
}
const policyStatements = (policy: { Properties?: Record<string, unknown> } | undefined): Statement[] => {
  const document = policy?.Properties?.PolicyDocument as { Statement?: Statement[] } | undefined;
  return document?.Statement ?? [];
};
const statements = (): Statement[] => ofType('AWS::IAM::Policy').flatMap(([, p]) => policyStatements(p));
const asList = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
/** The staged asset directory (inside the cloud assembly) that contains `file`. */
const assetWith = (file: string): string => {
  const dir = readdirSync(synth.outdir).find(
    (d) => d.startsWith('asset.') && existsSync(path.join(synth.outdir, d, file)),
  );
  expect(dir, `an asset with ${file}`).toBeDefined();
  return path.join(synth.outdir, dir ?? '', file);
};

describe('cdk-nag AwsSolutions', () => {
  it('finds no unacknowledged error in the stack', () => {
    expect(synth.violations.filter((v) => v.severity === 'error')).toEqual([]);
    expect(synth.synthError).toBeUndefined();
  });

  it('acknowledges each finding by its rule id with a real reason', () => {
    const acks = Object.values(
      synth.template.toJSON().Resources as Record<string, { Metadata?: unknown }>,
    ).flatMap(
      (r) =>
        (r.Metadata as { cdk_nag?: { rules_to_suppress: { id: string; reason: string }[] } })?.cdk_nag
          ?.rules_to_suppress ?? [],
    );
    expect(acks.length).toBeGreaterThan(10);
    for (const ack of acks) {
      expect(ack.id).toMatch(/^AwsSolutions-[A-Z]+\d+(\[.+\])?$/);
      expect(ack.reason.length, ack.id).toBeGreaterThanOrEqual(60);
    }
  });
});

describe('API', () => {
  it('puts the Cognito user-pool authorizer on every method but the CORS preflight', () => {
    const methods = ofType('AWS::ApiGateway::Method').map(([, m]) => m.Properties ?? {});
    const [authorizerId] = only('AWS::ApiGateway::Authorizer');
    const guarded = methods.filter((m) => m.HttpMethod !== 'OPTIONS');
    expect(guarded.map((m) => m.HttpMethod)).toEqual(['POST']);
    for (const m of guarded) {
      expect(m.AuthorizationType).toBe('COGNITO_USER_POOLS');
      expect(m.AuthorizerId).toEqual({ Ref: authorizerId });
      // Scopes would make API Gateway demand access tokens; the client sends ID tokens.
      expect(m.AuthorizationScopes).toBeUndefined();
    }
    for (const m of methods.filter((m) => m.HttpMethod === 'OPTIONS')) {
      expect(m.Integration).toMatchObject({ Type: 'MOCK' });
    }
    synth.template.hasResourceProperties('AWS::ApiGateway::Authorizer', {
      Type: 'COGNITO_USER_POOLS',
      IdentitySource: 'method.request.header.Authorization',
      ProviderARNs: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^AuthUserPool'), 'Arn'] }],
    });
  });

  it('allows only the web origin, also on API Gateway error responses', () => {
    const webOrigin = {
      'Fn::Join': ['', ["'https://", { 'Fn::GetAtt': [Match.anyValue(), 'DomainName'] }, "'"]],
    };
    synth.template.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'OPTIONS',
      Integration: {
        IntegrationResponses: [
          {
            ResponseParameters: Match.objectLike({
              'method.response.header.Access-Control-Allow-Origin': webOrigin,
            }),
          },
        ],
      },
    });
    for (const type of ['DEFAULT_4XX', 'DEFAULT_5XX']) {
      synth.template.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
        ResponseType: type,
        ResponseParameters: Match.objectLike({
          'gatewayresponse.header.Access-Control-Allow-Origin': webOrigin,
        }),
      });
    }
  });

  it('throttles the stage and writes access logs', () => {
    synth.template.hasResourceProperties('AWS::ApiGateway::Stage', {
      AccessLogSetting: { DestinationArn: Match.anyValue(), Format: Match.anyValue() },
      MethodSettings: [
        Match.objectLike({ ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() }),
      ],
      TracingEnabled: true,
    });
  });
});

describe('Lambda', () => {
  it('runs Node.js 22 on arm64 with the environment the handler reads', () => {
    synth.template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      TracingConfig: { Mode: 'Active' },
      Environment: {
        Variables: {
          TABLE_NAME: { Ref: Match.stringLikeRegexp('^DataTable') },
          FILE_BUCKET: { Ref: Match.stringLikeRegexp('^FilesBucket') },
          // A dynamic reference: the secret value never appears in the template.
          CURSOR_SECRET: {
            'Fn::Join': ['', ['{{resolve:secretsmanager:', Match.anyValue(), ':SecretString:::}}']],
          },
          WEB_ORIGIN: Match.anyValue(),
          TUNEHUB_STAGE: 'production',
          NODE_OPTIONS: '--enable-source-maps',
        },
      },
    });
  });
});

describe('least privilege', () => {
  const tableArn = { 'Fn::GetAtt': [Match.stringLikeRegexp('^DataTable'), 'Arn'] };
  const refersToTable = (resource: unknown) => JSON.stringify(resource).includes('"DataTable');

  it('grants no wildcard action anywhere and nothing on the table beyond what the resolvers use', () => {
    for (const statement of statements()) {
      for (const action of asList(statement.Action)) {
        expect(action).not.toBe('*');
        expect(action).not.toMatch(/^[a-z0-9-]+:\*$/);
      }
      if (statement.Effect === 'Allow' && refersToTable(statement.Resource)) {
        expect([...asList(statement.Action)].sort()).toEqual([...tableActions].sort());
        const targets = asList(statement.Resource as string | string[]);
        expect(targets).not.toContain('*');
      }
    }
  });

  it('scopes table access to the table and its indexes', () => {
    synth.template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: [...tableActions].sort(),
            Resource: [tableArn, { 'Fn::Join': ['', [tableArn, '/index/*']] }],
          }),
        ]),
      },
    });
  });

  it('limits the function to the uploads/ and media/ prefixes of the file bucket', () => {
    const fileStatements = statements().filter(
      (s) =>
        JSON.stringify(s.Resource).includes('"FilesBucket') &&
        asList(s.Action).some((a) => a.startsWith('s3:')),
    );
    expect(fileStatements.flatMap((s) => asList(s.Action)).sort()).toEqual([
      's3:DeleteObject',
      's3:GetObject',
      's3:PutObject',
    ]);
    for (const s of fileStatements) {
      for (const resource of asList(s.Resource as string | string[])) {
        expect(JSON.stringify(resource)).toMatch(/"\/(uploads|media)\/\*"/);
      }
    }
  });
});

describe('data', () => {
  it('builds the table from the shared definition', () => {
    const [, table] = only('AWS::DynamoDB::Table');
    const p = table.Properties;
    const def = tableDefinition;
    const keys = (pk: string, sk: string) => [
      { AttributeName: pk, KeyType: 'HASH' },
      { AttributeName: sk, KeyType: 'RANGE' },
    ];
    expect(p.KeySchema).toEqual(keys(def.partitionKey.name, def.sortKey.name));
    expect(p.AttributeDefinitions).toEqual(
      expect.arrayContaining(
        keyAttributeNames().map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      ),
    );
    expect((p.AttributeDefinitions as unknown[]).length).toBe(new Set(keyAttributeNames()).size);
    expect(p.GlobalSecondaryIndexes).toEqual(
      def.globalIndexes.map((g) => ({
        IndexName: g.indexName,
        KeySchema: keys(g.partitionKey.name, g.sortKey.name),
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    expect(p.LocalSecondaryIndexes).toEqual(
      def.localIndexes.map((l) => ({
        IndexName: l.indexName,
        KeySchema: keys(def.partitionKey.name, l.sortKey.name),
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    expect(p.TimeToLiveSpecification).toEqual({ AttributeName: def.timeToLiveAttribute, Enabled: true });
    expect(p).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      DeletionProtectionEnabled: true,
    });
  });

  it('retains user data when the stack goes away', () => {
    for (const type of ['AWS::DynamoDB::Table', 'AWS::Cognito::UserPool', 'AWS::S3::Bucket']) {
      for (const [id, r] of ofType(type)) expect(r.DeletionPolicy, id).toBe('Retain');
    }
  });
});

describe('buckets', () => {
  it('block every kind of public access and refuse plain HTTP', () => {
    const buckets = ofType('AWS::S3::Bucket');
    expect(buckets).toHaveLength(2);
    for (const [id, bucket] of buckets) {
      expect(bucket.Properties?.PublicAccessBlockConfiguration, id).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties?.BucketEncryption, id).toBeDefined();
      synth.template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: id },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('lets the web origin POST uploads and GET ranges, and expires uncommitted uploads after a day', () => {
    synth.template.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: {
        CorsRules: [
          Match.objectLike({
            AllowedMethods: ['POST'],
            AllowedOrigins: [Match.objectLike({ 'Fn::Join': Match.anyValue() })],
          }),
          Match.objectLike({ AllowedMethods: ['GET', 'HEAD'], AllowedHeaders: ['Range'] }),
        ],
      },
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' }),
          Match.objectLike({ Prefix: 'uploads/', ExpirationInDays: 1, Status: 'Enabled' }),
        ]),
      },
    });
  });
});

describe('web', () => {
  it('serves the private web bucket through CloudFront with Origin Access Control only', () => {
    const [oacId] = only('AWS::CloudFront::OriginAccessControl');
    synth.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always' },
    });
    const [, distribution] = only('AWS::CloudFront::Distribution');
    const config = distribution.Properties.DistributionConfig as Record<string, unknown>;
    expect(config.Origins).toEqual([
      expect.objectContaining({
        OriginAccessControlId: { 'Fn::GetAtt': [oacId, 'Id'] },
        S3OriginConfig: { OriginAccessIdentity: '' },
      }),
    ]);
    expect(config).toMatchObject({
      HttpVersion: 'http2and3',
      DefaultRootObject: 'index.html',
      DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https' },
      CustomErrorResponses: [403, 404].map((ErrorCode) => ({
        ErrorCode,
        ResponseCode: 200,
        ResponsePagePath: '/index.html',
      })),
    });
  });

  it('gives the web bucket no public policy: only CloudFront, for this distribution', () => {
    const webPolicy = ofType('AWS::S3::BucketPolicy').find(([, p]) =>
      JSON.stringify(p.Properties?.Bucket).includes('WebBucket'),
    );
    const allows = policyStatements(webPolicy?.[1]).filter((s) => s.Effect === 'Allow');
    expect(allows).toEqual([
      expect.objectContaining({
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Action: 's3:GetObject',
        Condition: { StringEquals: { 'AWS:SourceArn': expect.anything() } },
      }),
    ]);
  });

  it('sends a CSP that names only the API, Cognito and the file bucket as outside origins', () => {
    const [, policy] = only('AWS::CloudFront::ResponseHeadersPolicy');
    const csp = JSON.stringify(policy.Properties);
    const connect = /connect-src ([^;]*);/.exec(csp)?.[1] ?? '';
    expect(connect).toContain('.execute-api.');
    expect(connect).toContain('https://cognito-idp.');
    expect(connect).toContain('https://tunehub-files-');
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/\*[^/]|https:\s*;/);
  });

  it('writes config.json with the shape the local stack serves, filled at deploy time', () => {
    const entry = ofType('Custom::CDKBucketDeployment').find(([, d]) => d.Properties?.SourceMarkers);
    const markers = Object.assign({}, ...((entry?.[1].Properties?.SourceMarkers as object[]) ?? []));
    // Each value is a marker CloudFormation replaces with the deployed id; show what it stands for.
    const resolved = (value: unknown) =>
      String(value).replace(/<<marker:0xbaba:\d+>>/g, (m) => `[${JSON.stringify(markers[m])}]`);
    const config: unknown = JSON.parse(readFileSync(assetWith('config.json'), 'utf8'));
    const fields = Object.fromEntries(Object.entries(config as object).map(([k, v]) => [k, resolved(v)]));
    expect(Object.keys(fields).sort()).toEqual(
      ['authFlow', 'fileBucket', 'graphqlUrl', 'region', 'userPoolClientId', 'userPoolId'].sort(),
    );
    expect(fields.authFlow).toBe('USER_SRP_AUTH');
    expect(fields.userPoolId).toMatch(/^\[\{"Ref":"AuthUserPool[0-9A-F]+"\}\]$/);
    expect(fields.userPoolClientId).toMatch(/^\[\{"Ref":"AuthUserPoolWebClient/);
    expect(fields.region).toBe('[{"Ref":"AWS::Region"}]');
    expect(fields.graphqlUrl).toMatch(/^https:\/\/\[\{"Ref":"ApiRestApi.*\.execute-api\..*\/graphql$/);
    expect(fields.fileBucket).toMatch(/^tunehub-files-\[\{"Ref":"AWS::AccountId"\}\]-/);
  });
});

describe('outputs', () => {
  it('exports the keys the local stack writes to outputs.json', () => {
    const outputs = Object.keys(synth.template.toJSON().Outputs as object);
    for (const key of [
      'GraphQLUrl',
      'Region',
      'UserPoolId',
      'UserPoolClientId',
      'FileBucket',
      'TableName',
      'WebUrl',
    ]) {
      expect(outputs).toContain(key);
    }
  });
});

describe('Lambda bundle', () => {
  it('is byte for byte the build the bench measures (shared esbuild options)', async () => {
    const [, fn] =
      ofType('AWS::Lambda::Function').find(([, f]) => f.Properties?.Runtime === 'nodejs22.x') ?? [];
    const s3Key = String((fn?.Properties?.Code as { S3Key?: unknown })?.S3Key);
    const cdkBundle = path.join(synth.outdir, `asset.${s3Key.replace(/\.zip$/, '')}`, 'index.js');
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'tunehub-bundle-'));
    try {
      const bench = await buildLambdaBundle(tmp);
      expect(readFileSync(cdkBundle).equals(readFileSync(bench.file))).toBe(true);
      expect(bench.bytes).toBeLessThanOrEqual(1_000_000);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
