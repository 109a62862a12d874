#!/usr/bin/env bash
# Install the one-folder build (dist/hubdesk) for the current user, with a menu entry:
#   packaging/linux/install.sh            install or update
#   packaging/linux/install.sh --remove   remove the program (the data folder stays)
# The program goes to ~/.local/opt/hubdesk, the command to ~/.local/bin/hubdesk.
# The data (database, backups, log) stay in ~/.local/share/hubdesk either way.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/hubdesk"
bin="$HOME/.local/bin"
apps="$data_home/applications"
icons="$data_home/icons/hicolor"

if [ "${1:-}" = "--remove" ]; then
    rm -rf "$target"
    rm -f "$bin/hubdesk" "$apps/hubdesk.desktop" "$icons/256x256/apps/hubdesk.png" "$icons/scalable/apps/hubdesk.svg"
    echo "hubdesk removed; your data in $data_home/hubdesk is kept"
    exit 0
fi

[ -x "$root/dist/hubdesk/hubdesk" ] || { echo "no build in $root/dist/hubdesk: run make package first" >&2; exit 1; }
mkdir -p "$target" "$bin" "$apps" "$icons/256x256/apps" "$icons/scalable/apps"
rm -rf "$target.new"
cp -a "$root/dist/hubdesk" "$target.new"
rm -rf "$target"
mv "$target.new" "$target"
ln -sf "$target/hubdesk" "$bin/hubdesk"
install -m 644 "$here/hubdesk.png" "$icons/256x256/apps/hubdesk.png"
install -m 644 "$here/hubdesk.svg" "$icons/scalable/apps/hubdesk.svg"
sed "s|^Exec=hubdesk$|Exec=$target/hubdesk|" "$here/hubdesk.desktop" > "$apps/hubdesk.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" || true
"$target/hubdesk" --smoke-test
echo "hubdesk installed in $target; start it from the menu or with: hubdesk"
