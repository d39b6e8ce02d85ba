// First: configure zod before any schema (shared/contracts) is constructed.
import './setup/zod';
import type { PropsWithChildren } from 'react';
import './app.scss';

/** The app shell: pages load their own data (see hooks/). */
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
