#!/usr/bin/env bash
# Offline docs: render every notebook to HTML (executed, nbdev directives applied), then check the pages in headless
# Chromium. Quarto cannot be installed here; the published site is built by .github/workflows/deploy.yaml.
#   bash tools/docs_check.sh            (needs the dev extra; installs Debian's chromium if missing, as root)
# Fails on a missing page or a Python traceback in any page. Output: _docs_local/ (HTML + screenshots).
set -euo pipefail
cd "$(dirname "$0")/.."
out=_docs_local; rm -rf "$out" _proc; mkdir -p "$out"
nbdev_proc_nbs >/dev/null
mapfile -t nbs < <(cd _proc && find . -name '*.ipynb' -not -path '*/.ipynb_checkpoints/*' | sort)
python3 - "${nbs[@]}" <<'PY'
# Quarto predefines show_doc when it renders; executing by hand needs it imported (in a cell removed from the page).
# The processed notebooks show exported code through show_doc: load the notebook's module (private names too).
import json, re, sys, pathlib
for nb in sys.argv[1:]:
    p = pathlib.Path("_proc") / nb; d = json.loads(p.read_text())
    src = pathlib.Path("nbs") / nb
    m = re.search(r"#\| default_exp ([A-Za-z0-9_.]+)", src.read_text()) if src.exists() else None
    pre = "from nbdev.showdoc import show_doc\n"
    if m: pre += f"import lightcode.{m.group(1)} as _m; globals().update({{k: v for k, v in vars(_m).items() if k not in ('__name__', '__doc__', '__package__', '__loader__', '__spec__', '__file__', '__cached__', '__builtins__', '__all__')}})"
    d["cells"].insert(0, {"cell_type": "code", "execution_count": None, "metadata": {"tags": ["remove_cell"]}, "outputs": [], "source": [pre]})
    p.write_text(json.dumps(d))
PY
[ "${#nbs[@]}" -gt 0 ] || { echo "no processed notebooks"; exit 1; }
for nb in "${nbs[@]}"; do
  name=$(echo "${nb#./}" | sed 's#/#__#g; s#\.ipynb$##')
  ( cd "_proc/$(dirname "$nb")" && MPLBACKEND=Agg jupyter nbconvert --to html --execute --ExecutePreprocessor.timeout=900 \
      --TagRemovePreprocessor.enabled=True --TagRemovePreprocessor.remove_input_tags remove_cell \
      --output-dir "$OLDPWD/$out" --output "$name" "$(basename "$nb")" >/dev/null 2>&1 ) || { echo "FAILED to render $nb"; exit 1; }
  echo "rendered $nb"
done
python3 - "$out" "${nbs[@]}" <<'PY'
import sys, html, pathlib
out, nbs = pathlib.Path(sys.argv[1]), sys.argv[2:]
names = [n[2:].replace("/", "__")[:-6] for n in nbs]
items = "".join(f'<li><a href="{n}.html">{html.escape(n.replace("__", " / "))}</a></li>' for n in names)
(out / "index.html").write_text(f"<html><head><title>LightCode docs (local)</title></head><body><h1>LightCode</h1>"
                                f"<p>Local render of every notebook.</p><ul>{items}</ul></body></html>")
missing = [n for n in names if not (out / f"{n}.html").exists()]
bad = [n for n in names if "Traceback (most recent call last)" in (out / f"{n}.html").read_text(errors="ignore")]
if missing or bad: sys.exit(f"missing pages: {missing}; pages with a Python traceback: {bad}")
print(f"{len(names)} pages rendered, no tracebacks")
PY
command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
for page in index tutorials__06_reproducing; do
  [ -f "$out/$page.html" ] || { echo "missing page $page"; exit 1; }
  prof=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$prof" --window-size=1280,1800 \
    --screenshot="$out/$page.png" "file://$PWD/$out/$page.html" >/dev/null 2>&1
  [ -s "$out/$page.png" ] || { echo "no screenshot of $page"; exit 1; }
  echo "screenshot $out/$page.png"
done
echo "docs check passed"
