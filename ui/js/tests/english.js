// The tests read the app's words from the real English catalogue (every file of it,
// in name order), as the app does.
import { readdirSync, readFileSync } from 'node:fs';
import { setLanguage } from '../i18n.js';

const dir = new URL('../../../content/locales/en/', import.meta.url);
const source = readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()
  .map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
setLanguage({ tag: 'en', name: 'English', rtl: false }, [source]);
