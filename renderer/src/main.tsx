import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import '@xyflow/react/dist/base.css';
import './app/theme.css';
import { App } from './app/App';

// zod probes for `new Function` once, which the Content-Security-Policy (no unsafe-eval)
// refuses and reports: tell it not to try.
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
