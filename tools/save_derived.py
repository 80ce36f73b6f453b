"""Keep the derived data (compiled features, fusion plan, footprint plan) beside every shipped graph file.

Run after any change to lightcode/graph.py, fusion.py or main.py and after a version bump (kept data are read only
by the version and code that made them, `graph.derived_stamp`): `python tools/save_derived.py`.
The notebook 07_main checks that every kept file equals what the code computes now.
"""
import lightcode.models as models
from lightcode.main import save_derived

if __name__ == "__main__":
    for name, (fname, *_) in models.EXTRACTED.items():
        out = save_derived(models.data_path(fname))
        print(f"{name:22} -> {out.name} ({out.stat().st_size / 1024:.0f} KiB)")
