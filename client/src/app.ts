// First: configure zod before any schema (shared/contracts) is constructed.
import './setup/zod';
import type { PropsWithChildren } from 'react';
import './app.scss';
import { applyStoredLargeType } from './services/font-scale';
import { keyboardScrollablePages } from './setup/pages';
import { accessibleNavigation } from './setup/navigation';
import { redirectUnknownPages } from './setup/not-found';

// 大字模式 chosen earlier on this phone: applied before the first page renders.
applyStoredLargeType();
keyboardScrollablePages();
accessibleNavigation();
redirectUnknownPages();

/** The app shell: pages load their own data (see hooks/). */
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
