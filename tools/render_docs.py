#!/usr/bin/env python3
"""Render nbdev's processed notebooks (_proc/) into a local copy of the docs site, offline and without Quarto.

    python tools/render_docs.py [--proc _proc] [--out _docs_local]

Pages are where Quarto would put them (`output-file` of the front matter, e.g. plots.html; tutorials/...), with the
title and description from the front matter (not printed as YAML), a sidebar in the order of nbs/sidebar.yml,
previous/next links, and the stored outputs (figures as embedded PNG). Cell options are applied as Quarto does:
`#| echo: false` hides the code, `#| output: false` the outputs, `#| include: false` the cell; `#|` lines are not
shown. Links to the published site are made relative. Nothing is executed here.
Writes OUT/pages.json (page, title, figure cells) for tools/browser_check.py. Exit 1 when a page in
sidebar.yml has no notebook or a notebook is missing from sidebar.yml.
"""
import argparse, ast, configparser, html, json, os, re, sys
from pathlib import Path

import nbformat, yaml
from nbconvert import HTMLExporter
from traitlets.config import Config

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from check_outputs import calls_outside_defs, drawing_names, python_source  # noqa: E402

_re_option = re.compile(r"^\s*#\|\s*([\w-]+)\s*:\s*(.*?)\s*$")
_re_flag = re.compile(r"^\s*#\|\s*[\w-]+\s*$")
# Pandoc link attributes ([text](url){target="_blank" style="..."}) from show_doc, as HTML.
_re_pandoc_link = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)\{([^}]*)\}")

LAYOUT_CSS = """
body.lc-page { margin: 0; padding: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.lc-navbar { position: fixed; top: 0; left: 0; right: 0; height: 46px; background: #2780e3; color: #fff;
  display: flex; align-items: center; padding: 0 1.2rem; z-index: 10; }
.lc-navbar a { color: #fff; font-weight: 600; font-size: 1.2rem; text-decoration: none; }
.lc-local { margin-left: 1rem; opacity: .8; font-size: .8rem; }
.lc-sidebar { position: fixed; top: 46px; bottom: 0; left: 0; width: 245px; overflow-y: auto; padding: 1rem .8rem;
  border-right: 1px solid #e3e3e3; background: #fafafa; font-size: .88rem; box-sizing: border-box; }
.lc-sidebar ul { list-style: none; padding-left: 0; margin: 0 0 .4rem; }
.lc-sidebar li a { display: block; padding: 3px 8px; color: #343a40; text-decoration: none; border-radius: 3px; }
.lc-sidebar li a:hover { background: #eef3fa; }
.lc-sidebar li a.active { background: #e1ecfb; color: #1a68c0; font-weight: 600; }
.lc-sidebar .lc-section { font-weight: 700; margin: .9rem 0 .3rem 8px; color: #6c757d; text-transform: uppercase;
  font-size: .72rem; letter-spacing: .06em; }
main.lc-content { margin: 46px 0 0 245px; padding: 1.2rem 2.2rem 2rem; max-width: 980px; box-sizing: border-box; }
.lc-title h1.title { margin: .4rem 0 .2rem; font-size: 2rem; }
.lc-description { color: #6c757d; font-size: 1.08rem; margin-top: .2rem; }
.lc-pager { display: flex; justify-content: space-between; border-top: 1px solid #e3e3e3; margin-top: 2.5rem;
  padding-top: 1rem; }
.lc-pager a { color: #1a68c0; text-decoration: none; }
.jp-OutputArea-output img { max-width: 100%; height: auto; }
.jp-RenderedMarkdown pre { background: #f7f7f9; padding: .6rem .8rem; border-radius: 4px; margin: .6rem 0; }
.jp-Cell { padding: 2px 0; }
"""


def front_matter(nb) -> dict:
    "The YAML front matter nbdev put in the first raw cell (removed from `nb`); {} when there is none."
    if nb.cells and nb.cells[0].cell_type == "raw" and nb.cells[0].source.lstrip().startswith("---"):
        body = nb.cells.pop(0).source.strip().strip("-")
        return yaml.safe_load(body) or {}
    return {}


def page_of(nb_rel: Path, # notebook path relative to the processed folder
            fm: dict, # its front matter
           ) -> Path:
    "Where Quarto puts the page: front matter `output-file` in the notebook's folder, else NAME.html."
    return nb_rel.parent / fm["output-file"] if fm.get("output-file") else nb_rel.with_suffix(".html")


def sidebar_entries(path: Path, # nbs/sidebar.yml
                   ) -> list:
    "(section or None, notebook path) in sidebar order."
    def walk(items, section):
        for it in items:
            if isinstance(it, str): yield section, it
            elif isinstance(it, dict) and "contents" in it: yield from walk(it["contents"], it.get("section"))
            elif isinstance(it, dict) and "href" in it: yield section, it["href"]
    return list(walk(yaml.safe_load(path.read_text())["website"]["sidebar"]["contents"], None))


