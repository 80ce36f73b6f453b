#!/usr/bin/env python3
"""Check the outputs stored in the notebooks: every cell that draws a figure stores it as an image.

    python tools/check_outputs.py                 # every notebook under nbs/
    python tools/check_outputs.py nbs/09_plots.ipynb

Fails (exit 1, one line per problem) when
- a code cell calls a plotting function (matplotlib's, pandas' .plot, or a lightcode function that draws: found
  by reading lightcode/*.py) outside a def and stores no image (`#| eval: false` cells are exempt);
- an output shows a figure as text (`<Figure size ...>`) with no image beside it;
- a cell stores the same image twice;
- a cell stores an error (a traceback would appear on the page).
Refresh the outputs with `python tools/refresh_outputs.py`.
"""
import ast, json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Calls that draw: pyplot/Axes/pandas names. Library functions that reach one of these are added by `drawing_names`.
MPL_NAMES = {"subplots", "figure", "subplot", "subplot_mosaic", "plot", "bar", "barh", "scatter", "hist", "imshow",
             "matshow", "pcolormesh", "contour", "contourf", "fill_between", "errorbar", "step", "stackplot",
             "pie", "boxplot", "violinplot", "heatmap", "show"}
# Library functions whose calls only share a name with pyplot's: `sweep._submit_all` calls Dask's `Client.scatter`.
NOT_DRAWING = {"_submit_all"}
_re_no_eval = re.compile(r"^\s*#\|\s*eval:\s*false\s*$", re.MULTILINE | re.IGNORECASE)


def call_name(node: ast.Call, # a call in a cell or module
             ) -> str:
    "The called name: `f` for f(...), `m` for x.y.m(...), '' otherwise."
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def calls_outside_defs(tree: ast.AST, # parsed cell source
                      ) -> list:
    "Names called by the code that runs (not inside def/class/lambda bodies)."
    names, todo = [], [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)): continue
        if isinstance(node, ast.Call): names.append(call_name(node))
        todo.extend(ast.iter_child_nodes(node))
    return names


def drawing_names(lib: Path = ROOT / "lightcode", # the package whose functions are read
                 ) -> set:
    "MPL_NAMES plus every function or method in `lib` that calls one of them, directly or through another."
    # A function that calls savefig writes the figure to a file (a CLI's --gantt PATH): calling it shows nothing.
    bodies = {}
    for py in sorted(lib.glob("*.py")):
        for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                called = {call_name(c) for c in ast.walk(node) if isinstance(c, ast.Call)}
                bodies.setdefault(node.name, set()).update(called)
    names = set(MPL_NAMES)
    while True:
        new = {f for f, called in bodies.items()
               if f not in names and f not in NOT_DRAWING and called & names and "savefig" not in called}
        if not new: return names
        names |= new


def python_source(src: str, # a code cell's source (may hold IPython magics)
                 ) -> str:
    "The cell as plain Python (magics and shell escapes transformed away)."
    from IPython.core.inputtransformer2 import TransformerManager
    return TransformerManager().transform_cell(src)


def text(o: dict, # one output
         key: str = "text/plain", # the mime type to read
        ) -> str:
    "An output's text for `key` (streams: their text)."
    v = o.get("text", "") if o.get("output_type") == "stream" else o.get("data", {}).get(key, "")
    return "".join(v) if isinstance(v, list) else v


def has_image(o: dict) -> bool: return any(k.startswith("image/") for k in o.get("data", {}))


def check_notebook(path: Path, # the notebook to check
                   names: set, # names of calls that draw a figure
                  ) -> tuple:
    "(problems, number of figure cells, number of images) of one notebook."
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    problems, n_fig, n_img = [], 0, 0
    for i, cell in enumerate(cells, 1):
        if cell["cell_type"] != "code": continue
        src = "".join(cell["source"])
        outs = cell.get("outputs", [])
        where = f"{path} cell {i}"
        imgs = ["".join(o["data"][k]).strip() for o in outs for k in o.get("data", {}) if k.startswith("image/")]
        n_img += len(imgs)
        if len(set(imgs)) < len(imgs): problems.append(f"{where}: the same image is stored twice")
        for o in outs:
            if o.get("output_type") == "error":
                problems.append(f"{where}: stores an error ({o.get('ename')}: {o.get('evalue', '')[:80]})")
            elif "<Figure size" in text(o) and not has_image(o):
                problems.append(f"{where}: a figure stored as text ({text(o).strip()[:60]!r}), no image")
        if _re_no_eval.search(src): continue
        try: tree = ast.parse(python_source(src))
        except SyntaxError as e:
            problems.append(f"{where}: cannot be parsed ({e.msg}, line {e.lineno})")
            continue
        drawn = sorted(set(calls_outside_defs(tree)) & names)
        if not drawn: continue
        n_fig += 1
        if not imgs: problems.append(f"{where}: draws a figure ({', '.join(drawn)}) but stores no image")
    return problems, n_fig, n_img


def notebooks(paths: list, # notebook files or folders; empty: nbs/
             ) -> list:
    "Notebooks to check (the same selection as tools/refresh_outputs.py)."
    from refresh_outputs import notebooks as select
    return select(paths, "check_outputs")


def main():
    if {"-h", "--help"} & set(sys.argv[1:]): sys.exit(print(__doc__))
    names = drawing_names()
    problems, n_fig, n_img = [], 0, 0
    nbs = notebooks(sys.argv[1:])
    for nb in nbs:
        p, f, i = check_notebook(nb, names)
        problems += p
        n_fig += f
        n_img += i
    for p in problems: print(p)
    print(f"check_outputs: {len(nbs)} notebooks, {n_fig} cells that draw figures, {n_img} stored images, "
          f"{len(problems)} problems")
    if problems:
        print("refresh the stored outputs with: python tools/refresh_outputs.py [NOTEBOOK ...]")
        sys.exit(1)


if __name__ == "__main__": main()
