import { App } from 'aws-cdk-lib';
import { TunehubStack } from './TunehubStack.ts';

const app = new App();
new TunehubStack(app, 'Tunehub', { description: 'Tunehub: serverless music streaming on one GraphQL API' });
