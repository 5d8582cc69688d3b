/**
 * Opened on a deep link (a reload in the questionnaire, a bookmarked result): start what that screen
 * needs now, while the rest of the first screen's code is still evaluating and mounting, instead of
 * after. main.ts imports this module first, so it runs before Svelte and the App component.
 *
 * Started here, longest first: the assessment's row and answers (opening IndexedDB is the slowest
 * step of a start), the current questionnaire version (the largest file; almost always the one the
 * assessment is pinned to, and the screen loads another if not), then the screen's own chunks.
 * Nothing is awaited here: each failure shows where the screen awaits the same work.
 */
import { parseHash } from './routes.ts';
import { lazyScreens } from './screens/lazy.ts';
import { currentRef, loadQuestionnaire } from './questionnaires/catalog.ts';
import { readAssessmentEarly } from './storage/first-reads.ts';

const route = parseHash(location.hash);
if ('id' in route) {
  readAssessmentEarly(route.id);
  // Not for the result: its heading and introduction show before the questionnaire file, which must
  // not take their bandwidth (AssessmentState.load({ drawRowFirst })).
  if (route.name !== 'result') loadQuestionnaire(currentRef()).catch(() => undefined);
}
if (route.name !== 'home') {
  const name = route.name;
  // A microtask later: the questionnaire's request (issued in a microtask by the import helper) goes
  // out before the screen's, so on a slow network the largest file is not queued behind small ones.
  queueMicrotask(() => void lazyScreens[name]().catch(() => undefined));
}

// The reads above open the database in a microtask, and the rest of the first screen's code (Svelte,
// the App, its mount) would otherwise evaluate in this same task before any microtask runs: yield
// once, so IndexedDB starts opening now, in its own process, while that code evaluates.
await Promise.resolve();
