import 'graphiql/style.css';
import './explorer.css';
import { createRoot } from 'react-dom/client';
import { Explorer } from './Explorer.tsx';

// Monaco's language workers are bundled next to this file (see buildExplorer.ts); no CDN.
Object.assign(globalThis, {
  MonacoEnvironment: {
    getWorker(_workerId: string, label: string): Worker {
      const name = label === 'json' ? 'json' : label === 'graphql' ? 'graphql' : 'editor';
      return new Worker(`/explorer/${name}.worker.js`);
    },
  },
});

const readConfig = async (): Promise<{
  graphqlUrl: string;
  userPoolClientId: string;
  cognitoEndpoint: string;
}> => {
  const response = await fetch('/config.json', { cache: 'no-store' });
  const config: unknown = await response.json();
  const field = (name: string): string => {
    const value = typeof config === 'object' && config !== null ? Reflect.get(config, name) : undefined;
    if (typeof value !== 'string') throw new Error(`/config.json has no ${name}`);
    return value;
  };
  return {
    graphqlUrl: field('graphqlUrl'),
    userPoolClientId: field('userPoolClientId'),
    cognitoEndpoint: field('cognitoEndpoint'),
  };
};

const root = document.getElementById('root');
if (root) {
  readConfig().then(
    (c) =>
      createRoot(root).render(
        <Explorer
          graphqlUrl={c.graphqlUrl}
          cognito={{ endpoint: c.cognitoEndpoint, clientId: c.userPoolClientId }}
        />,
      ),
    (err: unknown) => {
      root.textContent = `Cannot load /config.json: ${String(err)}`;
    },
  );
}
