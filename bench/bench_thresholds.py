"""Speed of threshold_search (issue: thresholds, acceptance 3). Prints figures; asserts nothing.

Run: python bench/bench_thresholds.py
"""
import time
import lightcode.models as models
from lightcode.main import threshold_search, graph_search

def main():
    graph_search(models.paper_gpt2_prefill, "energy", "paper", seq_len=8)            # process warm-up
    print(f"{'graph':28} {'preset':10} {'objective':9} {'L':>9} {'seconds':>8} {'probes':>6}  crossovers")
    for name, preset, L in (("paper_llama_prefill", "paper", 4096), ("llama_prefill", "projected", 4096),
                            ("llama_decoder", "projected", 4096), ("gpt2_prefill", "projected", 1024)):
        m = getattr(models, name)
        threshold_search(m, "energy", preset, max_seq_len=16)                           # compile the graph once
        for obj in ("time", "energy"):
            t = time.perf_counter(); r = threshold_search(m, obj, preset, max_seq_len=L); dt = time.perf_counter() - t
            h = {k: v for k, v in r.histogram().items() if isinstance(k, int)}
            print(f"{name:28} {preset:10} {obj:9} {'1..' + str(L):>9} {dt:8.3f} {r.probes:6d}  {h}")

if __name__ == "__main__": main()
