#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for Qala Console and then runs it:
#   build/dev.sh demo [console args]   set up, then start the console on the embedded city backend
#   build/dev.sh test [pytest args]    set up, then run the test suite (what CI runs)
#   build/dev.sh setup                 set up only
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  # Qt's xcb and offscreen platforms, OpenGL (Mesa) and fonts
  libegl1 libgl1 libgl1-mesa-dri libglib2.0-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
  # a virtual screen for OpenGL tests and screenshots
  xvfb xauth
  # a real RTSP server for the RTSP tests
  python3-gi gir1.2-gst-rtsp-server-1.0 gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  gstreamer1.0-plugins-ugly
  # SRT sources: PyAV's FFmpeg has no libsrt, the player relays srt:// through srt-live-transmit
  srt-tools
  # an MQTT broker for the MQTT SOS bridge plugin tests
  mosquitto
  # the installer test: PyInstaller needs Python's shared library; dpkg-deb builds the .deb
  libpython3.11 dpkg
)
PYTHON=${PYTHON:-python3.11}

install_debian_packages() {
  local missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "dev.sh: installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

setup_python() {
  command -v "$PYTHON" >/dev/null || PYTHON=python3
  if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
  fi
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
  .venv/bin/python -m pip install -q -e ".[dev]" 2>&1 | grep -v "is ignored: it is neither" || true
  .venv/bin/python -c "import PySide6, av, qasync" # fail here, loudly, if the install did not work
}

command=${1:-setup}
shift || true
install_debian_packages
setup_python
case "$command" in
  setup) ;;
  demo) exec .venv/bin/qala-console --demo "$@" ;;
  test) exec .venv/bin/python -m pytest "$@" ;;
  *) echo "usage: build/dev.sh setup|demo|test [args]" >&2; exit 2 ;;
esac
