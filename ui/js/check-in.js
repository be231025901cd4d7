// The aftercare check-in, as the session form and Settings offer it. Which delays
// exist is the backend's to say (the boot payload's `checkInMinutes`); this names
// them for people and shows when a check-in is due.
import { h } from './dom.js';
import { dateLocales, t } from './i18n.js';

/** "15 minutes", "1 hour", "1½ hours", "2 hours". */
export function checkInLabel(minutes) {
  if (minutes < 60 || minutes % 30 !== 0) return t('check-in-minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  if (minutes % 60) return t('check-in-hours-half', { hours });
  return t('check-in-hours', { hours });
}

/** The time of day a check-in is due, in the person's own clock format. */
export function dueTime(iso, locale = dateLocales()) {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** A select of the check-in delays `offered` (minutes), with `chosen` selected. */
export function minutesSelect(id, offered, chosen) {
  const select = h('select', { id });
  showMinutes(select, offered, chosen);
  return select;
}

/** Puts the delays `offered` in `select` (again), with `chosen` selected. */
export function showMinutes(select, offered, chosen) {
  select.replaceChildren(...offered.map((m) => h('option', { value: m }, checkInLabel(m))));
  select.value = String(chosen);
}
