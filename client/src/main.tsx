import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { startBoot } from './app/startBoot.ts';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(<App boot={startBoot()} />);
