/**
 * The app, loaded by the entry (`main.tsx`) once the body's worker has been started: start-up
 * (`state/boot.ts`) and the first render.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { boot } from './state/boot';

void boot();
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
