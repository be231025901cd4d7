// "Need help now": always reachable (F1 or the button in the top bar), never
// locked. Emergency guidance first, then the person's own contacts, then crisis
// lines for their country, and a way back to breathing.
import * as api from '../api.js';
import { h, nextId } from '../dom.js';
import { countryFromLocale } from '../region.js';
import { mountPlan } from './safety-plan.js';

export function mount(section, ctx) {
  // Named plainly, once, beside the number: people at highest risk should not have to guess this page is for them.
  const emergencyText = h('p', {}, 'If you are thinking about suicide or about hurting yourself, you deserve help right now, and you do not have to wait until it gets worse. If you might act on it, might hurt someone else, or are not safe where you are, call your local emergency number now.');
  const emergencyNumber = h('p', { class: 'emergency-number' });
  const contactsList = h('ul', { class: 'contact-list', 'aria-label': 'Your contacts' });
  const contactsEmpty = h('p', { class: 'summary' }, 'Add the people you would like to reach in a hard moment: your therapist, a friend, someone in your family.');
  const countrySelect = h('select', { id: 'help-country' });
  // Chosen when the person's country is not in the list: kept for this visit only,
  // since settings hold only countries Ebb has lines for.
  const UNLISTED = 'unlisted';
  let unlisted = false;
  const linesList = h('ul', { class: 'line-list', 'aria-label': 'Crisis lines' });
  const status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  let data = null;
  let editing = -1; // index of the contact being edited; contacts.length for a new one

  // The plan comes first once it exists; until then a quiet invitation waits at the end.
  const planBlock = h('div', { class: 'help-block plan', id: 'my-plan' });
  const plan = mountPlan(planBlock, {
    status,
    onChange: (exists) => {
      planBlock.classList.toggle('plan-later', !exists);
      if (exists) section.querySelector('.lead:not(.gentle)').after(planBlock);
      else section.querySelector('#slow-down').after(planBlock);
    },
  });
  const gentle = h('p', { class: 'lead gentle', hidden: true }, 'That sounds really hard right now. Here are some ways to get support, and you can go back whenever you like.');
  section.replaceChildren(
    h('h1', { id: 'help-title', tabindex: '-1' }, 'Need help now'),
    gentle,
    h('p', { class: 'lead' }, 'You don’t have to get through this alone.'),
    planBlock,
    h('div', { class: 'help-block help-urgent' }, h('h2', {}, 'If you might be in danger'), emergencyText, emergencyNumber),
    h('div', { class: 'help-block' },
      h('h2', {}, 'Your people'),
      contactsEmpty,
      contactsList,
      h('button', { type: 'button', class: 'quiet', id: 'add-contact', onclick: () => editContact(data.contacts.length) }, 'Add a contact'),
    ),
    h('div', { class: 'help-block' },
      h('h2', {}, 'Crisis lines'),
      h('div', { class: 'field' }, h('label', { for: 'help-country' }, 'Country'), countrySelect),
      linesList,
      h('p', { class: 'summary' }, 'Lines change from time to time: if a number does not work, your local emergency number always does.'),
    ),
    h('div', { class: 'help-block', id: 'slow-down' },
      h('h2', {}, 'Slow things down'),
      h('p', {}, 'A few long breaths out can help your body settle a little while you decide what to do next.'),
      h('button', { type: 'button', class: 'primary', onclick: () => ctx.breatheNow() }, 'Breathe with Ebb'),
    ),
    status,
  );

  countrySelect.addEventListener('change', async () => {
    unlisted = countrySelect.value === UNLISTED;
    try {
      ctx.setResources(await api.setCountry(unlisted ? null : countrySelect.value || null));
    } catch (e) {
      status.textContent = e.message;
    }
  });

  function chosenCountry() {
    if (unlisted) return null;
    const codes = data.countries.map((c) => c.code);
    const region = ctx.store.snapshot?.systemRegion;
    const code = data.country ?? (region && codes.includes(region) ? region : countryFromLocale(navigator.language, codes));
    return data.countries.find((c) => c.code === code) ?? null;
  }

  function render() {
    if (!data) return;
    const country = chosenCountry();
    emergencyNumber.replaceChildren(country
      ? h('strong', {}, `${country.name}: call ${country.emergency}.`)
      : 'For example: 112 across Europe and in many other countries, 911 in the United States and Canada, 999 in the United Kingdom, 000 in Australia.');

    countrySelect.replaceChildren(
      h('option', { value: '' }, 'Choose your country'),
      ...data.countries.map((c) => h('option', { value: c.code }, c.name)),
      h('option', { value: UNLISTED }, 'My country isn’t listed'),
    );
    countrySelect.value = country?.code ?? (unlisted ? UNLISTED : '');
    linesList.replaceChildren(...(country ? country.lines : []).map(lineItem));
    if (country && country.lines.length === 0) {
      linesList.append(h('li', { class: 'no-line' },
        `Ebb doesn’t list a crisis line for ${country.name} yet, but you can still get help now: call ${country.emergency}. `,
        'If you can, tell someone you trust how you are feeling.'));
    } else if (!country) {
      linesList.append(h('li', { class: 'no-line' }, unlisted
        ? 'Ebb doesn’t list crisis lines for your country yet, but you can still get help now: call your local emergency number (112 in Europe and in many other countries). If you can, tell someone you trust how you are feeling.'
        : 'Choose your country to see crisis lines. If it isn’t listed, you can still get help now: call your local emergency number.'));
    }

    contactsEmpty.hidden = data.contacts.length > 0 || editing >= 0;
    contactsList.replaceChildren(...data.contacts.map((c, i) => (i === editing ? contactForm(c) : h('li', {},
      h('p', { class: 'name' }, c.name),
      h('p', { class: 'contact' }, c.reach),
      c.note ? h('p', { class: 'summary' }, c.note) : null,
      h('div', { class: 'row-actions' },
        h('button', { type: 'button', class: 'quiet', 'aria-label': `Edit ${c.name}`, onclick: () => editContact(i) }, 'Edit'),
        h('button', { type: 'button', class: 'danger', 'aria-label': `Remove ${c.name}`, onclick: () => saveAll(data.contacts.filter((_, j) => j !== i), `Removed ${c.name}.`) }, 'Remove'))))));
    if (editing === data.contacts.length) contactsList.append(contactForm({ name: '', reach: '', note: '' }));
  }

  /** One crisis line: how to call, how to write (as plainly as calling), hours, cost, source. */
  function lineItem(line) {
    const checked = monthName(line.checked);
    return h('li', {},
      h('p', { class: 'name' }, line.name),
      // A text-only service says the same thing twice; show it once, as a way to write.
      line.contact !== line.text ? h('p', { class: 'contact' }, line.contact) : null,
      line.text ? h('p', { class: 'contact line-text' }, h('strong', {}, 'If speaking is hard: '), line.text) : null,
      h('p', { class: 'summary' }, line.hours, ' · ', line.cost),
      h('p', { class: 'source' }, 'Source: ', line.source, checked ? ` (checked ${checked})` : ''));
  }

  function contactForm(contact) {
    const fields = {};
    const error = h('p', { class: 'error', role: 'alert', hidden: true });
    const field = (key, label, hint) => {
      const id = nextId('contact');
      fields[key] = h('input', { type: 'text', id, value: contact[key], autocomplete: 'off' });
      return h('div', { class: 'field' }, h('label', { for: id }, label), hint ? h('p', { class: 'summary' }, hint) : null, fields[key]);
    };
    const form = h('form', { class: 'pattern-form' },
      field('name', 'Name'),
      field('reach', 'How to reach them', 'A phone number, or how you get in touch.'),
      field('note', 'Note (optional)', 'For example: my therapist, Tuesdays.'),
      error,
      h('div', { class: 'form-actions' },
        h('button', { type: 'submit', class: 'primary' }, 'Save contact'),
        h('button', { type: 'button', class: 'quiet', onclick: () => { editing = -1; render(); } }, 'Cancel')));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const next = [...data.contacts];
      const value = { name: fields.name.value, reach: fields.reach.value, note: fields.note.value };
      if (editing === next.length) next.push(value); else next[editing] = value;
      const err = await saveAll(next, `Saved ${value.name.trim()}.`);
      if (err) {
        error.textContent = err.message;
        error.hidden = false;
        (fields[err.field] ?? fields.name).focus();
      }
    });
    queueMicrotask(() => fields.name.focus());
    return h('li', {}, form);
  }

  function editContact(i) {
    editing = i;
    render();
  }

  /** Saves the whole list; returns the error, if any, for the form to show. */
  async function saveAll(contacts, message) {
    try {
      const next = await api.saveContacts(contacts);
      editing = -1;
      ctx.setResources(next);
      status.textContent = message;
      return null;
    } catch (e) {
      return e;
    }
  }

  const showReason = () => { gentle.hidden = section.dataset.reason !== 'rating'; };
  showReason();
  ctx.onResources((next) => { data = next; render(); });
  ctx.loadResources().then((next) => { data = next; render(); }, (e) => { status.textContent = e.message; });
  plan.load();
  return { refresh: showReason };
}

/** "2026-11" → "November 2026"; anything else → null. */
function monthName(checked) {
  const match = /^(\d{4})-(\d{2})$/.exec(checked ?? '');
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return date.toLocaleDateString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
