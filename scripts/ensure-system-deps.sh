#!/usr/bin/env bash
# Make sure the Debian packages the browser tests need are present:
#   chromium (or $CHROMIUM_PATH), poppler-utils (pdftoppm, pdftotext), fonts-noto-cjk, and
#   libreoffice-writer-nogui (soffice: the DOCX export tests convert each document to PDF).
# As root, installs what is missing with apt-get; otherwise says what to install and exits 1.
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"

missing_packages() {
  local missing=()
  [[ -x "$chromium_path" ]] || missing+=(chromium)
  if ! command -v pdftoppm >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
    missing+=(poppler-utils)
  fi
  # Not `fc-list | grep -q`: with pipefail, grep's early exit makes fc-list fail (SIGPIPE).
  if ! command -v fc-list >/dev/null 2>&1 || ! grep -qi 'Noto.*CJK' <<<"$(fc-list)"; then
    missing+=(fonts-noto-cjk)
  fi
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
  echo "${missing[*]:-}"
}

missing="$(missing_packages)"
if [[ -z "$missing" ]]; then
  echo "ensure-system-deps: chromium ($chromium_path), poppler-utils, fonts-noto-cjk, soffice present."
  exit 0
fi

echo "ensure-system-deps: missing: $missing"
if [[ "$(id -u)" -ne 0 ]]; then
  echo "ensure-system-deps: not root, cannot install. Run:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends $missing" >&2
  exit 1
fi

apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  chromium poppler-utils fonts-noto-cjk libreoffice-writer-nogui

missing="$(missing_packages)"
if [[ -n "$missing" ]]; then
  echo "ensure-system-deps: still missing after apt-get install: $missing" >&2
  if [[ -n "${CHROMIUM_PATH:-}" ]]; then
    echo "ensure-system-deps: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
  fi
  exit 1
fi
echo "ensure-system-deps: installed."
