// Learn: short articles about crying, therapy and the nervous system. Articles come
// from content/ as blocks of plain text runs and are built into DOM nodes here.
import { h } from '../dom.js';
import { t } from '../i18n.js';

/** One article block as DOM; runs become text inside <strong>/<em> where marked. */
function block(b) {
  const runs = (list) => list.map((r) => {
    let node = document.createTextNode(r.text);
    if (r.em) node = h('em', {}, node);
    if (r.strong) node = h('strong', {}, node);
    return node;
  });
  switch (b.type) {
    case 'heading': return h(b.level === 3 ? 'h3' : 'h2', {}, runs(b.runs));
    case 'paragraph': return h('p', {}, runs(b.runs));
    case 'list': return h(b.ordered ? 'ol' : 'ul', {}, b.items.map((item) => h('li', {}, runs(item))));
    case 'rule': return h('hr');
    default: return null;
  }
}

export function mount(section, ctx) {
  const title = h('h1', { id: 'learn-title', tabindex: '-1' }, t('learn-title'));
  const list = h('ul', { class: 'article-list', 'aria-label': t('learn-articles') });
  const index = h('div', {}, title, h('p', { class: 'lead' }, t('learn-lead')), list);
  const reader = h('article', { class: 'article', hidden: true, 'aria-labelledby': 'article-title' });
  section.replaceChildren(index, reader);
  let articles = [];
  let lastOpened = null;

  function open(article, button) {
    lastOpened = button;
    reader.replaceChildren(
      h('button', { type: 'button', class: 'quiet back', onclick: close }, t('learn-all-articles')),
      h('h1', { id: 'article-title', tabindex: '-1' }, article.title),
      ...article.body.map(block),
    );
    reader.dataset.article = article.id;
    index.hidden = true;
    reader.hidden = false;
    section.scrollIntoView?.({ block: 'start' });
    reader.querySelector('h1').focus();
  }

  function close() {
    reader.hidden = true;
    index.hidden = false;
    (lastOpened ?? title).focus();
  }

  ctx.loadResources().then((res) => {
    articles = res.articles;
    list.replaceChildren(...articles.map((a) => {
      const button = h('button', { type: 'button', class: 'article-link', 'data-article': a.id },
        h('span', { class: 'name' }, a.title), h('span', { class: 'desc' }, a.summary));
      button.addEventListener('click', () => open(a, button));
      return h('li', {}, button);
    }));
  }, (e) => ctx.notify(e.message));

  return {
    // Esc in an article goes back to the list; from the list, the usual way back to Breathe.
    onKey: (e) => {
      if (e.key === 'Escape' && !reader.hidden) {
        close();
        return true;
      }
      return false;
    },
  };
}
