#!/usr/bin/env bash
# Offline docs: render the notebooks' stored outputs into a local copy of the site and check it in headless Chromium.
# Quarto cannot be installed here (its PyPI package downloads the binary at build time); the published site is built
# by .github/workflows/deploy.yaml with nbdev_docs + Quarto from the same stored outputs.
#   bash tools/docs_check.sh      (needs the dev and relay extras; installs Debian's chromium if missing, as root)
# 1. python tools/check_outputs.py: every cell that draws a figure stores an image (refresh: tools/refresh_outputs.py)
# 2. nbdev's notebook processing (as nbdev_docs: front matter, show_doc, hidden cells) -> _proc/
# 3. python tools/render_docs.py: pages with sidebar, titles, prev/next, stored outputs -> _docs_local/
# 4. python tools/browser_check.py: every page in Chromium; fails on a missing page, a traceback, `<Figure size`
#    text, a figure cell without an image, front matter on the page, a dead link; screenshots of the index and two
#    tutorials (_docs_local/*.png).
# All steps run; the script exits 1 if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
out=_docs_local
rm -rf "$out" _proc
mkdir -p "$out"
export MPLBACKEND=Agg
failed=()

echo "== stored outputs (tools/check_outputs.py)"
python3 tools/check_outputs.py || failed+=("stored outputs")

echo "== nbdev notebook processing -> _proc/"
# nbdev_proc_nbs would try to download Quarto first; proc_nbs is the processing step of nbdev_docs without it.
if ! python3 -c "from nbdev.serve import proc_nbs; proc_nbs(n_workers=1)" >"$out/proc_nbs.log" 2>&1; then
  tail -20 "$out/proc_nbs.log"; echo "nbdev processing failed (log: $out/proc_nbs.log)"; exit 1
fi

echo "== render -> $out/"
python3 tools/render_docs.py --proc _proc --out "$out" || failed+=("render")

echo "== headless Chromium"
if ! command -v chromium >/dev/null; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$out/apt.log" 2>&1 \
    || { echo "could not install chromium (log: $out/apt.log)"; exit 1; }
fi
python3 tools/browser_check.py --out "$out" || failed+=("browser check")

if [ "${#failed[@]}" -gt 0 ]; then
  echo "docs check FAILED: ${failed[*]}"
  exit 1
fi
echo "docs check passed"
