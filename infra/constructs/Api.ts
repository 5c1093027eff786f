import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccessLogFormat,
  CognitoUserPoolsAuthorizer,
  JsonSchemaType,
  JsonSchemaVersion,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  ResponseType,
  RestApi,
} from 'aws-cdk-lib/aws-apigateway';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledgeApiFindings } from './acknowledgeApiFindings.ts';

export interface ApiProps {
  /** The GraphQL Lambda behind `POST /graphql`. */
  readonly handler: IFunction;
  /** Pool whose ID tokens the authorizer accepts. */
  readonly userPool: IUserPool;
  /** The only origin CORS allows (`https://…`). */
  readonly webOrigin: string;
  /**
   * Steady-state requests per second for the whole stage.
   * @default 50
   */
  readonly throttlingRateLimit?: number;
  /**
   * Burst of requests the stage absorbs above the rate.
   * @default 100
   */
  readonly throttlingBurstLimit?: number;
  /**
   * How long access logs are kept.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * What happens to the access-log group when it leaves the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The REST API: `POST /graphql` behind a Cognito user-pool authorizer (ID tokens), so requests
 * without a valid token get a 401 from API Gateway and never start the Lambda.
 */
export class Api extends Construct {
  public readonly restApi: RestApi;
  /** Absolute URL of `POST /graphql` on the deployed stage. */
  public readonly graphqlUrl: string;
  /** `https://<api-id>.execute-api.<region>.<suffix>`: independent of the stage, for the web CSP. */
  public readonly origin: string;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    this.restApi = new RestApi(this, 'RestApi', {
      restApiName: 'tunehub',
      description: 'Tunehub GraphQL API',
      // Execution logs (ERROR level) need the account-wide API Gateway CloudWatch role.
      cloudWatchRole: true,
      deployOptions: {
        stageName: 'prod',
        throttlingRateLimit: props.throttlingRateLimit ?? 50,
        throttlingBurstLimit: props.throttlingBurstLimit ?? 100,
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        accessLogFormat: AccessLogFormat.jsonWithStandardFields(),
        loggingLevel: MethodLoggingLevel.ERROR,
        // Full request bodies would put users' data into logs.
        dataTraceEnabled: false,
        tracingEnabled: true,
        metricsEnabled: true,
      },
    });
    this.origin = `https://${this.restApi.restApiId}.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}`;

    // API Gateway's own errors (401 from the authorizer, 429 from throttling, 5xx) must carry CORS
    // headers too, or the browser hides them from the client behind an opaque network error.
    const corsHeaders = { 'Access-Control-Allow-Origin': `'${props.webOrigin}'`, Vary: "'Origin'" };
    this.restApi.addGatewayResponse('Default4xx', {
      type: ResponseType.DEFAULT_4XX,
      responseHeaders: corsHeaders,
    });
    this.restApi.addGatewayResponse('Default5xx', {
      type: ResponseType.DEFAULT_5XX,
      responseHeaders: corsHeaders,
    });

    const authorizer = new CognitoUserPoolsAuthorizer(this, 'Authorizer', {
      cognitoUserPools: [props.userPool],
      identitySource: 'method.request.header.Authorization',
    });
    // Refuses what cannot be a GraphQL request before it costs a Lambda invocation.
    const requestModel = this.restApi.addModel('GraphqlRequest', {
      contentType: 'application/json',
      schema: {
        schema: JsonSchemaVersion.DRAFT4,
        type: JsonSchemaType.OBJECT,
        required: ['query'],
        properties: {
          query: { type: JsonSchemaType.STRING, maxLength: 100_000 },
          operationName: { type: [JsonSchemaType.STRING, JsonSchemaType.NULL] },
          variables: { type: [JsonSchemaType.OBJECT, JsonSchemaType.NULL] },
          extensions: { type: [JsonSchemaType.OBJECT, JsonSchemaType.NULL] },
        },
      },
    });
    const graphql = this.restApi.root.addResource('graphql', {
      defaultCorsPreflightOptions: {
        allowOrigins: [props.webOrigin],
        allowMethods: ['POST', 'OPTIONS'],
        allowHeaders: [
          'Content-Type',
          'Authorization',
          'Apollo-Require-Preflight',
          'X-Apollo-Operation-Name',
        ],
        maxAge: Duration.hours(1),
      },
    });
    graphql.addMethod('POST', new LambdaIntegration(props.handler), {
      authorizer,
      requestModels: { 'application/json': requestModel },
      requestValidatorOptions: { validateRequestBody: true, validateRequestParameters: true },
    });
    this.graphqlUrl = this.restApi.urlForPath('/graphql');
    acknowledgeApiFindings(this.restApi);
  }
}
