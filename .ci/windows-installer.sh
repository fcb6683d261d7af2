#!/usr/bin/env bash
# The Windows installer, compiled and tried on Linux under Wine.
#
# Compiles the unchanged resources/packaging/windows/rapport.iss with Inno Setup's ISCC.exe (the
# npm package `innosetup`, run directly: its wrapper exits 0 on failure) against a stand-in
# bundle, then, in a fresh Wine prefix set to Windows 10, in English and in Russian: installs it
# silently, checks the files, the Start-menu shortcut and the uninstall entry, uninstalls it and
# checks that a journal in %LOCALAPPDATA%\Rapport is kept; and checks that a silent install
# into the journal's own folder is refused at once instead of hanging on a message box.
#
# What this does not prove: that the real frozen app runs on Windows (the bundle here is a
# stand-in; the release workflow runs the real one on windows-latest), code signing, upgrades
# over an older version.
#
# Usage: .ci/windows-installer.sh   (needs wine, wine64 and wine32:i386, xvfb-run, npm)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

for tool in wine wineserver xvfb-run npm; do
  command -v "$tool" >/dev/null || { echo "windows installer: $tool is missing, not tried"; exit 0; }
done
# One virtual screen for every Wine process: a wineserver started without a display (by any
# wine command) would make the installer's windows fail ("A call to an OS function failed").
if [ -z "${RAPPORT_WINE_XVFB:-}" ]; then
  RAPPORT_WINE_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

scratch=$(mktemp -d)
trap 'wineserver -k >/dev/null 2>&1 || true; [ -n "${KEEP:-}" ] || rm -rf "$scratch"' EXIT
export HOME="$scratch/home" WINEPREFIX="$scratch/prefix" WINEDEBUG=-all
mkdir -p "$HOME"

(cd "$scratch" && npm install --silent --no-audit --no-fund innosetup@6.4.1 >/dev/null)
iscc="$scratch/node_modules/innosetup/bin/ISCC.exe"
test -f "$iscc"

win() { wine "$@"; wineserver -w; }
winpath() { echo "Z:${1//\//\\}"; }

WINEDLLOVERRIDES="mscoree,mshtml=" wine wineboot -i >/dev/null 2>&1
wineserver -w
wine winecfg /v win10 >/dev/null 2>&1
wineserver -w

# A stand-in for dist\Rapport\: what PyInstaller's onedir bundle looks like, in miniature.
bundle="$scratch/bundle"
mkdir -p "$bundle/_internal/PySide6"
printf 'stand-in for the frozen app\n' >"$bundle/Rapport.exe"
printf 'stand-in\n' >"$bundle/_internal/PySide6/Qt6Core.dll"

version=0.1.0rc1 # a pre-release: Windows' numeric file version must be derived from it
echo "== compile rapport.iss (AppVersion=$version)"
set +e
wine "$iscc" /Qp "/DAppVersion=$version" "/DBundleDir=$(winpath "$bundle")" "/DOutputDir=$(winpath "$scratch/out")" \
  "$(winpath "$repo/resources/packaging/windows/rapport.iss")"
status=$?
set -e
wineserver -w
test "$status" -eq 0 || { echo "ISCC failed with exit $status"; exit 1; }
setup="$scratch/out/Rapport-$version-windows-x64-setup.exe"
test -f "$setup" || { echo "ISCC wrote no $setup"; exit 1; }
ls -l "$setup"

user=$(wine cmd /c 'echo %USERNAME%' 2>/dev/null | tr -d '\r')
local_app="$WINEPREFIX/drive_c/users/$user/AppData/Local"
app="$local_app/Programs/Rapport"
start_menu="$WINEPREFIX/drive_c/users/$user/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
journal="$local_app/Rapport/rapport.sqlite3"
uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{FF6FFC4C-7746-4245-BCC0-AB3A0734F453}_is1'

for lang in en ru; do
  echo "== install silently (/LANG=$lang)"
  log="$scratch/setup-$lang.log"
  set +e
  wine "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/LANG=$lang" "/LOG=$(winpath "$log")"
  status=$?
  set -e
  wineserver -w
  test "$status" -eq 0 || { echo "setup exited $status; its log:"; cat "$log" 2>/dev/null; exit 1; }
  test -f "$app/Rapport.exe" || { echo "not installed: $app/Rapport.exe"; exit 1; }
  test -f "$app/_internal/PySide6/Qt6Core.dll" || { echo "the bundle's sub-folders were not copied"; exit 1; }
  test -f "$start_menu/Rapport.lnk" || { echo "no Start-menu shortcut in $start_menu"; exit 1; }
  wine reg query "$uninstall_key" /v DisplayName | tr -d '\r' | grep -q "Rapport" ||
    { echo "no uninstall entry $uninstall_key"; exit 1; }
  echo "installed: files, Start-menu shortcut and uninstall entry present"

  mkdir -p "$(dirname "$journal")"
  printf 'journal %s\n' "$lang" >"$journal"
  echo "== uninstall silently"
  wine "$app/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
  wineserver -w
  for _ in $(seq 30); do [ -e "$app/Rapport.exe" ] || break; sleep 1; done
  test ! -e "$app/Rapport.exe" || { echo "the uninstaller left Rapport.exe"; exit 1; }
  test ! -e "$start_menu/Rapport.lnk" || { echo "the uninstaller left the Start-menu shortcut"; exit 1; }
  grep -q "journal $lang" "$journal" || { echo "the uninstaller deleted the journal"; exit 1; }
  echo "uninstalled; the journal is kept"
done

echo "== a silent install into the journal's folder is refused, not hung"
set +e
timeout 120 wine "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/DIR=C:\\users\\$user\\AppData\\Local\\Rapport"
status=$?
set -e
wineserver -w
test "$status" -ne 124 || { echo "setup hung on the refusal"; exit 1; }
test ! -e "$(dirname "$journal")/Rapport.exe" || { echo "setup installed into the journal's folder"; exit 1; }
grep -q "journal" "$journal"
echo "refused (exit $status); the journal is untouched"
echo "windows installer: all checks passed"
