import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { chosenLocale } from './app/i18n/i18n';
import { sharedMessages } from './app/i18n/locales';
import { pageAt } from './app/routes';
import { App } from './app/shell/App';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// The opened page's code (preloaded by index.html) and the reader's language are awaited before the
// first render: drawn at once then, rather than after a loading state that React keeps on screen for
// at least 300 ms. A failed load is tried again by the page itself, and shown there if it fails again.
Promise.all([pageAt(location.pathname).page.preload(), sharedMessages(chosenLocale())]).finally(render);
