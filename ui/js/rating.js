// A 0–10 distress rating as a group of radio buttons: arrow keys move, Space picks,
// and it is always optional.
import { h, nextId } from './dom.js';

/**
 * Renders a rating into `container`. `onPick(value)` is called when a number is chosen.
 * Returns { value(), set(n), clear(), focus() }.
 */
export function mountRating(container, { legend, onPick = () => {}, ends = ['0 calm', '10 the most distress'] }) {
  const name = nextId('rating');
  const inputs = [];
  const scale = h('div', { class: 'rating-scale' });
  for (let n = 0; n <= 10; n++) {
    const input = h('input', { type: 'radio', name, value: n, 'aria-label': `${n} out of 10` });
    input.addEventListener('change', () => onPick(n));
    inputs.push(input);
    scale.append(h('label', {}, input, h('span', { 'aria-hidden': 'true' }, n)));
  }
  const fieldset = h('fieldset', { class: 'rating' },
    h('legend', {}, legend),
    scale,
    h('div', { class: 'rating-ends', 'aria-hidden': 'true' }, h('span', {}, ends[0]), h('span', {}, ends[1])),
  );
  container.replaceChildren(fieldset);
  return {
    value: () => {
      const picked = inputs.find((i) => i.checked);
      return picked ? Number(picked.value) : null;
    },
    set: (n) => inputs.forEach((i) => { i.checked = n != null && Number(i.value) === n; }),
    clear: () => inputs.forEach((i) => { i.checked = false; }),
    focus: () => (inputs.find((i) => i.checked) ?? inputs[0]).focus(),
  };
}
