// "Need help now": always reachable (F1 or the button in the top bar), never
// locked. Emergency guidance first, then the person's own contacts, then crisis
// lines for their country, and a way back to breathing.
import * as api from '../api.js';
import { h, keepNumbersLeftToRight, nextId } from '../dom.js';
import { dateLocales, language, t } from '../i18n.js';
import { countryFromLocale } from '../region.js';
import { mountPlan } from './safety-plan.js';

export function mount(section, ctx) {
  // Named plainly, once, beside the number: people at highest risk should not have to guess this page is for them.
  const emergencyText = h('p', {}, t('help-emergency'));
  const emergencyNumber = h('p', { class: 'emergency-number' });
  const contactsList = h('ul', { class: 'contact-list', 'aria-label': t('help-contacts-label') });
  const contactsEmpty = h('p', { class: 'summary' }, t('help-contacts-empty'));
  const countrySelect = h('select', { id: 'help-country' });
  // Chosen when the person's country is not in the list: kept for this visit only,
  // since settings hold only countries Ebb has lines for.
  const UNLISTED = 'unlisted';
  let unlisted = false;
  const linesList = h('ul', { class: 'line-list', 'aria-label': t('help-lines') });
  const status = h('p', { class: 'form-status', id: 'help-status', role: 'status', 'aria-live': 'polite' });
  let data = null;
  let editing = -1; // index of the contact being edited; contacts.length for a new one

  // The plan comes first once it exists; until then a quiet invitation waits at the end.
  const planBlock = h('div', { class: 'help-block plan printable', id: 'my-plan' });
  const plan = mountPlan(planBlock, {
    status,
    onChange: (exists) => {
      planBlock.classList.toggle('plan-later', !exists);
      if (exists) section.querySelector('.lead:not(.gentle)').after(planBlock);
      else section.querySelector('#slow-down').after(planBlock);
    },
  });
  const gentle = h('p', { class: 'lead gentle', hidden: true }, t('help-gentle'));
  section.replaceChildren(
    h('h1', { id: 'help-title', tabindex: '-1' }, t('help-now')),
    gentle,
    h('p', { class: 'lead' }, t('help-lead')),
    planBlock,
    h('div', { class: 'help-block help-urgent' }, h('h2', {}, t('help-danger-title')), emergencyText, emergencyNumber),
    h('div', { class: 'help-block' },
      h('h2', {}, t('help-people-title')),
      contactsEmpty,
      contactsList,
      h('button', { type: 'button', class: 'quiet', id: 'add-contact', onclick: () => editContact(data.contacts.length) }, t('help-contact-add')),
    ),
    h('div', { class: 'help-block' },
      h('h2', {}, t('help-lines')),
      h('div', { class: 'field' }, h('label', { for: 'help-country' }, t('help-country')), countrySelect),
      linesList,
      h('p', { class: 'summary' }, t('help-lines-change')),
    ),
    h('div', { class: 'help-block', id: 'slow-down' },
      h('h2', {}, t('help-breathe-title')),
      h('p', {}, t('help-breathe-text')),
      h('button', { type: 'button', class: 'primary', onclick: () => ctx.breatheNow() }, t('help-breathe')),
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
    const collator = new Intl.Collator(language().tag);
    const country = chosenCountry();
    emergencyNumber.replaceChildren(country
      ? h('strong', {}, t('help-emergency-call', { country: country.name, number: country.emergency }))
      : t('help-emergency-examples'));

    countrySelect.replaceChildren(
      h('option', { value: '' }, t('help-country-choose')),
      // In the language's own alphabetical order ("États-Unis" among the É's, not last).
      ...[...data.countries].sort((a, b) => collator.compare(a.name, b.name)).map((c) => h('option', { value: c.code }, c.name)),
      h('option', { value: UNLISTED }, t('help-country-unlisted')),
    );
    countrySelect.value = country?.code ?? (unlisted ? UNLISTED : '');
    linesList.replaceChildren(...(country ? country.lines : []).map(lineItem));
    if (country && country.lines.length === 0) {
      linesList.append(h('li', { class: 'no-line' },
        t('help-no-line', { country: country.name, number: country.emergency })));
    } else if (!country) {
      linesList.append(h('li', { class: 'no-line' }, t(unlisted ? 'help-no-lines-unlisted' : 'help-no-country')));
    }

    contactsEmpty.hidden = data.contacts.length > 0 || editing >= 0;
    contactsList.replaceChildren(...data.contacts.map((c, i) => (i === editing ? contactForm(c) : h('li', {},
      h('p', { class: 'name' }, c.name),
      h('p', { class: 'contact' }, keepNumbersLeftToRight(c.reach)),
      c.note ? h('p', { class: 'summary' }, c.note) : null,
      h('div', { class: 'row-actions' },
        h('button', { type: 'button', class: 'quiet', 'aria-label': t('help-contact-edit-label', { name: c.name }), onclick: () => editContact(i) }, t('help-contact-edit')),
        h('button', { type: 'button', class: 'danger', 'aria-label': t('help-contact-remove-label', { name: c.name }), onclick: () => saveAll(data.contacts.filter((_, j) => j !== i), t('help-contact-removed', { name: c.name })) }, t('help-contact-remove')))))));
    if (editing === data.contacts.length) contactsList.append(contactForm({ name: '', reach: '', note: '' }));
  }

  /** One crisis line: how to call, how to write (as plainly as calling), hours, cost, source. */
  function lineItem(line) {
    const checked = monthName(line.checked);
    return h('li', {},
      h('p', { class: 'name' }, line.name),
      // A text-only service says the same thing twice; show it once, as a way to write.
      line.contact !== line.text ? h('p', { class: 'contact' }, keepNumbersLeftToRight(line.contact)) : null,
      line.text ? h('p', { class: 'contact line-text' }, h('strong', {}, t('help-line-text')), ' ', keepNumbersLeftToRight(line.text)) : null,
      h('p', { class: 'summary' }, line.hours, ' · ', line.cost),
      h('p', { class: 'source' }, checked
        ? t('help-line-source-checked', { source: line.source, month: checked })
        : t('help-line-source', { source: line.source })));
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
      field('name', t('help-contact-name')),
      field('reach', t('help-contact-reach'), t('help-contact-reach-hint')),
      field('note', t('help-contact-note'), t('help-contact-note-hint')),
      error,
      h('div', { class: 'form-actions' },
        h('button', { type: 'submit', class: 'primary' }, t('help-contact-save')),
        h('button', { type: 'button', class: 'quiet', onclick: () => { editing = -1; render(); } }, t('help-contact-cancel'))));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const next = [...data.contacts];
      const value = { name: fields.name.value, reach: fields.reach.value, note: fields.note.value };
      if (editing === next.length) next.push(value); else next[editing] = value;
      const err = await saveAll(next, t('help-contact-saved', { name: value.name.trim() }));
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

/** "2026-11" → "November 2026" (in the language spoken); anything else → null. */
function monthName(checked) {
  const match = /^(\d{4})-(\d{2})$/.exec(checked ?? '');
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(dateLocales(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