def split_options(src: str) -> tuple:
    "(Quarto/nbdev cell options as a dict, the source without `#|` lines)."
    opts, keep = {}, []
    for line in src.splitlines():
        m = _re_option.match(line)
        if m: opts[m.group(1).lower()] = m.group(2).strip().strip("'\"").lower()
        elif not _re_flag.match(line): keep.append(line)
    return opts, "\n".join(keep).strip("\n")


def fix_markdown(md: str, # markdown of a cell or an output
                 site: str, # the published site's URL (links into it become relative)
                 root: str, # relative path from the page to the site root
                 nb_links: dict = None, # notebook link as written -> its page, relative to this page
                ) -> str:
    "Markdown with pandoc link attributes as HTML, site links relative, notebook links to their pages (as Quarto)."
    def link(m):
        attrs = " ".join(re.findall(r'[\w-]+="[^"]*"', m.group(3)))
        return f'<a href="{html.escape(m.group(2))}" {attrs}>{m.group(1)}</a>'
    md = _re_pandoc_link.sub(link, md)
    for nb, page in (nb_links or {}).items(): md = re.sub(rf"\]\({re.escape(nb)}(#[^)]*)?\)", rf"]({page}\1)", md)
    return md.replace(site, root) if site else md


def notebook_links(md: str, # markdown of a cell
                   nb_rel: Path, # the notebook it is in, relative to the processed folder
                   pages: dict, # notebook (relative, posix) -> page (relative to the site root)
                   page: Path, # this notebook's page
                  ) -> dict:
    "Relative links to notebooks of the site in `md`, mapped to their pages relative to `page`."
    out = {}
    for target in re.findall(r"\]\(([^)#\s:]+\.ipynb)(?:#[^)]*)?\)", md):
        nb = os.path.normpath((nb_rel.parent / target).as_posix()).replace(os.sep, "/")
        if nb in pages: out[target] = rel(pages[nb], page)
    return out


def is_figure_cell(src: str, # cell source without options
                   names: set, # names of calls that draw
                  ) -> bool:
    "Whether the code that runs in the cell draws a figure (the rule of tools/check_outputs.py)."
    try: tree = ast.parse(python_source(src))
    except SyntaxError: return False
    return bool(set(calls_outside_defs(tree)) & names)


def prepare(nb, # a processed notebook, front matter already removed
            site: str, # the published site's URL
            root: str, # relative path from the page to the site root
            names: set, # names of calls that draw
            relink=lambda md: {}, # markdown -> {notebook link: page link} (see notebook_links)
           ) -> list:
    "Apply cell options, fix markdown, give cells stable ids; returns the DOM ids of the cells that draw figures."
    cells, figures = [], []
    for i, cell in enumerate(nb.cells):
        cell.id = f"c{i}"
        cell.metadata.setdefault("tags", [])
        if cell.cell_type == "markdown":
            if cell.source.strip().startswith("<!-- WARNING: THIS FILE WAS AUTOGENERATED"): continue
            cell.source = fix_markdown(cell.source, site, root, relink(cell.source))
        elif cell.cell_type == "code":
            opts, cell.source = split_options(cell.source)
            if opts.get("include") == "false": continue
            if not cell.source.strip() and not cell.outputs: continue
            if opts.get("echo") == "false" or not cell.source.strip(): cell.metadata.tags.append("lc_hide_input")
            if opts.get("output") == "false": cell.metadata.tags.append("lc_hide_output")
            for o in cell.outputs:
                if "text/markdown" in o.get("data", {}):
                    o.data["text/markdown"] = fix_markdown(o.data["text/markdown"], site, root)
            if opts.get("eval") != "false" and opts.get("output") != "false" and is_figure_cell(cell.source, names):
                figures.append(f"cell-id={cell.id}")
        elif cell.cell_type == "raw": continue
        cells.append(cell)
    nb.cells = cells
    return figures


def copy_resources(nb, # a prepared notebook
                   nb_rel: Path, # its path relative to the processed folder
                   proc: Path, # the processed folder (nbdev copies every file of nbs/ there)
                   out: Path, # the site folder
                  ) -> list:
    "Copy the local files that markdown cells show (images) next to the page, as Quarto does; returns them."
    copied = []
    for cell in nb.cells:
        if cell.cell_type != "markdown": continue
        refs = re.findall(r"!\[[^\]]*\]\(([^)\s]+)", cell.source) + re.findall(r'<img [^>]*src="([^"]+)"', cell.source)
        for ref in refs:
            if ":" in ref or ref.startswith("/"): continue
            src = (proc / nb_rel.parent / ref).resolve()
            if src.is_file() and src.is_relative_to(proc.resolve()):
                dst = out / src.relative_to(proc.resolve())
                dst.parent.mkdir(parents=True, exist_ok=True)
                dst.write_bytes(src.read_bytes())
                copied.append(dst)
    return copied


def rel(target: Path, page: Path) -> str:
    "Link from `page` to `target` (both relative to the site root)."
    return Path(os.path.relpath(target, page.parent)).as_posix()


