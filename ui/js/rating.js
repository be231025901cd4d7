// A 0–10 distress rating as a group of radio buttons: arrow keys move, Space picks,
// and it is always optional.
import { h, nextId } from './dom.js';

/**
 * Renders a rating into `container`. `onPick(value)` is called when a number is chosen.
 * Returns { value(), clear(), focus() }.
 */
export function mountRating(container, { legend, onPick = () => {} }) {
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
    h('div', { class: 'rating-ends', 'aria-hidden': 'true' }, h('span', {}, '0 calm'), h('span', {}, '10 the most distress')),
  );
  container.replaceChildren(fieldset);
  return {
    value: () => {
      const picked = inputs.find((i) => i.checked);
      return picked ? Number(picked.value) : null;
    },
    clear: () => inputs.forEach((i) => { i.checked = false; }),
    focus: () => (inputs.find((i) => i.checked) ?? inputs[0]).focus(),
  };
}
