// "Prepare for my next session": the person chooses a stretch of time, ticks what goes
// on the page (sections and single items) and may add a line of their own; then saves
// a PDF (written by Ebb) or prints. The backend words every line, so what is shown
// here is exactly what the page says; only what is ticked is sent, and the backend
// sets only that on the page. Printing draws the backend's page blocks into
// #summary-paper, which only the print stylesheet shows.
import * as api from '../api.js';
import { h, nextId } from '../dom.js';
import { t } from '../i18n.js';
import { s } from './insights-charts.js';

/** The sections of the preview: key, the heading's message, and whether items start ticked. */
const SECTIONS = [
  ['bringUp', 'summary-bring-up-heading', true],
  ['distress', 'summary-distress-heading', true],
  ['signs', 'summary-signs-heading', true],
  ['helped', 'summary-helped-heading', true],
  ['notes', 'summary-notes-heading', false],
];

/** `screen`: { body, ctx, say, whileOpen, home } from journal.js. */
export async function showSummary(screen) {
  const { body, ctx } = screen;
  const open = screen.whileOpen();
  const ask = { stretch: 'since-last-session', from: null, to: null };
  let prepared = null;
  let boxes = {}; // section key → { section, items: [[id, checkbox]] }

  const status = h('p', { class: 'form-status', id: 'summary-status', role: 'status', 'aria-live': 'polite' });
  const covers = h('p', { class: 'summary', id: 'summary-covers', role: 'status', 'aria-live': 'polite' });
  const sections = h('div', { id: 'summary-sections' });
  const paper = h('article', { class: 'paper printable', id: 'summary-paper' });

  const radios = h('fieldset', { class: 'choice-group', id: 'summary-stretch' },
    h('legend', {}, t('summary-stretch-label')),
    h('div', { class: 'choice-list stacked' }, [
      ['since-last-session', 'summary-stretch-since-last-session'],
      ['last-month', 'summary-stretch-last-month'],
      ['dates', 'summary-stretch-dates'],
    ].map(([value, id]) => {
      const input = h('input', { type: 'radio', name: 'summary-stretch', value, id: `summary-stretch-${value}`, checked: value === ask.stretch });
      input.addEventListener('change', () => {
        ask.stretch = value;
        dates.hidden = value !== 'dates';
        if (value !== 'dates' || (from.value && to.value)) load();
      });
      return h('label', { class: 'check', for: input.id }, input, ' ', t(id));
    })));
  const from = h('input', { type: 'date', id: 'summary-from' });
  const to = h('input', { type: 'date', id: 'summary-to' });
  for (const input of [from, to]) {
    input.addEventListener('change', () => {
      ask.from = from.value || null;
      ask.to = to.value || null;
      if (from.value && to.value) load();
    });
  }
  const dates = h('div', { class: 'filter-row', hidden: true },
    h('div', { class: 'field' }, h('label', { for: from.id }, t('summary-from')), from),
    h('div', { class: 'field' }, h('label', { for: to.id }, t('summary-to')), to));

  const top = h('input', { type: 'text', id: 'summary-top', maxlength: '300', autocomplete: 'off', 'aria-describedby': 'summary-top-hint' });
  const paperSize = h('select', { id: 'summary-paper-size' },
    h('option', { value: 'a4' }, t('summary-paper-a4')),
    h('option', { value: 'letter' }, t('summary-paper-letter')));

  const save = h('button', { type: 'button', class: 'primary', id: 'summary-save' }, t('summary-save'));
  const print = h('button', { type: 'button', class: 'quiet', id: 'summary-print' }, t('summary-print'));

  /** What is ticked, by id: nothing else goes on the page. */
  const choice = () => {
    const ticked = (key) => (boxes[key]?.items ?? []).filter(([, box]) => box.checked).map(([id]) => id);
    return {
      top: top.value,
      bringUp: ticked('bringUp'),
      distress: Boolean(boxes.distress?.section?.checked),
      signs: ticked('signs'),
      helped: ticked('helped'),
      notes: ticked('notes'),
      paper: paperSize.value,
    };
  };

  const failed = (e) => {
    if (!open()) return;
    if (e.kind === 'locked') return ctx.journalLocked?.();
    status.textContent = e.message;
  };

  async function load() {
    status.textContent = '';
    covers.textContent = t('summary-loading');
    try {
      const next = await api.summaryPrepare({ ...ask });
      if (!open()) return;
      prepared = next;
      covers.textContent = t('summary-covers', { stretch: prepared.stretchWords, sessions: prepared.sessions });
      drawSections();
    } catch (e) {
      covers.textContent = '';
      failed(e);
    }
  }

  function drawSections() {
    boxes = {};
    sections.replaceChildren(...SECTIONS.map(([key, heading, ticked]) => {
      const titleId = nextId('summary-section');
      const lines = key === 'distress' ? [] : prepared[key];
      const offered = key === 'distress' ? prepared.distress.length > 0 : lines.length > 0;
      const box = h('fieldset', { class: 'panel summary-section', id: `summary-${key}`, 'aria-labelledby': titleId },
        h('legend', { class: 'visually-hidden' }, t(heading)),
        h('h2', { id: titleId }, t(heading)));
      if (!offered) {
        box.append(h('p', { class: 'summary' }, t('summary-none-in-stretch')));
        return box;
      }
      const section = h('input', { type: 'checkbox', id: `summary-${key}-all`, checked: ticked });
      box.append(h('label', { class: 'check section-check', for: section.id }, section, ' ', t('summary-section-include')));
      if (key === 'notes') box.append(h('p', { class: 'summary' }, t('summary-notes-hint')));
      const items = lines.map((line, i) => {
        const input = h('input', { type: 'checkbox', id: `summary-${key}-${i}`, 'data-id': line.id, checked: ticked });
        input.addEventListener('change', () => { section.checked = items.some(([, b]) => b.checked); });
        return [line.id, input, h('li', {}, h('label', { class: 'check', for: input.id }, input, ' ',
          h('span', {}, line.text, line.detail ? h('span', { class: 'summary inline' }, ' ', line.detail) : null)))];
      });
      if (key === 'distress' && prepared.distressWords) box.append(h('p', { id: 'summary-distress-words' }, prepared.distressWords));
      if (items.length) box.append(h('ul', { class: 'summary-items' }, items.map(([, , li]) => li)));
      const older = { bringUp: ['summary-bring-up-older', prepared.bringUpOlder], notes: ['summary-notes-older', prepared.notesOlder] }[key];
      if (older?.[1]) box.append(h('p', { class: 'summary', id: `summary-${key}-older` }, t(older[0], { count: older[1] })));
      section.addEventListener('change', () => { for (const [, input] of items) input.checked = section.checked; });
      boxes[key] = { section, items: items.map(([id, input]) => [id, input]) };
      return box;
    }));
  }

  save.addEventListener('click', async () => {
    status.textContent = '';
    save.disabled = true;
    try {
      const done = await api.summarySave({ ...ask }, choice());
      if (!open()) return;
      status.textContent = done ? t('summary-saved', { pages: done.pages, path: done.path }) : t('summary-nothing-saved');
    } catch (e) {
      failed(e);
    } finally {
      save.disabled = false;
    }
  });
  print.addEventListener('click', async () => {
    status.textContent = '';
    try {
      const page = await api.summaryPage({ ...ask }, choice());
      if (!open()) return;
      drawPaper(paper, page);
      window.print();
    } catch (e) {
      failed(e);
    }
  });

  body.replaceChildren(
    h('button', { type: 'button', class: 'quiet back', id: 'summary-back', onclick: () => screen.home() }, t('summary-back')),
    h('h1', { id: 'journal-title', tabindex: '-1' }, t('summary-title')),
    h('p', {}, t('summary-intro')),
    radios,
    dates,
    covers,
    h('div', { class: 'field' }, h('label', { for: top.id }, t('summary-top-label')), top,
      h('p', { class: 'summary', id: 'summary-top-hint' }, t('summary-top-hint'))),
    sections,
    h('div', { class: 'field' }, h('label', { for: paperSize.id }, t('summary-paper-label')), paperSize),
    h('p', { class: 'warning-box' }, h('strong', {}, t('summary-not-encrypted')), ' ', t('summary-not-encrypted-more')),
    h('div', { class: 'form-actions' }, save, print),
    status,
    paper,
  );
  screen.focusTitle();
  await load();
  // The paper usual where the person lives, until they choose.
  if (prepared) paperSize.value = prepared.paper;
}

