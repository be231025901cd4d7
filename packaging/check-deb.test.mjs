// Inspects a built .deb as a packager would: its control fields, every file in it
// (the binary, the desktop entry with its "Breathe now" action, the icons at every
// size, the licence, and nothing else: no development files), and that the binary
// inside runs. Run with the package's path in EBB_DEB, by scripts/test (a debug
// build) and scripts/package (the release build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const deb = process.env.EBB_DEB;
if (!deb) throw new Error('Set EBB_DEB to the .deb to inspect.');
const root = join(import.meta.dirname, '..');
const version = JSON.parse(readFileSync(join(root, 'src-tauri', 'tauri.conf.json'), 'utf8')).version;
const run = (cmd, ...args) => execFileSync(cmd, args, { encoding: 'utf8' });
const unpacked = mkdtempSync(join(tmpdir(), 'ebb-deb-'));
run('dpkg-deb', '-x', deb, unpacked);

const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const EXPECTED = new Set([
  'usr/bin/ebb',
  'usr/share/applications/Ebb.desktop',
  'usr/share/doc/ebb/copyright',
  'usr/share/icons/hicolor/scalable/apps/ebb.svg',
  ...ICON_SIZES.map((n) => `usr/share/icons/hicolor/${n}x${n}/apps/ebb.png`),
]);

/** Every file (not folder) in the package, without the leading "./". */
const files = run('sh', '-c', `dpkg-deb -c "$1" | awk '$1 !~ /^d/ {print $6}'`, 'sh', deb)
  .split('\n').filter(Boolean).map((f) => f.replace(/^\.\//, ''));

/** "[Group]" → { key: value } from a desktop entry. */
function desktopEntry(text) {
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

test('the control fields name Ebb, its version and what it needs to run', () => {
  const field = (name) => run('dpkg-deb', '-f', deb, name).trim();
  assert.equal(field('Package'), 'ebb');
  assert.equal(field('Version'), version);
  assert.equal(field('Architecture'), 'amd64');
  assert.equal(field('Section'), 'utils');
  const depends = field('Depends').split(',').map((d) => d.trim());
  for (const needed of ['libwebkit2gtk-4.1-0', 'libgtk-3-0', 'libayatana-appindicator3-1']) {
    assert.ok(depends.includes(needed), `Depends lists ${needed}: ${depends}`);
  }
  assert.match(field('Description'), /^A small, private companion for the hard moments around therapy\n/);
});

test('the package holds the app, its desktop entry, icons and licence, and nothing else', () => {
  assert.deepEqual([...files].sort(), [...EXPECTED].sort());
  const devFiles = files.filter((f) => /\.(h|hpp|a|la|o|pc|map|rs|d|ts|pdb)$|\/include\/|\/src\/|node_modules|\.git/.test(f));
  assert.deepEqual(devFiles, [], 'no development files');
});

test('the binary is executable and runs', () => {
  const binary = join(unpacked, 'usr/bin/ebb');
  assert.equal(statSync(binary).mode & 0o755, 0o755);
  assert.equal(run(binary, '--version').trim(), `ebb ${version}`);
  assert.match(run(binary, '--help'), /--breathe/);
});

test('the desktop entry opens Ebb, and its "Breathe now" action opens it breathing', () => {
  const text = readFileSync(join(unpacked, 'usr/share/applications/Ebb.desktop'), 'utf8');
  const { 'Desktop Entry': entry, 'Desktop Action breathe': breathe } = desktopEntry(text);
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
  // The reference checker, where it is installed (scripts/test installs it).
  try {
    run('desktop-file-validate', join(unpacked, 'usr/share/applications/Ebb.desktop'));
  } catch (e) {
    if (e.code !== 'ENOENT') assert.fail(`desktop-file-validate: ${e.stdout}${e.stderr}`);
  }
});

test('each icon is the size its folder says', () => {
  for (const n of ICON_SIZES) {
    const png = readFileSync(join(unpacked, `usr/share/icons/hicolor/${n}x${n}/apps/ebb.png`));
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [n, n], `${n}x${n}`);
  }
  const svg = readFileSync(join(unpacked, 'usr/share/icons/hicolor/scalable/apps/ebb.svg'), 'utf8');
  assert.match(svg, /^<svg[^>]+viewBox="0 0 512 512"/);
});

test('the licence is the project\'s own', () => {
  assert.equal(readFileSync(join(unpacked, 'usr/share/doc/ebb/copyright'), 'utf8'), readFileSync(join(root, 'LICENSE'), 'utf8'));
});
