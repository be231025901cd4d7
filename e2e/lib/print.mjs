// What a page looks like on paper: the window's page as it is now, printed through
// WebKitGTK's own print path (the same engine, the print stylesheet applied, no
// dialog), then read back with poppler's tools as a person's printer would get it.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SCREENSHOTS } from './harness.mjs';

const PRINTS = join(ROOT, 'target', 'e2e-prints');

/**
 * Prints the session's page as it stands to `target/e2e-prints/NAME.pdf` (and the
 * first page to `target/e2e-screenshots/NAME-page1.png`). The page's own styles are
 * read from `ui/`; its scripts are left out, since the page is already drawn.
 * Returns the page count, the size in points and the text, in reading order.
 */
export async function printPage(session, name, paper = 'a4') {
  const html = await session.run(() => document.documentElement.outerHTML);
  const page = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '')
    .replace(/<head>/i, `<head><base href="file://${join(ROOT, 'ui')}/">`);
  mkdirSync(PRINTS, { recursive: true });
  const source = join(PRINTS, `${name}.html`);
  const pdf = join(PRINTS, `${name}.pdf`);
  writeFileSync(source, `<!doctype html>\n${page}`);
  execFileSync('/usr/bin/python3', [join(ROOT, 'e2e', 'lib', 'print-to-pdf.py'), source, pdf, paper], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 60_000 });
  const info = execFileSync('pdfinfo', [pdf]).toString();
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
  const [, width, height] = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info);
  mkdirSync(SCREENSHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(SCREENSHOTS, `${name}-page1`)]);
  // NFKC: a printed "fi" ligature reads back as the two letters it is.
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().normalize('NFKC');
  return { pages, width: Number(width), height: Number(height), text, pdf };
}
