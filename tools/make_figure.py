"""The README's figure: break-even maps of the Llama-2-7B prefill under the `projected` preset (energy objective).

Run: python tools/make_figure.py   (writes nbs/images/break_even.png, shown by the README and the docs index)
"""
import matplotlib
matplotlib.use("Agg")
import lightcode.models as models
from lightcode.hardware import preset
from lightcode.tradeoffs import break_even, plot_break_even

maps = {(p, "energy"): break_even(models.llama_prefill, preset("projected"), p, "energy", (1, 16, 256, 1024, 4096))
        for p in ("throughput", "link_bandwidth")}
fig = plot_break_even(maps, title="factor the PHU must gain")
fig.suptitle("Llama-2-7B prefill, projected photonic design point: what the PHU must gain to take each operator "
             "(energy)", fontsize=10, y=1.03)
fig.savefig("nbs/images/break_even.png", dpi=90, bbox_inches="tight")
print("wrote nbs/images/break_even.png")
