// Suggesting a country for crisis lines from the system's language settings.

/**
 * The country part of a language tag ("en-GB" → "GB", "fr_FR.UTF-8" → "FR"), if it
 * is one of `known`; otherwise null, so the person chooses.
 */
export function countryFromLocale(tag, known) {
  const match = /^[a-z]{2,3}[-_]([A-Za-z]{2})\b/.exec(tag ?? '');
  const code = match?.[1].toUpperCase();
  return code && known.includes(code) ? code : null;
}
