import './english.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setLanguage } from '../i18n.js';
import { comboFromEvent, readShortcut, spellShortcut } from '../shortcut-keys.js';

const press = (init) => ({ ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, code: '', key: '', ...init });

test('a key press becomes the shortcut text Rust reads, modifiers in a fixed order', () => {
  assert.equal(comboFromEvent(press({ shiftKey: true, ctrlKey: true, altKey: true, code: 'KeyB', key: 'B' })), 'Ctrl+Alt+Shift+B');
  assert.equal(comboFromEvent(press({ metaKey: true, altKey: true, code: 'F9', key: 'F9' })), 'Alt+Super+F9');
  // Shift+7 types "&" on a US keyboard; the key is still 7.
  assert.equal(comboFromEvent(press({ ctrlKey: true, altKey: true, shiftKey: true, code: 'Digit7', key: '&' })), 'Ctrl+Alt+Shift+7');
});

test('a press without a physical code falls back to the character', () => {
  assert.equal(comboFromEvent(press({ ctrlKey: true, altKey: true, key: 'e' })), 'Ctrl+Alt+E');
  assert.equal(comboFromEvent(press({ ctrlKey: true, altKey: true, key: 'é' })), 'Ctrl+Alt+…');
});

test('only modifiers held so far show as an unfinished shortcut', () => {
  assert.equal(comboFromEvent(press({ ctrlKey: true, altKey: true, code: 'AltLeft', key: 'Alt' })), 'Ctrl+Alt+…');
  assert.equal(comboFromEvent(press({ code: 'KeyB', key: 'b' })), 'B');
  assert.equal(comboFromEvent(press({})), '');
});

test('in English, a shortcut reads as the backend spells it, and back', () => {
  assert.equal(spellShortcut('Ctrl+Alt+Shift+B'), 'Ctrl+Alt+Shift+B');
  assert.equal(spellShortcut('Alt+Super+F9'), 'Alt+Super+F9');
  assert.equal(readShortcut('ctrl+alt+shift+b'), 'Ctrl+Alt+Shift+b', 'the backend reads the key itself');
  assert.equal(readShortcut('Control+Option+E'), 'Control+Option+E', 'names only the backend knows are left to it');
  assert.equal(spellShortcut(null), '');
});

// Last in this file: it speaks a small German catalogue of its own, then no language at all.
test('the modifiers are named in the language spoken, and given back in the backend spelling', () => {
  setLanguage({ tag: 'de', name: 'Deutsch', rtl: false }, [
    'shortcut-key-ctrl = Strg\nshortcut-key-alt = Alt\nshortcut-key-shift = Umschalt\nshortcut-key-super = Super\n',
  ]);
  try {
    assert.equal(spellShortcut(comboFromEvent(press({ ctrlKey: true, altKey: true, shiftKey: true, code: 'KeyB' }))), 'Strg+Alt+Umschalt+B');
    assert.equal(spellShortcut('Ctrl+Alt+…'), 'Strg+Alt+…', 'an unfinished shortcut too');
    assert.equal(readShortcut('Strg+Alt+Umschalt+B'), 'Ctrl+Alt+Shift+B');
    assert.equal(readShortcut(' strg + umschalt + alt + 7'), 'Ctrl+Shift+Alt+ 7', 'typed by hand, in any order and case');
    assert.equal(readShortcut('Strg++B'), 'Ctrl++B', 'a mistake is left for the backend to name');
    assert.equal(readShortcut('Ctrl+Alt+B'), 'Ctrl+Alt+B', 'the backend spelling stays as it is');
  } finally {
    setLanguage({ tag: 'en', name: 'English', rtl: false }, []);
  }
});
