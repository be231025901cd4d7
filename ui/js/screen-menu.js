// The screens as a menu, when the window is narrow for its text size (CSS decides
// when): a button opens it on the current screen, arrows move, Esc closes it.

/** Returns { close({ focus }) }: `focus` gives focus back to the menu button. */
export function mountScreenMenu(toggle, screens) {
  function close({ focus = false } = {}) {
    if (!screens.classList.contains('open')) return;
    screens.classList.remove('open');
    toggle.setAttribute('aria-expanded', 'false');
    if (focus) toggle.focus();
  }
  toggle.addEventListener('click', () => {
    if (screens.classList.contains('open')) return close();
    screens.classList.add('open');
    toggle.setAttribute('aria-expanded', 'true');
    (screens.querySelector('[aria-current="page"]') ?? screens.querySelector('.nav-link')).focus();
  });
  screens.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close({ focus: true });
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const links = [...screens.querySelectorAll('.nav-link')];
      const at = links.indexOf(document.activeElement);
      links[(at + (e.key === 'ArrowDown' ? 1 : links.length - 1)) % links.length].focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (!screens.contains(e.target) && !toggle.contains(e.target)) close();
  });
  return { close };
}
