// Inspects a built .deb as a packager would: its control fields, every file in it
// (the binary, the desktop entry with its "Breathe now" action, the icons at every
// size, the licence, and nothing else: no development files), and that the binary
// inside runs. Run with the package's path in EBB_DEB, by scripts/test (a debug
// build) and scripts/package (the release build).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FREEDESKTOP_FILES, checkBinary, checkDesktopEntry, checkIcons } from './freedesktop.mjs';

const deb = process.env.EBB_DEB;
if (!deb) throw new Error('Set EBB_DEB to the .deb to inspect.');
const root = join(import.meta.dirname, '..');
const version = JSON.parse(readFileSync(join(root, 'src-tauri', 'tauri.conf.json'), 'utf8')).version;
const run = (cmd, ...args) => execFileSync(cmd, args, { encoding: 'utf8' });
const unpacked = mkdtempSync(join(tmpdir(), 'ebb-deb-'));
run('dpkg-deb', '-x', deb, unpacked);
after(() => rmSync(unpacked, { recursive: true, force: true }));

// The fonts embedded in the PDFs Ebb writes come with their licence (SIL OFL).
const EXPECTED = new Set([...FREEDESKTOP_FILES, 'usr/share/doc/ebb/copyright', 'usr/share/doc/ebb/fonts-OFL.txt']);

/** Every file (not folder) in the package, without the leading "./". */
const files = run('sh', '-c', `dpkg-deb -c "$1" | awk '$1 !~ /^d/ {print $6}'`, 'sh', deb)
  .split('\n').filter(Boolean).map((f) => f.replace(/^\.\//, ''));

test('the control fields name Ebb, its version and what it needs to run', () => {
  const field = (name) => run('dpkg-deb', '-f', deb, name).trim();
  assert.equal(field('Package'), 'ebb');
  assert.equal(field('Version'), version);
  assert.equal(field('Architecture'), 'amd64');
  assert.equal(field('Section'), 'utils');
  const depends = field('Depends').split(',').map((d) => d.trim());
  for (const needed of ['libwebkit2gtk-4.1-0', 'libgtk-3-0', 'libayatana-appindicator3-1', 'libspeechd2']) {
    assert.ok(depends.includes(needed), `Depends lists ${needed}: ${depends}`);
  }
  assert.match(field('Description'), /^A small, private companion for the hard moments around therapy\n/);
});

test('the package holds the app, its desktop entry, icons and licence, and nothing else', () => {
  assert.deepEqual([...files].sort(), [...EXPECTED].sort());
  const devFiles = files.filter((f) => /\.(h|hpp|a|la|o|pc|map|rs|d|ts|pdb)$|\/include\/|\/src\/|node_modules|\.git/.test(f));
  assert.deepEqual(devFiles, [], 'no development files');
});

test('the binary is executable and runs', () => checkBinary(unpacked, version));

test('the desktop entry opens Ebb, and its "Breathe now" action opens it breathing', () => checkDesktopEntry(unpacked));

test('each icon is the size its folder says', () => checkIcons(unpacked));

test('the licence is the project\'s own', () => {
  assert.equal(readFileSync(join(unpacked, 'usr/share/doc/ebb/copyright'), 'utf8'), readFileSync(join(root, 'LICENSE'), 'utf8'));
  assert.equal(readFileSync(join(unpacked, 'usr/share/doc/ebb/fonts-OFL.txt'), 'utf8'), readFileSync(join(root, 'content/fonts/OFL.txt'), 'utf8'));
});
