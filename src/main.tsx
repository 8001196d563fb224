import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { boot } from './state/boot';
// actions.css first, as when the header actions were in the entry: theme.css overrides it.
import './ui/actions.css';
import './ui/styles.css';
import './ui/shell.css';
import './ui/theme.css';

performance.mark('atlas:start');
void boot();
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
