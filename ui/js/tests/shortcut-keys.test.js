import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comboFromEvent } from '../shortcut-keys.js';

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
