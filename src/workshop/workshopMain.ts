// The form's rules first: the page's, and its narrow-screen ones, come after them.
import './form.css';
import './workshop.css';
import { z } from 'zod';
import { fileSchemas } from '../content/schemas.ts';
import type { LevelFile } from '../content/validate.ts';
import { loadLevels } from '../content/validate.ts';
import { isShipped, language, languages, matchLanguage, setLanguage, setStrings, t } from '../i18n/t.ts';
import { loadStrings } from '../loadBuiltData.ts';
import { SafeStorage } from '../state/safeStorage.ts';
import { catalogueOptions } from './catalogueOptions.ts';
import { button, el } from './dom.ts';
import { fieldOf, type JsonSchema } from './formModel.ts';
import { startApp } from './workshopApp.ts';
import { zodInLanguage } from './zodMessages.ts';

declare const __LEVELS_SRC_FILE__: string;

/** The settings of the game's save that the workshop follows too, if the player has any. */
function savedSettings(storage: SafeStorage): {
  language?: string;
  textStep?: number;
  highContrast?: boolean;
} {
  try {
    return (JSON.parse(storage.get('pedago-studio.save') ?? '{}') as { settings?: object }).settings ?? {};
  } catch {
    return {};
  }
}

function useLanguage(lang: string): void {
  setLanguage(lang);
  document.documentElement.lang = language();
  zodInLanguage();
  document.title = t('workshop.title');
}

async function levelSources(): Promise<LevelFile[]> {
  const response = await fetch(`./${__LEVELS_SRC_FILE__}`);
  if (!response.ok) throw new Error(String(response.status));
  return (await response.json()) as LevelFile[];
}

/**
 * The mission workshop (?mode=workshop): a page of forms in place of the game's canvas. It checks a draft with
 * the very validator of `npm run levels:check`, run here on the level files the build ships for it.
 */
export async function startWorkshop(): Promise<void> {
  document.getElementById('game')?.remove();
  document.getElementById('boot')?.remove();
  document.body.classList.add('ws-page');
  const storage = new SafeStorage(safeLocalStorage());
  const settings = savedSettings(storage);
  document.body.classList.toggle('high-contrast', settings.highContrast === true);
  document.body.dataset.textStep = String(settings.textStep ?? 0);

  const root = el('div', { id: 'workshop', className: 'ws', 'data-workshop-problems': 0 });
  const h1 = el('h1', { text: '' });
  const intro = el('p', { className: 'ws-intro' });
  const back = el('a', { href: './', className: 'ws-back' });
  const main = el('main', { className: 'ws-main', id: 'ws-main' });
  let app: ReturnType<typeof startApp> | undefined;
  const switchLanguage = button('', () => {
    useLanguage(otherLanguage());
    words();
    app?.redraw();
  });
  const header = el('header', { className: 'ws-header' }, [
    el('div', { className: 'ws-header-row' }, [
      h1,
      el('nav', { className: 'ws-nav' }, [switchLanguage, back]),
    ]),
    intro,
  ]);
  root.append(header, main);
  document.body.append(root);

  const strings = await loadStrings();
  setStrings(strings);
  const asked = new URLSearchParams(location.search).get('lang');
  useLanguage(matchLanguage([asked, settings.language, ...navigator.languages, 'fr']));
  const otherLanguage = () => languages().find((l) => l.id !== language())?.id ?? 'fr';
  const words = () => {
    h1.textContent = t('workshop.title');
    intro.textContent = t('workshop.intro');
    back.textContent = t('workshop.backToGame');
    const other = languages().find((l) => l.id === otherLanguage());
    switchLanguage.textContent = t('workshop.language');
    if (other && isShipped(other.id)) switchLanguage.lang = other.id;
  };
  words();
  main.append(el('p', { role: 'status', text: t('workshop.loading') }));

  let files: LevelFile[];
  try {
    files = await levelSources();
  } catch (e) {
    main.replaceChildren(
      el('p', { role: 'alert', text: t('workshop.loadFailed', { status: (e as Error).message }) }),
    );
    return;
  }
  const { catalogue } = loadLevels(files);
  if (!catalogue) {
    main.replaceChildren(el('p', { role: 'alert', text: t('workshop.loadFailed', { status: 'levels' }) }));
    return;
  }
  const schema = z.toJSONSchema(fileSchemas.mission, { io: 'input' }) as JsonSchema;
  const props = () => {
    const form = fieldOf(schema, 'mission', catalogueOptions(catalogue));
    return form.kind === 'object' ? form.props : [];
  };
  app = startApp({ root, main, files, catalogue, props, storage });
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
