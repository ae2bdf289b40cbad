# Sourced by ./platform test and .ci/run: the browser tests drive Debian's Chromium through its own
# chromedriver (never a browser a test tool downloads). Installs them, with CJK fonts for screenshots,
# where they are missing and this user may install packages; poppler-utils (pdftoppm) turns a printed PDF
# back into an image whose QR code a test reads.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -d /usr/share/fonts/opentype/noto ] \
  || ! command -v pdftoppm >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium, chromedriver, CJK fonts and poppler-utils for the browser tests…"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk poppler-utils >/dev/null
  else
    echo "The browser tests need chromium, chromium-driver, fonts-noto-cjk and poppler-utils (Debian packages); install them as root." >&2
  fi
fi
