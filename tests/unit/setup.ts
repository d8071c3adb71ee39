import { setStrings } from '../../src/i18n/t.ts';
import { STRING_TABLES } from '../../src/i18n/tables.ts';

// In the browser main.ts fetches the strings the build wrote; here they come straight from the source.
setStrings(STRING_TABLES);
