"""Print what decides each preset's result (Llama-2-7B prefill, L = 1024), from `tradeoffs.deciding_terms`.

The README's findings are this script's output: `python tools/findings.py` (several minutes on 2 cores).
"""
import sys, time
from lightcode import models, tradeoffs
from lightcode.main import graph_search

def main(presets=("physical", "projected", "lightmatter-2025", "pace-2025"), objectives=("energy", "time"), L=1024):
    "One block per preset and objective: the mapping, then the sentences `tradeoffs.claims` prints."
    for p in presets:
        for o in objectives:
            t = time.perf_counter()
            r = graph_search(models.llama_prefill, o, p, seq_len=L)
            print(f"{p}, {o}, L = {L}: makespan {r.makespan_s * 1e3:.3f} ms, energy {r.energy_j:.3f} J, "
                  f"{r.num_photonic} of {r.possible_photonic} matmul stacks on the PHU")
            for line in tradeoffs.claims(tradeoffs.deciding_terms(models.llama_prefill, p, L, o), f"{p}: "):
                print("  " + line)
            print(f"  ({time.perf_counter() - t:.0f} s)", file=sys.stderr, flush=True)

if __name__ == "__main__": main(*([sys.argv[1].split(",")] if len(sys.argv) > 1 else []))
