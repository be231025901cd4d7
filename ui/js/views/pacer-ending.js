// The soft end of breathing: a few calm words, an optional rating of how the person
// feels now, and the way back (breathe again, or done). The practice record is kept
// when the ending closes, with whatever ratings were given.
import { mountRating } from '../rating.js';
import { endingTitle, practiceReport } from '../pacer-model.js';
import { t } from '../i18n.js';

/**
 * `onClose(report, { again })` runs once the ending is closed and the record kept.
 * Returns { show(how, summary), close({ again }) }.
 */
export function mountEnding(root, els, ctx, { onClose }) {
  // Taking the help offered ends breathing's closing screen first, keeping its rating.
  const after = mountRating(els.after, { legend: 'rating-after', offerHelp: () => { close(); ctx.openHelp('rating'); } });
  let finished = null; // the run's summary, awaiting the optional rating

  function show(how, summary) {
    finished = summary;
    els.endingTitle.textContent = endingTitle(how);
    after.clear();
    els.ending.hidden = false;
    root.dataset.state = 'ended';
    els.endingTitle.focus();
  }

  /** Leaves the ending, keeping the ratings given (if any). */
  function close({ again = false } = {}) {
    if (!finished) return;
    const report = practiceReport(finished, after.value());
    finished = null;
    ctx.recordPractice(report);
    els.ending.hidden = true;
    onClose(report, { again });
  }

  els.again.addEventListener('click', () => close({ again: true }));
  els.done.addEventListener('click', () => close());
  return { show, close };
}
