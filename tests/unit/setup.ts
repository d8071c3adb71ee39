import { readLocales } from '../../scripts/locales.ts';
import { setStrings } from '../../src/i18n/t.ts';

// In the browser main.ts fetches the strings the build wrote; here they come straight from the folders.
setStrings(await readLocales((file) => import(file)));
