#!/usr/bin/env python3
"""Execute notebooks in place and store their outputs (figures as PNG), so the docs show what the code prints.

    python tools/refresh_outputs.py                      # every notebook under nbs/ (one fresh process each)
    python tools/refresh_outputs.py nbs/09_plots.ipynb   # only these
    python tools/check_outputs.py                        # then check that every figure cell stores an image

Every code cell runs in order in a fresh IPython shell (execnb's CaptureShell, as nbdev_test does) in the notebook's
folder, with matplotlib's inline backend writing PNG. Cells marked `#| eval: false` and nbdev_export() cells keep
what they have. A cell's old outputs are replaced even when it now prints nothing. A cell that returns a figure drawn
with pyplot would store the same PNG twice (inline display + result); the result copy is dropped. On an error
nothing is written and the exit code is 1. Afterwards `nbdev_clean` normalises the notebook (settings.ini:
clear_all = False keeps the outputs). Progress bars are off (TQDM_DISABLE=1) so no carriage-return lines are stored.
"""
import argparse, os, re, subprocess, sys, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_re_no_eval = re.compile(r"^\s*#\|\s*eval:\s*false\s*$", re.MULTILINE | re.IGNORECASE)


def notebooks(paths: list, # notebook files or folders; empty: the nbs/ folder
              tool: str = "refresh_outputs", # the calling tool's name, for the error
             ) -> list:
    "The notebooks to work on: files as given, folders searched recursively (no _proc, checkpoints or _ files)."
    found = []
    for p in [Path(o) for o in paths] or [ROOT / "nbs"]:
        if p.is_dir():
            found += sorted(q for q in p.rglob("*.ipynb")
                            if not any(part.startswith(("_", ".")) for part in q.relative_to(p).parts))
        elif p.suffix == ".ipynb" and p.exists(): found.append(p)
        else: sys.exit(f"{tool}: {p} is neither a notebook (.ipynb) nor a folder")
    return found


def skipped(cell, # a notebook cell (execnb AttrDict)
            skip_flags: set, # nbdev flags (e.g. notest) whose cells keep their outputs
           ) -> bool:
    "Whether `cell` is left as it is: not code, `#| eval: false`, nbdev_export(), or a skip flag."
    if cell.cell_type != "code": return True
    src = cell.source
    if _re_no_eval.search(src) or "nbdev_export" + "(" in src: return True
    return any(re.search(rf"^\s*#\|\s*{re.escape(f)}\b", src, re.MULTILINE) for f in skip_flags)


def drop_duplicate_figures(outputs: list, # a cell's outputs (Jupyter format)
                          ) -> list:
    "Outputs without execute_results whose PNG a display_data of the same cell already shows."
    def png(o): return "".join(o.get("data", {}).get("image/png", "")).strip()
    shown = {png(o) for o in outputs if o.get("output_type") == "display_data" and png(o)}
    return [o for o in outputs if not (o.get("output_type") == "execute_result" and png(o) and png(o) in shown)]


def refresh_one(path: Path, # the notebook to execute and rewrite
                skip_flags: set, # nbdev flags whose cells keep their outputs
                timeout: int, # seconds per cell before it is stopped
               ) -> int:
    "Execute `path` cell by cell in a fresh shell and write it back with the outputs; 0 on success."
    from execnb.nbio import read_nb, write_nb
    from execnb.shell import CaptureShell
    from fastcore.xtras import working_directory
    path = path.resolve()
    nb = read_nb(path)
    shell = CaptureShell(path, mpl_format="png", timeout=timeout)
    shell._fname = path
    n_run = 0
    with working_directory(path.parent):
        for cell in nb.cells:
            if skipped(cell, skip_flags): continue
            shell._cell_idx = cell.idx_ + 1
            outs = shell.run(cell.source)
            cell.outputs = drop_duplicate_figures([dict(o) for o in outs])
            n_run += 1
            if shell.exc:
                sys.stderr.write(shell.prettytb(fname=path) + "\n")
                print(f"FAILED {path} (cell {cell.idx_ + 1}); the notebook was not changed")
                return 1
    write_nb(nb, path)
    rc = subprocess.run(["nbdev_clean", "--fname", str(path)], cwd=ROOT).returncode
    n_img = sum("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))
    print(f"refreshed {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {n_run} cells run, "
          f"{n_img} figures stored")
    return rc


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="notebooks or folders (default: nbs/)")
    ap.add_argument("--skip-flags", default="", help="comma-separated nbdev flags whose cells are not run, e.g. notest")
    ap.add_argument("--timeout", type=int, default=1800, help="seconds per cell (default 1800)")
    ap.add_argument("--single", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    flags = {f for f in a.skip_flags.split(",") if f}
    if a.single: sys.exit(refresh_one(Path(a.paths[0]), flags, a.timeout))
    env = {**os.environ, "MPLBACKEND": "Agg", "TQDM_DISABLE": "1"}
    failed = []
    for nb in notebooks(a.paths):
        start = time.time()
        cmd = [sys.executable, __file__, "--single", "--timeout", str(a.timeout), "--skip-flags", a.skip_flags, str(nb)]
        if subprocess.run(cmd, env=env).returncode: failed.append(str(nb))
        print(f"  ({time.time() - start:.0f} s)")
    if failed: sys.exit(f"refresh_outputs: failed on {', '.join(failed)}")


if __name__ == "__main__": main()
