// Every word on every screen comes from a catalogue or from content/: in the
// pseudo-language (a debug build's EBB_PSEUDO_LOCALE=1) each of them is accented,
// 40% longer and wrapped in ⟪ ⟫, so any letters outside the marks were written into
// the code and would stay English in every language.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createJournal, openJournal, shown, snap, stopDriver, text, waitFor, withApp } from './lib/harness.mjs';
import { Keys } from './lib/webdriver.mjs';

after(stopDriver);

/**
 * Words on the page (text people see, and the names and hints screen readers
 * read) that did not come from a catalogue: letters left once every ⟪…⟫ is taken out.
 */
const unmarked = (s) => s.run(() => {
  const found = new Set();
  const check = (where, value) => {
    // Marks nest (a message with content or another message in it): innermost first.
    let rest = value ?? '';
    for (let before = null; before !== rest;) {
      before = rest;
      rest = rest.replace(/⟪[^⟪⟫]*⟫/g, '');
    }
    if (/\p{L}/u.test(rest)) found.add(`${where}: ${value.trim().slice(0, 80)}`);
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.data.trim()) continue;
    // The whole text of the element holding it: a message may be split into text
    // nodes around its numbers (kept left to right) or a word in bold.
    let el = node.parentElement;
    // A language's own name for itself (Settings) is meant to be in that language.
    if (el?.closest('[lang]') !== document.documentElement) continue;
    while (el && el.parentElement && getComputedStyle(el).display === 'inline' && el.tagName !== 'OPTION') el = el.parentElement;
    // Hidden text is not read by anyone.
    if (!el || seen.has(el) || el.closest('[hidden], script, style') || el.offsetParent === null && getComputedStyle(el).position !== 'fixed') continue;
    seen.add(el);
    check(el.tagName.toLowerCase() + (el.id ? `#${el.id}` : ''), el.textContent);
  }
  for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], [aria-description]')) {
    if (el.closest('[hidden]')) continue;
    for (const name of ['aria-label', 'placeholder', 'title', 'aria-description']) {
      if (el.hasAttribute(name)) check(`${el.tagName.toLowerCase()}[${name}]`, el.getAttribute(name));
    }
  }
  return [...found].slice(0, 12);
});

test('in the pseudo-language, every word on every screen comes from a catalogue or from content', async () => {
  await withApp('pseudo', async (s) => {
    assert.equal(await s.run(() => document.documentElement.lang), 'en-XA');
    const problems = {};
    const look = async (name) => {
      const words = await unmarked(s);
      if (words.length) problems[name] = words;
      await snap(s, `90-pseudo-${name}`);
    };
    await look('breathe');
    await s.press(Keys.space);
    await waitFor('breathing', () => s.run(() => document.getElementById('view-pacer').dataset.state === 'running'));
    await waitFor('a phase', async () => (await text(s, '#phase')).length > 0);
    await look('breathing');
    await s.press(Keys.escape);
    await waitFor('the ending', () => s.run(() => document.getElementById('view-pacer').dataset.state === 'ended'));
    await look('ending');
    await s.press(Keys.escape);
    await s.run(() => document.querySelector('#before-rating input[value="9"]').click());
    await waitFor('help offered', () => s.run(() => !!document.querySelector('[data-offer="help"]')));
    await look('rating-nine');

    await s.press('2', Keys.alt);
    await waitFor('the lists', () => s.run(() => document.querySelectorAll('#view-grounding button').length > 2));
    await look('ground');
    const listsText = await text(s, '#view-grounding');
    await s.run(() => document.querySelector('#view-grounding .list-open, #view-grounding li button')?.click());
    await waitFor('the list opened', async () => (await text(s, '#view-grounding')) !== listsText);
    await look('ground-list');

    await openJournal(s);
    await look('journal-new');
    await createJournal(s, 'a long enough passphrase');
    await look('journal');
    await s.click('#journal-new');
    await waitFor('the session form', () => shown(s, '#session-check-in'));
    await look('session-form');

    await s.press('4', Keys.alt);
    await waitFor('insights', async () => (await text(s, '#view-insights')).length > 40);
    await look('insights');
    await s.press('5', Keys.alt);
    await waitFor('articles', () => s.run(() => document.querySelectorAll('#view-learn button, #view-learn a').length > 0));
    await look('learn');
    const articlesText = await text(s, '#view-learn');
    await s.run(() => document.querySelector('#view-learn button, #view-learn a').click());
    await waitFor('the article opened', async () => (await text(s, '#view-learn')) !== articlesText);
    await look('article');
    await s.press('6', Keys.alt);
    await waitFor('patterns', async () => (await text(s, '#view-patterns')).length > 40);
    await look('patterns');
    await s.press('7', Keys.alt);
    await waitFor('settings', () => s.run(() => !!document.getElementById('settings-language')));
    await look('settings');
    await s.press(Keys.f1);
    await waitFor('help', () => s.run(() => document.querySelectorAll('#help-country option').length > 5));
    await look('help');
    await s.run(() => {
      const select = document.getElementById('help-country');
      select.value = 'GB';
      select.dispatchEvent(new Event('change'));
    });
    await waitFor('the lines', () => s.run(() => document.querySelectorAll('.line-list li').length > 0));
    await look('help-lines');
    await s.click('#plan-make');
    await waitFor('the first step', () => s.run(() => !!document.querySelector('#my-plan h2')));
    await look('plan-step');

    assert.deepEqual(problems, {}, 'words that did not come from a catalogue');
  }, { env: { EBB_PSEUDO_LOCALE: '1' } });
});
