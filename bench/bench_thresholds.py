"""Speed of threshold_search, and the crossovers it finds. Prints figures; asserts nothing.

Run: python bench/bench_thresholds.py
(The `time` objective under `projected` improves every probe by local search, seconds per probe on Llama-2-7B: it is
benchmarked on GPT-2 only.)
"""
import time
import lightcode.models as models
from lightcode.main import threshold_search, graph_search

CASES = (("paper_llama_prefill", "paper", 4096, ("time", "energy")), ("llama_prefill", "projected", 4096, ("energy",)),
         ("llama_decoder", "projected", 4096, ("energy",)), ("gpt2_prefill", "projected", 1024, ("time", "energy")))

def main():
    graph_search(models.paper_gpt2_prefill, "energy", "paper", seq_len=8)            # process warm-up
    print(f"{'graph':22} {'preset':10} {'objective':9} {'L':>9} {'seconds':>8} {'probes':>6}  crossovers (L: stacks); near-ties")
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
