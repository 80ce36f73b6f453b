#!/usr/bin/env python3
"""Check the local docs render (tools/render_docs.py) in headless Chromium, as a reader would see it.

    python tools/browser_check.py [--out _docs_local] [--shots index.html tutorials/frontend.html ...]

Every page of OUT/pages.json is loaded in Chromium (file://, no network); the page's own script reports what loaded
(tools/docs_template/lightcode_page). Fails (exit 1, one line per problem) on a missing page, a page that did not
load or has no title, a link in a sidebar or pager to a missing page, a Python traceback, a figure shown as
`<Figure size ...>` text, a cell that draws a figure without a loaded image, a broken image, or YAML front matter
printed on the page. Screenshots (top of the page and, where there is one, its first figure) go to OUT/*.png.
"""
import argparse, html, json, re, shutil, subprocess, sys, tempfile
from pathlib import Path
from urllib.parse import unquote, urlparse

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
         "--allow-file-access-from-files"]


def chromium() -> str:
    "Path of the Chromium binary (Debian: apt-get install chromium)."
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name): return shutil.which(name)
    sys.exit("browser_check: no chromium on PATH (Debian: apt-get install -y chromium)")


def run_chromium(args: list, # extra arguments (--dump-dom URL, --screenshot=... URL)
                 timeout: int = 120) -> str:
    "Chromium's stdout for one headless run with a fresh profile."
    with tempfile.TemporaryDirectory() as prof:
        r = subprocess.run([chromium(), *FLAGS, f"--user-data-dir={prof}", *args], capture_output=True, text=True,
                           timeout=timeout)
    return r.stdout


def page_report(path: Path) -> dict:
    "What the page's check script found after load; {} when the page did not load."
    dom = run_chromium(["--virtual-time-budget=10000", "--dump-dom", path.resolve().as_uri()])
    m = re.search(r'<pre id="lc-check"[^>]*>(.*?)</pre>', dom, re.S)
    return json.loads(html.unescape(m.group(1))) if m else {}


def dead_links(path: Path, # a rendered page
               out: Path, # the site folder
              ) -> list:
    "Local links (sidebar, pager, content) from `path` to files that do not exist in `out`."
    dead = []
    for href in re.findall(r'<a [^>]*href="([^"#]+)(?:#[^"]*)?"', path.read_text(encoding="utf-8")):
        u = urlparse(html.unescape(href))
        if u.scheme or u.netloc or not u.path: continue
        target = (path.parent / unquote(u.path)).resolve()
        if not target.is_relative_to(out.resolve()) or not target.exists(): dead.append(href)
    return sorted(set(dead))


def screenshot(out: Path, page: str, suffix: str = "", anchor: str = "", size: str = "1280,1000") -> Path:
    "Save a PNG of `page` (scrolled to `anchor` if given) next to the pages."
    png = out / (page.replace("/", "__").removesuffix(".html") + suffix + ".png")
    url = (out / page).resolve().as_uri() + (f"?show={anchor}" if anchor else "")
    run_chromium([f"--window-size={size}", "--virtual-time-budget=10000", f"--screenshot={png.resolve()}", url])
    return png


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(ROOT / "_docs_local"))
    ap.add_argument("--shots", nargs="*", default=["index.html", "tutorials/frontend.html",
                                                    "tutorials/reproducing.html"],
                    help="pages to screenshot (default: the index and two tutorials)")
    a = ap.parse_args()
    out = Path(a.out)
    manifest = json.loads((out / "pages.json").read_text())
    problems = []
    for entry in manifest:
        page = out / entry["page"]
        if not page.exists():
            problems.append(f"{entry['page']}: missing page (from {entry['notebook']})")
            continue
        r = page_report(page)
        where = f"{entry['page']} ({entry['notebook']})"
        if not r:
            problems.append(f"{where}: did not load in Chromium")
            continue
        if not r["h1"].strip() or not r["title"].strip(): problems.append(f"{where}: no page title")
        if r["nav_links"] < len(manifest): problems.append(f"{where}: the sidebar has {r['nav_links']} links")
        if r["traceback"]: problems.append(f"{where}: shows a Python traceback")
        if r["figure_as_text"]: problems.append(f"{where}: shows a figure as text (<Figure size ...>)")
        if r["broken_images"]: problems.append(f"{where}: {r['broken_images']} images did not load")
        if r["front_matter"]: problems.append(f"{where}: shows YAML front matter")
        for cell in r["figure_cells_without_image"]:
            problems.append(f"{where}: cell {cell.split('=c')[-1]} draws a figure but the page shows no image")
        problems += [f"{where}: link to a missing page {h}" for h in dead_links(page, out)]
        print(f"checked {entry['page']}: '{r['title']}', {r['images']} images, "
              f"{r['figure_cells']} figure cells, {len(r['figure_cells_without_image'])} without an image")
    for shot in a.shots:
        entry = next((e for e in manifest if e["page"] == shot), None)
        if entry is None:
            problems.append(f"{shot}: missing page (asked for a screenshot)")
            continue
        pngs = [screenshot(out, shot)]
        if entry["figure_cells"]: pngs.append(screenshot(out, shot, "_figure", entry["figure_cells"][0]))
        for png in pngs:
            if not png.exists() or png.stat().st_size == 0: problems.append(f"{shot}: no screenshot {png}")
            else: print(f"screenshot {png}")
    for p in problems: print(p)
    print(f"browser check: {len(manifest)} pages, {len(problems)} problems")
    if problems: sys.exit(1)


if __name__ == "__main__": main()
