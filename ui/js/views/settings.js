// Settings: appearance (theme, motion) and sound. Each change is saved at once.
import { h } from '../dom.js';

const GROUPS = [
  {
    key: 'theme',
    legend: 'Theme',
    options: [['system', 'Follow my system'], ['light', 'Light'], ['dark', 'Dark']],
  },
  {
    key: 'motion',
    legend: 'Motion',
    note: 'Reduced motion keeps the breathing circle still and changes its brightness instead of its size.',
    options: [['system', 'Follow my system'], ['reduced', 'Reduce motion'], ['full', 'Full motion']],
  },
];

export function mount(section, ctx) {
  const radios = {};
  const sound = h('input', { type: 'checkbox', id: 'settings-sound' });
  const status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });

  const groups = GROUPS.map((g) => {
    radios[g.key] = g.options.map(([value, label]) => {
      const input = h('input', { type: 'radio', name: `settings-${g.key}`, value });
      input.addEventListener('change', () => save((p) => { p[g.key] = value; }));
      return h('label', { class: 'check' }, input, label);
    });
    return h('fieldset', { class: 'choice-group' },
      h('legend', {}, g.legend),
      g.note ? h('p', { class: 'summary' }, g.note) : null,
      radios[g.key]);
  });
  sound.addEventListener('change', () => save((p) => { p.sound = sound.checked; }));

  section.replaceChildren(
    h('h1', { id: 'settings-title', tabindex: '-1' }, 'Settings'),
    ...groups,
    h('fieldset', { class: 'choice-group' }, h('legend', {}, 'Sound'),
      h('label', { class: 'check' }, sound, 'Soft tones while breathing (a rising tone to breathe in, a lower one to breathe out)')),
    status,
  );

  async function save(edit) {
    const prefs = structuredClone(ctx.store.snapshot.preferences);
    edit(prefs);
    await ctx.savePreferences(prefs);
    status.textContent = 'Saved.';
  }

  function render() {
    const prefs = ctx.store.snapshot?.preferences;
    if (!prefs) return;
    for (const g of GROUPS) {
      for (const label of radios[g.key]) {
        const input = label.querySelector('input');
        input.checked = input.value === prefs[g.key];
      }
    }
    sound.checked = prefs.sound;
  }

  ctx.store.listeners.add(render);
  render();
  return { refresh: render };
}
