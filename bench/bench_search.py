"""Speed of graph_search against json.load of the same graph file, in one process (issue: core, acceptance 6;
issue 15, acceptance 2: the shipped llama_prefill at L = 512 under physical and projected).

Run: python bench/bench_search.py            (prints figures; asserts nothing)
"""
import statistics, time
import lightcode.models as models
from lightcode.main import graph_search
from lightcode.hardware import initialize_hardware, preset
from common import median_time, fresh_model, fresh_model_computed, read_json, alternating

def row(name, load, obj, hw, L, path, n=15, loads=3):
    "One line: the median first search on `loads` freshly loaded models (`load()`), then of n more, against json.load."
    firsts, reads, read = [], [], read_json(path)
    for _ in range(loads):                       # json.load of the file timed beside each search: drift hits both
        m = load()
        firsts.append(median_time(lambda: graph_search(m, obj, hw, seq_len=L))[0])
        reads.append(median_time(read)[0])
    first = statistics.median(firsts)
    searches, more = alternating(lambda: graph_search(m, obj, hw, seq_len=L), read, n)
    med, jl = statistics.median(searches), statistics.median(reads + more)
    print(f"{name:22} {obj:9} {L:>5} {jl*1e3:12.2f} {first*1e3:13.1f} {first/jl:6.1f}x {med*1e3:10.1f} {med/jl:6.1f}x")

def released_inside(read, n):
    "(median time of n calls of `read`, the last result) with each previous result released inside the clock."
    ts, out = [], None
    for _ in range(n):                           # the timing before 2026-12-01: `out` rebound (freed) in the clock
        t = time.perf_counter()
        out = read()
        ts.append(time.perf_counter() - t)
    return statistics.median(ts), out

def timing_then_and_now(path, rounds=5, n=15):
    "json.load of `path` timed as here and as before 2026-12-01, in alternating rounds."
    read, now, then = read_json(path), [], []
    for _ in range(rounds):
        now.append(median_time(read, n)[0])
        then.append(released_inside(read, n)[0])
    a, b = statistics.median(now), statistics.median(then)
    print(f"json.load of {path.name} (median of {rounds} x {n} calls): {a * 1e3:.2f} ms with each previous result "
          f"freed before the clock (as timed here), {b * 1e3:.2f} ms with its release inside it (as timed before "
          f"2026-12-01): {b / a - 1:+.0%}")

def main():
    hw = initialize_hardware(preset("paper"))
    warm, _ = median_time(lambda: graph_search(models.paper_gpt2_prefill, "energy", hw, seq_len=8))
    print(f"process warm-up (first search in this process, imports and caches): {warm * 1e3:.0f} ms")
    physical = initialize_hardware(preset("physical"))
    warm = []
    for _ in range(2):                           # each on a fresh copy of the graph: only the first loads numba
        m = fresh_model("llama_decoder")[0]
        warm.append(median_time(lambda: [graph_search(m, obj, physical, seq_len=16) for obj in ("energy", "time")])[0])
    first, again = warm
    print(f"process warm-up of the compiled loops (numba and its cached kernels, loaded by the first searches of a "
          f"large graph on coupled hardware): {(first - again) * 1e3:.0f} ms (the shipped llama_decoder's first energy "
          f"and time searches {first * 1e3:.0f} ms, on a second fresh copy {again * 1e3:.0f} ms)")
    print("first call = median of first searches on 3 freshly loaded graphs (a shipped graph file's kept derived data "
          "read by load_graph, the rest made once per graph); search = median of further calls; "
          "ratios = / json.load of the graph's file, timed beside the searches (each timing starts after the previous "
          "result is freed)")
    head = (f"{'graph':22} {'objective':9} {'L':>5} {'json.load ms':>12} {'first call ms':>13} {'ratio':>7} "
            f"{'search ms':>10} {'ratio':>7}")
    print("\npaper preset, published graphs:\n" + head)
    for name, L in (("paper_llama_prefill", 4096), ("paper_llama_decoder", 4096), ("paper_gpt2_prefill", 1024)):
        path = models.data_path(models.SHIPPED[name][0])
        for obj in ("energy", "time"):               # fresh graphs: the first call compiles their features
            row(name, lambda: models.load_tvm_graph_json(path, models.SHIPPED[name][1], name=name), obj, hw, L, path)
    timing_then_and_now(models.data_path(models.EXTRACTED["llama_prefill"][0]))
    print("\nissue 15 acceptance 2 (target: search <= 2x, first call <= 4x json.load): shipped llama_prefill, L = 512\n"
          + head)
    path = models.data_path(models.EXTRACTED["llama_prefill"][0])
    for p in ("physical", "projected"):
        hwp = initialize_hardware(preset(p))
        for obj in ("time", "energy"):
            row(f"llama_prefill {p}", lambda: fresh_model("llama_prefill")[0], obj, hwp, 512, path, n=7)
    print("\nthe same, first call on a graph read without its kept derived data (features, fusion and footprint "
          "plans computed on first use):\n" + head)
    for p in ("physical", "projected"):
        hwp = initialize_hardware(preset(p))
        for obj in ("time", "energy"):
            row(f"llama_prefill {p}", lambda: fresh_model_computed("llama_prefill"), obj, hwp, 512, path, n=7)

if __name__ == "__main__": main()
