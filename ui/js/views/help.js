// "Need help now": always reachable (F1 or the button in the top bar), never locked.
import { h } from '../dom.js';

export function mount(section, ctx) {
  section.replaceChildren(
    h('h1', { id: 'help-title', tabindex: '-1' }, 'Need help now'),
    h('p', { class: 'lead' }, 'You don’t have to get through this alone.'),
    h('div', { class: 'help-block help-urgent' },
      h('h2', {}, 'If you might be in danger'),
      h('p', {}, 'If you might hurt yourself or someone else, or you are not safe where you are, call your local emergency number now.'),
      h('p', {}, 'For example: 112 across Europe and in many other countries, 911 in the United States and Canada, 999 in the United Kingdom, 000 in Australia.'),
    ),
    h('div', { class: 'help-block' },
      h('h2', {}, 'Reach out to someone'),
      h('p', {}, 'Call or message someone you trust: a friend, someone in your family, or your therapist. Saying “I’m having a hard time” is enough.'),
    ),
    h('div', { class: 'help-block' },
      h('h2', {}, 'Slow things down'),
      h('p', {}, 'A few long breaths out can help your body settle a little while you decide what to do next.'),
      h('button', { type: 'button', class: 'primary', onclick: () => ctx.breatheNow() }, 'Breathe with Ebb'),
    ),
  );
  return {};
}
