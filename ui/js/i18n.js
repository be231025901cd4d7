// The interface's words, from the same Fluent catalogues Rust reads
// (content/locales/<tag>/ebb.ftl, sent at start-up). No string the person reads is
// written in the code: `t(id, args)` formats a message, and `translate(root)` fills
// every element marked `data-l10n-id` in the page itself (its text, and any
// attributes the message has, like `.aria-label`).
import { FluentBundle, FluentResource } from '../vendor/fluent-bundle/index.js';

/** The chosen language's bundle first, then English's (the fallback). */
let bundles = [];
/** Parts drawn before the catalogue arrived, told to say their words again. */
const listeners = new Set();

/** Runs `fn` whenever the language is set (at start-up, once the catalogue is here). */
export function onLanguage(fn) {
  listeners.add(fn);
}
let current = { tag: 'en', name: 'English', rtl: false };

/**
 * Speaks `language` ({tag, name, rtl}) from `sources` (its catalogue, then English's).
 * Sets `<html lang dir>`, so screen readers and the voice use the right language and
 * the layout mirrors for right-to-left.
 */
export function setLanguage(language, sources) {
  const tags = [language.tag, 'en'];
  bundles = sources.map((source, i) => {
    // In a right-to-left language, each value put into a message (a number, a name)
    // is isolated, so "13 11 14" keeps its order inside Arabic text. Left to right
    // nothing needs it, and the marks would only get in the way of copying text.
    const bundle = new FluentBundle(tags[Math.min(i, 1)], { useIsolating: language.rtl });
    bundle.addResource(new FluentResource(source));
    return bundle;
  });
  current = language;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language.tag;
    document.documentElement.dir = language.rtl ? 'rtl' : 'ltr';
  }
  for (const fn of listeners) fn();
}

/** The language being spoken. */
export const language = () => current;

function find(id) {
  for (const bundle of bundles) {
    const message = bundle.getMessage(id);
    if (message) return { bundle, message };
  }
  return null;
}

/** The message `id`, formatted with `args`; the id itself when no catalogue has it. */
export function t(id, args) {
  const found = find(id);
  if (!found?.message.value) return id;
  return found.bundle.formatPattern(found.message.value, args, []);
}

/** The attributes of message `id` ({ 'aria-label': '…' }), formatted. */
export function attributes(id, args) {
  const found = find(id);
  const out = {};
  for (const [name, pattern] of Object.entries(found?.message.attributes ?? {})) {
    out[name] = found.bundle.formatPattern(pattern, args, []);
  }
  return out;
}

/** Fills every `[data-l10n-id]` under `root` (the root too) from the catalogue. */
export function translate(root) {
  const marked = [...(root.matches?.('[data-l10n-id]') ? [root] : []), ...root.querySelectorAll('[data-l10n-id]')];
  for (const el of marked) {
    const id = el.dataset.l10nId;
    const args = el.dataset.l10nArgs ? JSON.parse(el.dataset.l10nArgs) : undefined;
    const found = find(id);
    if (!found) continue;
    if (found.message.value) el.textContent = t(id, args);
    for (const [name, value] of Object.entries(attributes(id, args))) el.setAttribute(name, value);
  }
}

/**
 * The locales for dates and times: the system's own when it is a form of the language
 * spoken ("en-GB" keeps its 24-hour clock and day-month order in English), otherwise
 * the language's.
 */
export function dateLocales() {
  const { tag } = current;
  const system = typeof navigator === 'undefined' ? '' : navigator.language ?? '';
  const base = (code) => code.split(/[-_]/)[0].toLowerCase();
  if (!system || base(system) !== base(tag)) return [tag];
  try {
    return [...Intl.getCanonicalLocales(system), tag];
  } catch {
    return [tag]; // not a tag Intl knows: the language's format
  }
}

/** A number as the language writes it. */
export const number = (n, options) => new Intl.NumberFormat(current.tag, options).format(n);
