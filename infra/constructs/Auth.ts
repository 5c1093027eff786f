import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  type StandardAttributes,
  UserPool,
  type UserPoolClient,
  UserPoolGroup,
  VerificationEmailStyle,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { type AuthSettings, authSettings } from '../authSettings.ts';

export interface AuthProps {
  /**
   * What happens to the user pool (every account) when it leaves the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Pool rules shared with the local stack.
   * @default the shared settings in `infra/authSettings.ts`
   */
  readonly settings?: AuthSettings;
}

/** Maps the plain attribute list onto CDK's names (Cognito's `name` is CDK's `fullname`). */
const standardAttributes = (settings: AuthSettings): StandardAttributes =>
  Object.fromEntries(
    settings.standardAttributes.map(({ name, required, mutable }) => [
      name === 'name' ? 'fullname' : name,
      { required, mutable },
    ]),
  );

/** The Cognito user pool, its `admin` group and the public web app client. */
export class Auth extends Construct {
  public readonly userPool: UserPool;
  public readonly webClient: UserPoolClient;

  constructor(scope: Construct, id: string, props: AuthProps = {}) {
    super(scope, id);
    const settings = props.settings ?? authSettings;
    const policy = settings.passwordPolicy;
    // RETAIN: accounts outlive the stack; deleting the pool locks every user out for good.
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;

    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: settings.selfSignUpEnabled,
      signInAliases: { email: true, username: false },
      autoVerify: { email: true },
      userVerification: { emailStyle: VerificationEmailStyle.CODE },
      // An unverified new address must not replace the verified one it is meant to change.
      keepOriginal: { email: true },
      standardAttributes: standardAttributes(settings),
      passwordPolicy: {
        minLength: policy.minimumLength,
        requireLowercase: policy.requireLowercase,
        requireUppercase: policy.requireUppercase,
        requireDigits: policy.requireNumbers,
        requireSymbols: policy.requireSymbols,
        tempPasswordValidity: Duration.days(policy.temporaryPasswordValidityDays),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      mfa: Mfa.OFF,
      // Lite covers email sign-in, SRP and groups; Essentials/Plus cost more per user and add
      // features (managed login, passwordless, threat protection) Tunehub does not use.
      featurePlan: FeaturePlan.LITE,
      deletionProtection: removalPolicy === RemovalPolicy.RETAIN,
      removalPolicy,
    });
    Validations.of(this.userPool).acknowledge(
      {
        id: 'AwsSolutions-COG2',
        reason:
          'A music library is low-risk and the web client has no MFA enrolment flow; a required second factor would block every sign-up. Turn on Mfa.OPTIONAL with TOTP once the client supports enrolment.',
      },
      {
        id: 'AwsSolutions-COG8',
        reason:
          'Threat protection needs the Plus feature plan, billed per monthly active user; sign-in abuse is bounded by the password policy, email verification and Cognito quotas. Switch featurePlan to PLUS to enforce it.',
      },
    );

    new UserPoolGroup(this, 'AdminGroup', {
      userPool: this.userPool,
      groupName: settings.adminGroupName,
      description: 'May edit and delete any track',
    });

    const validity = settings.tokenValidity;
    this.webClient = this.userPool.addClient('WebClient', {
      userPoolClientName: settings.webClientName,
      // A browser cannot keep a secret, so the client has none.
      generateSecret: false,
      // SRP only: the password never leaves the browser. USER_PASSWORD_AUTH exists only locally.
      authFlows: { userSrp: true, userPassword: false, adminUserPassword: false, custom: false },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.minutes(validity.idTokenMinutes),
      accessTokenValidity: Duration.minutes(validity.accessTokenMinutes),
      refreshTokenValidity: Duration.days(validity.refreshTokenDays),
    });
  }
}
