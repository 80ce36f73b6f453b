"""Copy the README's body into the docs index (nbs/index.ipynb), with links made relative to nbs/.

Run: python tools/sync_index.py   (the README is the source; the index's "main job" cells are kept)
"""
import json, re
from pathlib import Path

def index_text(readme: str) -> str:
    "The README after its title and tagline, links rewritten for a page that lives in nbs/."
    body = readme.split("\n", 3)[3].lstrip("\n")
    body = re.sub(r"\]\(nbs/", "](", body)                          # [x](nbs/tutorials/..) -> [x](tutorials/..)
    return body.replace("`nbs/", "`")

def main(root=Path(__file__).resolve().parents[1]):
    nbp = root / "nbs" / "index.ipynb"
    nb = json.loads(nbp.read_text())
    cell = next(c for c in nb["cells"]
                if c["cell_type"] == "markdown" and "LightCode maps every operator" in "".join(c["source"]))
    cell["source"] = index_text((root / "README.md").read_text()).rstrip("\n").splitlines(keepends=True)
    nbp.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {nbp}")

if __name__ == "__main__": main()
