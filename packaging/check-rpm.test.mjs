// Inspects a built .rpm as a Fedora packager would, with rpm's own tools (Debian
// packages them too): its header (name, version, licence, summary, description), what
// it requires (Fedora's package names, never Debian's), every file in it (the binary,
// the desktop entry with its "Breathe now" action, the icons at every size, the
// licence where Fedora keeps licences, and nothing else), that the binary inside runs,
// and that rpm itself would install it. Run with the package's path in EBB_RPM, by
// scripts/test (a debug build) and scripts/package (the release build).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FREEDESKTOP_FILES, checkBinary, checkDesktopEntry, checkIcons } from './freedesktop.mjs';

if (!process.env.EBB_RPM) throw new Error('Set EBB_RPM to the .rpm to inspect.');
const rpmFile = resolve(process.env.EBB_RPM);
const root = join(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(join(root, 'src-tauri', 'tauri.conf.json'), 'utf8'));
const run = (cmd, args, options = {}) => execFileSync(cmd, args, { encoding: 'utf8', ...options });
/** Header tags of the package in rpm's query format ("[…]" repeats per file). */
const query = (format) => run('rpm', ['-qp', '--queryformat', format, rpmFile]);

const unpacked = mkdtempSync(join(tmpdir(), 'ebb-rpm-'));
run('sh', ['-c', 'rpm2cpio "$1" | cpio -idm --quiet --no-absolute-filenames', 'sh', rpmFile], { cwd: unpacked });
after(() => rmSync(unpacked, { recursive: true, force: true }));

// The fonts embedded in the PDFs Ebb writes come with their licence (SIL OFL).
const EXPECTED = new Set([...FREEDESKTOP_FILES, 'usr/share/licenses/ebb/LICENSE', 'usr/share/licenses/ebb/fonts-OFL.txt'].map((f) => `/${f}`));
// Fedora's names for what Ebb needs: WebKitGTK 4.1, GTK 3, and the tray's Ayatana
// indicator library (loaded at run time, so no tool could find it in the binary).
const FEDORA_NEEDS = ['webkit2gtk4.1', 'gtk3', 'libayatana-appindicator-gtk3', 'speech-dispatcher-libs'];

test('the header names Ebb, its version, licence and what it is', () => {
  // The fields `rpm -qip` prints, read one tag at a time so each compares exactly.
  assert.equal(query('%{NAME}'), 'ebb');
  assert.equal(query('%{VERSION}'), config.version);
  assert.equal(query('%{ARCH}'), 'x86_64');
  assert.equal(query('%{OS}'), 'linux');
  // The app is MIT; the fonts inside it (for the PDFs it writes) are OFL-1.1.
  assert.equal(query('%{LICENSE}'), 'MIT AND OFL-1.1');
  assert.equal(query('%{SUMMARY}'), config.bundle.shortDescription);
  assert.equal(query('%{DESCRIPTION}'), config.bundle.longDescription);
  assert.match(run('rpm', ['-qip', rpmFile]), /^Name\s+: ebb$/m);
});

test('it requires Fedora\'s packages by their Fedora names, and no Debian name', () => {
  const requires = run('rpm', ['-qp', '--requires', rpmFile]).split('\n').map((r) => r.trim()).filter(Boolean);
  for (const needed of FEDORA_NEEDS) assert.ok(requires.includes(needed), `Requires ${needed}: ${requires}`);
  // Besides those: rpm's own format markers, /bin/sh, and libraries by soname
  // ("libgtk-3.so.0()(64bit)", added by the Tauri CLI; Fedora's packages provide
  // them). Never a Debian name such as libwebkit2gtk-4.1-0 or libayatana-appindicator3-1.
  const others = requires.filter((r) => !FEDORA_NEEDS.includes(r) && !r.startsWith('rpmlib(')
    && r !== '/bin/sh' && !/^lib[\w.+-]+\.so\.\d+\(\)\(64bit\)$/.test(r));
  assert.deepEqual(others, [], 'nothing else is required');
});

test('the package holds the app, its desktop entry, icons and licence, and nothing else', () => {
  const files = run('rpm', ['-qlp', rpmFile]).split('\n').filter(Boolean);
  assert.deepEqual([...files].sort(), [...EXPECTED].sort());
  // Each owned by root, writable by no one else, and only the binary executable.
  for (const line of query('[%{FILENAMES} %{FILEMODES} %{FILEUSERNAME}:%{FILEGROUPNAME}\n]').split('\n').filter(Boolean)) {
    const [file, mode, owner] = line.split(' ');
    assert.equal(owner, 'root:root', file);
    assert.equal(Number(mode) & 0o002, 0, `${file} is not writable by others`);
    assert.equal(Number(mode) & 0o111, file === '/usr/bin/ebb' ? 0o111 : 0, `${file}: only the binary is executable`);
  }
});

test('the binary inside is executable and runs', () => checkBinary(unpacked, config.version));

test('the desktop entry opens Ebb, and its "Breathe now" action opens it breathing', () => checkDesktopEntry(unpacked));

test('each icon is the size its folder says', () => checkIcons(unpacked));

test('the licence is the project\'s own, where Fedora keeps licences', () => {
  assert.equal(readFileSync(join(unpacked, 'usr/share/licenses/ebb/LICENSE'), 'utf8'), readFileSync(join(root, 'LICENSE'), 'utf8'));
  assert.equal(readFileSync(join(unpacked, 'usr/share/licenses/ebb/fonts-OFL.txt'), 'utf8'), readFileSync(join(root, 'content/fonts/OFL.txt'), 'utf8'));
});

test('rpm would install it', () => {
  // The header's and payload's digests match their contents (no key to check a
  // signature against: the package is not signed unless TAURI_SIGNING_RPM_KEY is set).
  assert.match(run('rpm', ['--checksig', '--nosignature', rpmFile]), /digests OK/);
  // A trial install (--test changes nothing) into an empty rpm database of its own:
  // rpm reads the whole package, checks its digests again, its architecture and OS
  // against this machine, and that no file conflicts with another. --nodeps because
  // that database holds none of Fedora's packages; what is required is checked by
  // name above, and is only resolved on a real Fedora. Debian's rpm warns that dpkg
  // owns the system and wants --force-debian for installs; the flag changes nothing else.
  const db = mkdtempSync(join(tmpdir(), 'ebb-rpmdb-'));
  after(() => rmSync(db, { recursive: true, force: true }));
  run('rpm', ['--dbpath', db, '--initdb']);
  const debian = run('rpm', ['--help']).includes('--force-debian') ? ['--force-debian'] : [];
  run('rpm', ['--dbpath', db, '-i', '--test', '--nodeps', ...debian, rpmFile], { stdio: 'pipe' });
});
