/**
 * Behaviour every page needs, kept small (it is on every page's critical path). Search is not
 * here: its code loads on demand (see `search-trigger.ts`).
 */
import { initTheme } from './theme';
import { initCopyLinks } from './copy-link';
import { initTocSpy } from './toc-spy';
import { initMenu } from './menu';
import { initProgress } from './progress';
import { initSearchTrigger } from './search-trigger';
import { highlightFromUrl } from './highlight';
import { initPrint } from './print';

initTheme();
initCopyLinks();
initTocSpy();
initMenu();
initProgress();
initSearchTrigger();
highlightFromUrl();
initPrint();
