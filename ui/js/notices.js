// The window's own notices (their markup is in index.html): a message to read and
// dismiss, and the aftercare check-in when the desktop could not show it itself.

/** `onBreathe()`: the person chose the check-in's two-minute exhale. */
export function mountNotices({ onBreathe }) {
  const $ = (id) => document.getElementById(id);
  const backToScreen = () => document.querySelector('[aria-current="page"]')?.focus();

  $('notice-close').addEventListener('click', () => {
    $('notice').hidden = true;
    backToScreen();
  });
  $('check-in-breathe').addEventListener('click', () => {
    $('check-in').hidden = true;
    onBreathe();
  });
  $('check-in-close').addEventListener('click', () => {
    $('check-in').hidden = true;
    backToScreen();
  });

  return {
    notify(message) {
      $('notice-text').textContent = message;
      $('notice').hidden = false;
    },
    checkIn() {
      $('check-in').hidden = false;
      $('check-in-breathe').focus();
    },
  };
}
