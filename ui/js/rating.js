// A 0–10 distress rating as a group of radio buttons: arrow keys move, Space picks,
// and it is always optional. A 9 or 10 offers help right there ("Need help now" or
// "Stay here"), without taking the person away from the tool they chose.
import { h, nextId } from './dom.js';
import { onLanguage, t } from './i18n.js';

/** A 9 or 10: help is offered. */
export const asksForHelp = (rating) => rating != null && rating >= 9;

/**
 * Renders a rating into `container`. `onPick(value)` is called when a number is chosen.
 * `legend` (and `ends`, two) are message ids. `offerHelp()`, if given, runs when the person takes the help offered after a 9 or 10.
 * Returns { value(), set(n), clear(), focus() }.
 */
export function mountRating(container, { legend, onPick = () => {}, ends = ['rating-calm', 'rating-most'], offerHelp = null }) {
  const name = nextId('rating');
  const inputs = [];
  const scale = h('div', { class: 'rating-scale' });
  for (let n = 0; n <= 10; n++) {
    const input = h('input', { type: 'radio', name, value: n });
    input.addEventListener('change', () => {
      onPick(n);
      if (offerHelp) offer(asksForHelp(n));
    });
    inputs.push(input);
    scale.append(h('label', {}, input, h('span', { 'aria-hidden': 'true' }, n)));
  }
  const legendEl = h('legend');
  const endEls = [h('span'), h('span')];
  const fieldset = h('fieldset', { class: 'rating' },
    legendEl,
    scale,
    h('div', { class: 'rating-ends', 'aria-hidden': 'true' }, ...endEls),
  );
  // `legend` and `ends` are message ids: said now, and again once the language is set
  // (the pacer's rating is drawn before the catalogue arrives).
  function say() {
    legendEl.textContent = t(legend);
    endEls.forEach((el, i) => { el.textContent = t(ends[i]); });
    inputs.forEach((input, n) => input.setAttribute('aria-label', t('rating-out-of-ten', { n })));
  }
  say();
  onLanguage(say);
  // Said politely, not moving focus: arrow keys passing over 9 must not be pulled away.
  const offered = h('div', { class: 'help-offer', role: 'status', 'aria-live': 'polite' });
  function offer(on) {
    if (!on) {
      planBox.replaceChildren();
      return offered.replaceChildren();
    }
    if (offered.childElementCount) return;
    const go = h('button', { type: 'button', class: 'primary', 'data-offer': 'help' }, t('help-now'));
    const stay = h('button', { type: 'button', class: 'quiet', 'data-offer': 'stay' }, t('rating-stay'));
    go.addEventListener('click', () => { offered.replaceChildren(); planBox.replaceChildren(); offerHelp(); });
    stay.addEventListener('click', () => { offered.replaceChildren(); (inputs.find((i) => i.checked) ?? inputs[0]).focus(); });
    offered.replaceChildren(
      h('p', {}, t('rating-hard')),
      h('div', { class: 'form-actions' }, go, stay));
    // The person's own plan, when they have written one, right here too. Loaded only
    // now: most ratings never need it, and the first screen should not wait for it.
    import('./views/safety-plan.js')
      .then((plan) => plan.planSummary())
      .then((summary) => { if (summary && offered.contains(go)) planBox.replaceChildren(summary); })
      .catch(() => {});
  }
  // The plan sits outside the live region: moving onto a 9 must not read a whole
  // private plan aloud. It is there to read, below the offer.
  const planBox = h('div', { class: 'rating-plan-box' });
  container.replaceChildren(fieldset, offered, planBox);
  return {
    value: () => {
      const picked = inputs.find((i) => i.checked);
      return picked ? Number(picked.value) : null;
    },
    set: (n) => inputs.forEach((i) => { i.checked = n != null && Number(i.value) === n; }),
    clear: () => {
      inputs.forEach((i) => { i.checked = false; });
      offered.replaceChildren();
      planBox.replaceChildren();
    },
    focus: () => (inputs.find((i) => i.checked) ?? inputs[0]).focus(),
  };
}
