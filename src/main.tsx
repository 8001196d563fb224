import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { decodeUrlView } from './domain/urlState';
import { startBodyDecode } from './scene/bodyDecoder';
import { boot } from './state/boot';
// actions.css first, as when the header actions were in the entry: theme.css overrides it.
import './ui/actions.css';
import './ui/styles.css';
import './ui/shell.css';
import './ui/theme.css';

performance.mark('atlas:start');
void boot();
// The link's body shape downloads and decodes in a worker from now on, beside the first render.
startBodyDecode(decodeUrlView(window.location.hash).body);
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
