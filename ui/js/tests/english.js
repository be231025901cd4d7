// The tests read the app's words from the real English catalogue, as the app does.
import { readFileSync } from 'node:fs';
import { setLanguage } from '../i18n.js';

const source = readFileSync(new URL('../../../content/locales/en/ebb.ftl', import.meta.url), 'utf8');
setLanguage({ tag: 'en', name: 'English', rtl: false }, [source]);
