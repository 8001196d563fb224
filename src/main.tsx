import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadBodyDecoder } from './scene/useBodyAsset';
import { boot } from './state/boot';
// actions.css first, as when the header actions were in the entry: theme.css overrides it.
import './ui/actions.css';
import './ui/styles.css';
import './ui/shell.css';
import './ui/theme.css';

performance.mark('atlas:start');
void boot();
// The body's decoder downloads with the dataset and the body, not after the first render.
void preloadBodyDecoder();
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
