// A key press as the shortcut text the backend reads ("Ctrl+Alt+Shift+B"). The rules
// for which shortcuts are allowed live in Rust; this only spells what was pressed.

/** "Ctrl+Alt+Shift+B" from a key press; "Ctrl+Alt+…" while only modifiers are held. */
export function comboFromEvent(e) {
  const parts = [];
  if (e.ctrlKey) parts.push('Ctrl');
  if (e.altKey) parts.push('Alt');
  if (e.shiftKey) parts.push('Shift');
  if (e.metaKey) parts.push('Super');
  // The physical key first (Shift+7 is still 7); the character where a key has no code.
  const code = e.code || '';
  const named = /^(?:Key([A-Z])|Digit(\d)|(F\d{1,2}))$/.exec(code) ?? /^(?:([a-z])|(\d)|(F\d{1,2}))$/i.exec(e.key ?? '');
  const key = named ? (named[1] ?? named[2] ?? named[3]).toUpperCase() : null;
  if (key) return [...parts, key].join('+');
  return parts.length ? `${parts.join('+')}+…` : '';
}