def nav_html(entries: list, # (section, page, title) in sidebar order
             page: Path, # the page being rendered
            ) -> str:
    "The sidebar: sections and links, the current page marked."
    out, section, open_ul = [], object(), False
    for sec, target, title in entries:
        if sec != section:
            if open_ul: out.append("</ul>")
            if sec: out.append(f'<div class="lc-section">{html.escape(sec)}</div>')
            out.append("<ul>")
            section, open_ul = sec, True
        cls = ' class="active" aria-current="page"' if target == page else ""
        out.append(f'<li><a href="{rel(target, page)}"{cls}>{html.escape(title)}</a></li>')
    return "\n".join(out + (["</ul>"] if open_ul else []))


def pager_html(entries: list, page: Path) -> str:
    "Previous / next links in sidebar order."
    pages = [e[1] for e in entries]
    i = pages.index(page)
    prev = (f'<a href="{rel(pages[i - 1], page)}">&larr; {html.escape(entries[i - 1][2])}</a>'
            if i > 0 else "<span></span>")
    nxt = (f'<a href="{rel(pages[i + 1], page)}">{html.escape(entries[i + 1][2])} &rarr;</a>'
           if i + 1 < len(pages) else "<span></span>")
    return prev + nxt


def site_settings() -> tuple:
    "(site title, published site URL ending in /) from settings.ini."
    cfg = configparser.ConfigParser(delimiters=["="])
    cfg.read(ROOT / "settings.ini", encoding="utf-8")
    c = cfg["DEFAULT"]
    return c.get("title", c.get("lib_name", "docs")), c.get("doc_host", "") + c.get("doc_baseurl", "").rstrip("/") + "/"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--proc", default=str(ROOT / "_proc"), help="nbdev's processed notebooks (default _proc)")
    ap.add_argument("--out", default=str(ROOT / "_docs_local"), help="output folder (default _docs_local)")
    ap.add_argument("--sidebar", default=str(ROOT / "nbs" / "sidebar.yml"))
    a = ap.parse_args()
    proc, out = Path(a.proc), Path(a.out)
    site_title, site = site_settings()
    names = drawing_names()
    nbs = {p.relative_to(proc).as_posix(): nbformat.read(p, as_version=4)
           for p in sorted(proc.rglob("*.ipynb")) if ".ipynb_checkpoints" not in p.parts}
    fms = {k: front_matter(nb) for k, nb in nbs.items()}
    order = sidebar_entries(Path(a.sidebar))
    problems = [f"{nb} is listed in {a.sidebar} but has no processed notebook" for _, nb in order if nb not in nbs]
    problems += [f"{nb} is not listed in {a.sidebar} (a page no one can navigate to)"
                 for nb in nbs if nb not in {n for _, n in order}]
    entries = [(sec, page_of(Path(nb), fms[nb]), fms[nb].get("title", Path(nb).stem)) for sec, nb in order if nb in nbs]
    c = Config()
    c.HTMLExporter.template_name = "lightcode_page"
    c.HTMLExporter.extra_template_basedirs = [str(ROOT / "tools" / "docs_template")]
    c.HTMLExporter.exclude_input_prompt = True
    c.HTMLExporter.exclude_output_prompt = True
    c.TagRemovePreprocessor.enabled = True
    c.TagRemovePreprocessor.remove_input_tags = {"lc_hide_input"}
    c.TagRemovePreprocessor.remove_all_outputs_tags = {"lc_hide_output"}
    exporter = HTMLExporter(config=c)
    css = LAYOUT_CSS + ((ROOT / "nbs" / "styles.css").read_text() if (ROOT / "nbs" / "styles.css").exists() else "")
    pages = {nb: page_of(Path(nb), fms[nb]) for nb in nbs}
    manifest = []
    for sec, nb_name in order:
        if nb_name not in nbs: continue
        nb, fm = nbs[nb_name], fms[nb_name]
        page = page_of(Path(nb_name), fm)
        root = rel(Path("index.html"), page)[: -len("index.html")]
        figures = prepare(nb, site, root, names, lambda md: notebook_links(md, Path(nb_name), pages, page))
        title = fm.get("title", Path(nb_name).stem)
        nb.metadata["title"] = f"{title} – {site_title}"
        lc = dict(css=css, root=root, site_title=html.escape(site_title), title=html.escape(title),
                  description=re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(fm.get("description", ""))),
                  nav=nav_html(entries, page),
                  pager=pager_html(entries, page), figure_cells=json.dumps(figures))
        body, _ = exporter.from_notebook_node(nb, resources={"lc": lc})
        (out / page).parent.mkdir(parents=True, exist_ok=True)
        (out / page).write_text(body, encoding="utf-8")
        copy_resources(nb, Path(nb_name), proc, out)
        manifest.append(dict(notebook=nb_name, page=page.as_posix(), title=title, figure_cells=figures))
        print(f"rendered {nb_name} -> {out.name}/{page.as_posix()} ({len(figures)} figure cells)")
    (out / "pages.json").write_text(json.dumps(manifest, indent=1))
    for p in problems: print(p)
    if problems: sys.exit(1)


if __name__ == "__main__": main()
