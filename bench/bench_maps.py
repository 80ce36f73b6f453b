"""Speed of the trade-off maps (issue 15, acceptance 3): `break_even` and `sensitivity` with their defaults on the
Llama-2-7B prefill under `projected`, against json.load of the graph's file and against one graph_search, in one
process. Each map is timed once (tens of searches each). Prints; asserts nothing.

Run: python bench/bench_maps.py
"""
import os
import lightcode.models as models
from lightcode.hardware import preset
from lightcode.main import graph_search
from lightcode.tradeoffs import break_even, sensitivity, PARAMS
from common import median_time, read_json

def main():
    m, devs = models.llama_prefill, preset("projected")
    path = models.data_path(models.EXTRACTED["llama_prefill"][0])
    jl = median_time(read_json(path), 7)[0]                                    # the parsed file not kept alive
    graph_search(m, "energy", devs, seq_len=16)                               # process warm-up: compiles the graph
    one, _ = median_time(lambda: graph_search(m, "energy", devs, seq_len=1024), 5)
    print(f"json.load of {path.name}: {jl * 1e3:.1f} ms; one graph_search (L = 1024, projected, energy): "
          f"{one * 1e3:.0f} ms ({one / jl:.1f}x json.load)")
    print("a map costs about (searches) x (one search): see the last column; cpu: the process's CPU seconds (steadier "
          f"on a shared machine; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print(f"{'call (defaults; llama_prefill, projected)':44} {'seconds':>8} {'cpu s':>6} {'x json.load':>11} "
          f"{'searches':>8} {'x one search':>12}")
    for param in PARAMS:
        cpu = []
        t, df = median_time(lambda: break_even(m, devs, param, progress=False), cpu=cpu)
        print(f"{'break_even(..., ' + repr(param) + ')':44} {t:8.2f} {cpu[0]:6.2f} {t / jl:11.0f} "
              f"{df.attrs['searches']:>8} {t / one:12.1f}")
    cpu = []
    t, df = median_time(lambda: sensitivity(m, devs, progress=False), cpu=cpu)
    searches = len({(p, s) for p, s in zip(df.param, df.mult) if s != 1.0}) + 1      # x1 is one search for all
    print(f"{'sensitivity(...)':44} {t:8.2f} {cpu[0]:6.2f} {t / jl:11.0f} {searches:>8} {t / one:12.1f}")

if __name__ == "__main__": main()
