// A key press as the shortcut text the backend reads ("Ctrl+Alt+Shift+B"), and that
// text as people read it: the modifier keys' names come from the catalogue (German
// says "Strg" for Ctrl), and go back to the backend's spelling before it reads them.
// The rules for which shortcuts are allowed live in Rust; this only spells what was pressed.
import { t } from './i18n.js';

/** The modifiers in the backend's order: the event's flag, the backend's name, the message naming the key. */
const MODIFIERS = [
  ['ctrlKey', 'Ctrl', 'shortcut-key-ctrl'],
  ['altKey', 'Alt', 'shortcut-key-alt'],
  ['shiftKey', 'Shift', 'shortcut-key-shift'],
  ['metaKey', 'Super', 'shortcut-key-super'],
];

const same = (a, b) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** "Ctrl+Alt+Shift+B" from a key press, in the backend's spelling; "Ctrl+Alt+…" while only modifiers are held. */
export function comboFromEvent(e) {
  const parts = MODIFIERS.filter(([flag]) => e[flag]).map(([, name]) => name);
  // The physical key first (Shift+7 is still 7); the character where a key has no code.
  const code = e.code || '';
  const named = /^(?:Key([A-Z])|Digit(\d)|(F\d{1,2}))$/.exec(code) ?? /^(?:([a-z])|(\d)|(F\d{1,2}))$/i.exec(e.key ?? '');
  const key = named ? (named[1] ?? named[2] ?? named[3]).toUpperCase() : null;
  if (key) return [...parts, key].join('+');
  return parts.length ? `${parts.join('+')}+…` : '';
}

/** A shortcut in the backend's spelling, as people read it: each modifier named in their language. */
export function spellShortcut(text) {
  if (!text) return text ?? '';
  return text.split('+').map((part) => {
    const modifier = MODIFIERS.find(([, name]) => same(part, name));
    return modifier ? t(modifier[2]) : part;
  }).join('+');
}

/**
 * A shortcut as shown or typed, in the backend's spelling: each modifier named in the
 * language spoken becomes the backend's name; anything else stays as it was, for the
 * backend to accept (it knows "Control", "Cmd" …) or to say what is wrong.
 */
export function readShortcut(text) {
  return (text ?? '').split('+').map((part) => {
    const modifier = part.trim() ? MODIFIERS.find(([, , id]) => same(part, t(id))) : null;
    return modifier ? modifier[1] : part;
  }).join('+');
}