/** The backend's page, drawn for print: the same blocks, in the same order, as the PDF. */
export function drawPaper(paper, page) {
  paper.setAttribute('lang', page.lang);
  paper.setAttribute('dir', page.rtl ? 'rtl' : 'ltr');
  const parts = [];
  let list = null;
  const listed = (tag, item) => {
    if (!list || list.tagName.toLowerCase() !== tag) {
      list = h(tag, {});
      parts.push(list);
    }
    list.append(item);
  };
  for (const block of page.blocks) {
    if (block.kind === 'item') { listed('ul', h('li', {}, block.text)); continue; }
    if (block.kind === 'step') { listed('ol', h('li', { value: block.number }, block.text)); continue; }
    list = null;
    if (block.kind === 'title') parts.push(h('h1', {}, block.text));
    else if (block.kind === 'subtitle') parts.push(h('p', { class: 'paper-subtitle' }, block.text));
    else if (block.kind === 'heading') parts.push(h('h2', {}, block.text));
    else if (block.kind === 'label') parts.push(h('h3', {}, block.text));
    else if (block.kind === 'paragraph') parts.push(h('p', {}, block.text));
    else if (block.kind === 'note') parts.push(h('p', { class: 'paper-note' }, block.text));
    else if (block.kind === 'chart') parts.push(paperChart(block));
  }
  parts.push(h('p', { class: 'paper-footer' }, page.footer));
  paper.replaceChildren(...parts);
}

