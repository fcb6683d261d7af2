#!/usr/bin/env bash
# Wrap Rapport.app in a disk image with an Applications link: the macOS installer.
#
#   resources/packaging/macos/make_dmg.sh [APP] [OUT_DIR]
#
# APP defaults to dist/Rapport.app (what `pyinstaller --noconfirm --clean build.spec` makes on
# macOS); the image is written to OUT_DIR (default dist/) as Rapport-<version>-macos-<arch>.dmg,
# the version read from the app's Info.plist, the architecture from this machine (arm64, x86_64).
#
# Signing and notarisation are optional, driven by environment variables; without them the
# image is unsigned and Gatekeeper asks the user to confirm the first start (see the README).
#
#   MACOS_SIGN_IDENTITY   a "Developer ID Application: Name (TEAMID)" identity in the keychain:
#                         every binary inside the app, the app (hardened runtime, with
#                         entitlements.plist beside this script) and the image are signed.
#   MACOS_NOTARY_PROFILE  a notarytool keychain profile (`xcrun notarytool store-credentials`),
#     or APPLE_ID + APPLE_TEAM_ID + APPLE_APP_PASSWORD (an app-specific password):
#                         the signed image is submitted to Apple's notary service, waited
#                         for, and the ticket stapled to it. Needs MACOS_SIGN_IDENTITY.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
app=${1:-$root/dist/Rapport.app}
out_dir=${2:-$root/dist}
[ -d "$app" ] || { echo "make_dmg: no app bundle at $app (build it with build.spec first)" >&2; exit 1; }

version=$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$app/Contents/Info.plist")
arch=$(uname -m)
mkdir -p "$out_dir"
dmg="$out_dir/Rapport-$version-macos-$arch.dmg"

sign() {  # sign PATH... with the hardened runtime and a secure timestamp
  codesign --force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY" "$@"
}

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "make_dmg: signing $app as $MACOS_SIGN_IDENTITY"
  # inside out: libraries and extension modules, then frameworks, then the app itself
  find "$app/Contents" -type f \( -name "*.so" -o -name "*.dylib" \) -print0 | xargs -0 -n 50 bash -c \
    'codesign --force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY" "$@"' _
  find "$app/Contents" -type d -name "*.framework" -prune -print0 | while IFS= read -r -d '' framework; do
    sign "$framework"
  done
  sign --entitlements "$here/entitlements.plist" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/Rapport.app"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
# hdiutil now and then fails with "Resource busy" on CI machines; a retry gets through
for attempt in 1 2 3; do
  if hdiutil create -volname "Rapport $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"; then
    break
  fi
  [ "$attempt" -lt 3 ] || { echo "make_dmg: hdiutil failed three times" >&2; exit 1; }
  sleep 5
done

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
  notarised=1
  if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
  elif [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait
  else
    echo "make_dmg: signed but not notarised (no MACOS_NOTARY_PROFILE or APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD)"
    notarised=0
  fi
  [ "$notarised" -eq 0 ] || xcrun stapler staple "$dmg"
fi

echo "make_dmg: $dmg ($(du -h "$dmg" | cut -f1))"
