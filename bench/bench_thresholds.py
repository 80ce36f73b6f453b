"""Speed of threshold_search, and the crossovers it finds. Prints figures; asserts nothing.

Run: python bench/bench_thresholds.py
(The `time` objective under `projected` improves every probe by local search, seconds per probe on Llama-2-7B: it is
benchmarked on GPT-2 only.)

Cold (issue 15, acceptance 3): a fresh Python process imports lightcode.main and loads the published Llama graph, then
times its first threshold_search (paper preset, energy): everything the first call pays (compiling the graph's
features, first-call caches, deferred imports) is in that figure. Median of several fresh processes, with lightcode's
bytecode cached (as an installed package has it) and with the environment as configured (PYTHONDONTWRITEBYTECODE=1:
every process compiles the sources it imports).
"""
import os, statistics, subprocess, sys, tempfile, time
from pathlib import Path
import lightcode.models as models
from lightcode.main import threshold_search, graph_search

CASES = (("paper_llama_prefill", "paper", 4096, ("time", "energy")), ("llama_prefill", "projected", 4096, ("energy",)),
         ("llama_decoder", "projected", 4096, ("energy",)), ("gpt2_prefill", "projected", 1024, ("time", "energy")))

COLD = """
import time
t0 = time.perf_counter()
import lightcode.main
t1 = time.perf_counter()
import lightcode.models as models
m = models.paper_llama_prefill
t2, c2 = time.perf_counter(), time.process_time()
r = lightcode.main.threshold_search(m, "energy", "paper")
t3, c3 = time.perf_counter(), time.process_time()
lightcode.main.threshold_search(m, "energy", "paper")
t4, c4 = time.perf_counter(), time.process_time()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3, c3 - c2, c4 - c3)
"""

def cold(env, runs=7):
    "Medians over fresh processes: import lightcode.main, load the graph, first call, second call (seconds)."
    rows = [[float(x) for x in subprocess.run([sys.executable, "-c", COLD], env=env, capture_output=True, text=True,
                                             check=True).stdout.split()] for _ in range(runs)]
    return [statistics.median(col) for col in zip(*rows)]

def main():
    base = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}   # this checkout's lightcode
    with tempfile.TemporaryDirectory(prefix="lightcode-pycache-") as cache:           # bytecode cached, as installed
        cached = {k: v for k, v in base.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": cache}
        subprocess.run([sys.executable, "-c", COLD], env=cached, capture_output=True, check=True)   # fills the cache
        for label, env in (("bytecode cached", cached), ("as configured", base)):
            imp, load, first, second, first_cpu, second_cpu = cold(env)
            print(f"paper_llama_prefill, paper, energy, 1..4096, fresh process, {label} (median of 7): import "
                  f"lightcode.main {imp:.3f} s, load graph {load:.3f} s, first threshold_search (cold) {first:.3f} s "
                  f"(cpu {first_cpu:.3f} s), second (warm) {second:.3f} s (cpu {second_cpu:.3f} s)")
        print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    graph_search(models.paper_gpt2_prefill, "energy", "paper", seq_len=8)            # process warm-up
    print(f"{'graph':22} {'preset':10} {'objective':9} {'L':>9} {'seconds':>8} {'probes':>6}  "
          "crossovers (L: stacks); near-ties")
    for name, preset, L, objectives in CASES:
        m = getattr(models, name)
        threshold_search(m, "energy", preset, max_seq_len=16)                           # compile the graph once
        for obj in objectives:
            t = time.perf_counter()
            r = threshold_search(m, obj, preset, max_seq_len=L)
            dt = time.perf_counter() - t
            h = {k: v for k, v in r.histogram().items() if isinstance(k, int)}
            print(f"{name:22} {preset:10} {obj:9} {'1..' + str(L):>9} {dt:8.3f} {r.probes:6d}  {h or 'none'}; "
                  f"{r.near_ties() or 'none'}")

if __name__ == "__main__": main()