/** Distress before (outlined) and after (solid) each session, 0 to 10; no colour needed. */
function paperChart({ points, before, after, caption }) {
  const W = 480;
  const H = 130;
  const left = 22;
  const base = 104;
  const slot = (W - left) / Math.max(points.length, 1);
  const bar = Math.min(slot * 0.32, 14);
  const every = Math.max(1, Math.ceil((points.length * 34) / (W - left)));
  const y = (v) => base - (96 * v) / 10;
  const grid = [0, 5, 10].map((v) => [
    s('line', { x1: left, x2: W, y1: y(v), y2: y(v), class: v ? 'paper-grid' : 'paper-axis' }),
    s('text', { x: left - 4, y: y(v) + 3, 'text-anchor': 'end', class: 'paper-label' }, String(v)),
  ]);
  const bars = points.map((p, i) => {
    const centre = left + slot * (i + 0.5);
    const height = (v) => Math.max((96 * v) / 10, 0.8);
    return [
      p.before == null ? null : s('rect', { x: centre - bar - 1, y: base - height(p.before), width: bar, height: height(p.before), class: 'paper-before' }),
      p.after == null ? null : s('rect', { x: centre + 1, y: base - height(p.after), width: bar, height: height(p.after), class: 'paper-after' }),
      i % every ? null : s('text', { x: centre, y: base + 14, 'text-anchor': 'middle', class: 'paper-label' }, p.label),
    ];
  });
  return h('figure', { class: 'paper-chart' },
    h('p', { class: 'paper-legend' },
      h('span', { class: 'key key-before', 'aria-hidden': 'true' }), ' ', before, ' ',
      h('span', { class: 'key key-after', 'aria-hidden': 'true' }), ' ', after),
    s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'paper-svg', 'aria-hidden': 'true' }, grid, bars),
    caption ? h('figcaption', {}, caption) : null);
}
