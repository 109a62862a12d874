#!/usr/bin/env bash
# Build the installable application: a one-folder PyInstaller build in dist/hubdesk/,
# checked by running its smoke test. One command, from anywhere: packaging/build.sh
# (or `make package`). Set PYTHON to choose the interpreter for a new .venv.
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
VENV=.venv
BIN=$VENV/bin

if [ ! -x "$BIN/python" ]; then
    command -v "$PYTHON" >/dev/null || { echo "build.sh: needs $PYTHON (Python 3.11)" >&2; exit 1; }
    "$PYTHON" -m venv "$VENV"
fi
echo "== installing hubdesk and PyInstaller into $VENV"
"$BIN/python" -m pip install --quiet --upgrade pip
"$BIN/python" -m pip install --quiet -e '.[test,package]'
touch "$VENV/.installed"  # what the Makefile's own install step leaves; nothing more to install

echo "== compiling translations"
make --no-print-directory qm

echo "== PyInstaller (one folder) into dist/hubdesk"
rm -rf dist/hubdesk
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/hubdesk.spec

echo "== smoke test of the frozen application"
start=$(date +%s.%N)
line=$(dist/hubdesk/hubdesk --smoke-test) || { echo "build.sh: the frozen application's smoke test failed" >&2; exit 1; }
end=$(date +%s.%N)
echo "$line"

size=$(du -sh dist/hubdesk | cut -f1)
wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')
echo "== built dist/hubdesk: $size"
echo "== smoke test: $line; the whole process took $wall s (start, one intake and letter, quit)"
