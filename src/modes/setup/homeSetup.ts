import { browserStorage, SafeStorage } from '../../state/safeStorage.ts';
import { createGameStore } from '../../state/store.ts';
import { viewFor } from '../../state/views.ts';
import type { ModeSetup, SetupDeps } from './modeSetup.ts';

/** The full career, saved in the browser. */
export function setupHome(deps: SetupDeps): ModeSetup {
  const store = createGameStore({
    catalogue: deps.catalogue,
    storage: new SafeStorage(browserStorage()),
    newSeed: deps.newSeed,
    defaultLanguage: deps.language,
  });
  return {
    store,
    catalogue: deps.catalogue,
    mode: { kind: 'home', finishLabel: 'results.finish' },
    route: { view: () => viewFor(store.getState()), subscribe: (fn) => store.subscribe(fn) },
  };
}
