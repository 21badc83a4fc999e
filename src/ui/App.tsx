import { useState } from 'react';
import { AppRoutes } from './app/AppRoutes';
import { createPersistenceServices } from './services/services';
import { UpdatePrompt } from './pwa';
import './app.css';

/**
 * The app: the drafts library at `#/`, a stored draft in <EditorScreen> at `#/report/<id>`,
 * and `#/new` for a new blank report. A draft is loaded from the browser's storage before
 * the editor mounts and autosave starts, so defaults never overwrite a stored draft.
 * <UpdatePrompt> registers the service worker (offline use) and asks before switching to a
 * new version; it writes pending edits first, hence the services are created here.
 */
export function App() {
  const [services] = useState(createPersistenceServices);
  return (
    <>
      <AppRoutes services={services} />
      <UpdatePrompt beforeReload={() => services.closed.flushAll()} />
    </>
  );
}
