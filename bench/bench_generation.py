"""Speed of simulate_generation against json.load of the decoder graph's file, in one process (issue 15,
acceptance 1: Llama-2-7B, prompt 512 + 512 new tokens, physical preset, time and energy, at most 150x), and the
step-by-step path (`method="each"`, a full search per decode step) on a shorter generation for comparison.

Run: python bench/bench_generation.py        (prints figures; asserts nothing)
"""
import statistics, time
import numpy as np
import lightcode.models as models
from lightcode.main import simulate_generation
from common import median_time, read_json

def main():
    pm, dm = models.llama_prefill, models.llama_decoder          # loaded (and compiled below) before timing
    path = models.data_path(models.EXTRACTED["llama_decoder"][0])
    read = read_json(path)
    for obj in ("time", "energy"):                # compiles features and fusion plans, loads each objective's kernels
        simulate_generation(pm, dm, "physical", 512, 3, obj, progress=False)
    print(f"\nacceptance 1 (target <= 150x json.load of {path.name}, timed 7 times just before and 7 just after each "
          "generation): prompt 512 + 512 new tokens, physical preset")
    print(f"{'objective':9} {'seconds':>8} {'json.load ms':>12} {'ratio':>7} {'TTFT ms':>8} {'TPOT ms':>8} "
          f"{'tokens/s':>9} {'J/token':>8}")
    for obj in ("time", "energy"):
        reads = [median_time(read)[0] for _ in range(7)]
        t = time.perf_counter()
        g = simulate_generation(pm, dm, "physical", 512, 512, obj, progress=False)
        s = time.perf_counter() - t
        jl = statistics.median(reads + [median_time(read)[0] for _ in range(7)])
        print(f"{obj:9} {s:8.2f} {jl*1e3:12.2f} {s/jl:6.0f}x {g.ttft_s*1e3:8.3f} {g.tpot_s*1e3:8.4f} "
              f"{g.tokens_per_s:9.1f} {g.energy_per_token_j:8.4f}")
    n = 33
    print(f"\nstep by step (method='each', a full search per step) against runs (default), "
          f"prompt 512 + {n} new tokens, physical preset")
    print(f"{'objective':9} {'each s':>8} {'runs s':>8} {'speed-up':>8} {'max rel diff makespan':>22} {'energy':>10}")
    for obj in ("time", "energy"):
        out = {}
        for method in ("each", "runs"):
            t = time.perf_counter()
            out[method] = (simulate_generation(pm, dm, "physical", 512, n, obj, progress=False, method=method),
                           time.perf_counter() - t)
        a, b = out["runs"][0].steps, out["each"][0].steps
        dm_, de_ = (float(np.abs(a[k] / b[k] - 1).max()) for k in ("makespan_s", "energy_j"))
        print(f"{obj:9} {out['each'][1]:8.2f} {out['runs'][1]:8.2f} {out['each'][1]/out['runs'][1]:7.1f}x "
              f"{dm_:22.2e} {de_:10.2e}")

if __name__ == "__main__": main()
