// Building DOM from data without ever parsing text as HTML: user text (pattern
// names, later journal entries) only ever becomes text nodes.

/**
 * h('button', {class: 'quiet', onclick: fn, 'aria-label': 'x'}, 'text', child)
 * Attributes starting with "on" become listeners; `true`/`false` toggle boolean attributes.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/**
 * `text` with each phone number (or code like *4141) kept left to right: in a
 * right-to-left paragraph, "13 11 14" would otherwise read "14 11 13". Returns
 * children for h().
 */
export function keepNumbersLeftToRight(text) {
  // A number standing on its own: not part of a word or an address ("988lifeline.org").
  return String(text).split(/((?<![\p{L}\d/.])[+*#]?\d(?:[\d \-–.]*\d)?(?![\p{L}\d]))/u).map((part, i) =>
    (i % 2 ? h('span', { dir: 'ltr', class: 'number' }, part) : part)).filter((part) => part !== '');
}

let uid = 0;
/** A unique id for label/aria wiring. */
export const nextId = (prefix) => `${prefix}-${++uid}`;

/**
 * Whether focus is inside `el`, or nowhere in particular: then a screen that redraws
 * itself may move focus to its title without taking it from somewhere else.
 */
export const holdsFocus = (el) => !document.activeElement || document.activeElement === document.body || el.contains(document.activeElement);
