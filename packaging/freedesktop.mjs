// What every Linux package of Ebb carries the same way, whatever its format: the
// binary, the desktop entry (made from src-tauri/linux/ebb.desktop) and the icons at
// each size. check-deb and check-rpm unpack their package and check these here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

/** The files every package holds besides its licence, without a leading "/". */
export const FREEDESKTOP_FILES = [
  'usr/bin/ebb',
  'usr/share/applications/Ebb.desktop',
  'usr/share/icons/hicolor/scalable/apps/ebb.svg',
  ...ICON_SIZES.map((n) => `usr/share/icons/hicolor/${n}x${n}/apps/ebb.png`),
];

/** "[Group]" → { key: value } from a desktop entry. */
export function desktopEntry(text) {
  const groups = {};
  let group = null;
  for (const line of text.split('\n')) {
    const head = /^\[(.+)\]$/.exec(line.trim());
    if (head) groups[(group = head[1])] = {};
    else if (group && line.includes('=') && !line.startsWith('#')) {
      const at = line.indexOf('=');
      groups[group][line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return groups;
}

/** The unpacked binary is executable and answers --version and --help. */
export function checkBinary(unpacked, version) {
  const binary = join(unpacked, 'usr/bin/ebb');
  assert.equal(statSync(binary).mode & 0o755, 0o755);
  assert.equal(execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim(), `ebb ${version}`);
  assert.match(execFileSync(binary, ['--help'], { encoding: 'utf8' }), /--breathe/);
}

/** The desktop entry opens Ebb, its "Breathe now" action opens it breathing, and
 * desktop-file-validate (where installed: scripts/test installs it) finds nothing. */
export function checkDesktopEntry(unpacked) {
  const path = join(unpacked, 'usr/share/applications/Ebb.desktop');
  const { 'Desktop Entry': entry, 'Desktop Action breathe': breathe } = desktopEntry(readFileSync(path, 'utf8'));
  assert.equal(entry.Type, 'Application');
  assert.equal(entry.Name, 'Ebb');
  assert.equal(entry.Exec, 'ebb');
  assert.equal(entry.Icon, 'ebb');
  assert.equal(entry.Terminal, 'false');
  assert.equal(entry.StartupWMClass, 'Ebb', 'the running window belongs to this entry');
  assert.ok(entry.Comment.length > 10);
  assert.ok(entry.Categories.split(';').includes('Utility'), entry.Categories);
  for (const word of ['breathe', 'grounding', 'therapy', 'journal']) assert.ok(entry.Keywords.split(';').includes(word), word);
  assert.deepEqual(entry.Actions.split(';').filter(Boolean), ['breathe']);
  assert.equal(breathe.Name, 'Breathe now');
  assert.equal(breathe.Exec, 'ebb --breathe');
  try {
    execFileSync('desktop-file-validate', [path], { encoding: 'utf8' });
  } catch (e) {
    if (e.code !== 'ENOENT') assert.fail(`desktop-file-validate: ${e.stdout}${e.stderr}`);
  }
}

/** Each PNG is the size its folder says; the scalable icon is Ebb's SVG. */
export function checkIcons(unpacked) {
  for (const n of ICON_SIZES) {
    const png = readFileSync(join(unpacked, `usr/share/icons/hicolor/${n}x${n}/apps/ebb.png`));
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [n, n], `${n}x${n}`);
  }
  const svg = readFileSync(join(unpacked, 'usr/share/icons/hicolor/scalable/apps/ebb.svg'), 'utf8');
  assert.match(svg, /^<svg[^>]+viewBox="0 0 512 512"/);
}
