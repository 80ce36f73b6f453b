"""Per-call cost of the parts of every search (issue 15): `main.footprint_of` (run by every `graph_search` through
`stage_result`) and `select.select_additive` (some twenty calls per search on one stacked graph, one per weight pair of
`search.candidate_pool`), HEFT and one schedule, on the shipped llama_prefill at L = 512 under the physical preset;
then the time objective's local search under `physical` and `projected`: its share of a search, its trial schedules,
how much slower than the best they are, and how close the bounds come to their makespans.

Run: python bench/bench_hotspots.py            (prints figures; asserts nothing)
"""
import time
from dataclasses import replace
import numpy as np
import lightcode.models as models
from lightcode.hardware import initialize_hardware, preset
from lightcode.main import graph_search, footprint_of
from lightcode.select import select_additive, select_heft
from lightcode.schedule import schedule, path_tail, segment_bound
import lightcode.search as search
from common import median_time, fresh_model

def median_ms(f, n):
    "Median wall time of n calls of f, in milliseconds."
    return median_time(f, n)[0] * 1e3

def main():
    hw = initialize_hardware(preset("physical"))
    m = fresh_model("llama_prefill")[0]
    t = time.perf_counter()
    r = graph_search(m, "energy", hw, seq_len=512)
    print(f"first graph_search on the freshly loaded graph: {(time.perf_counter() - t) * 1e3:.1f} ms")
    print(f"footprint_of (warm): {median_ms(lambda: footprint_of(r), 30):.3f} ms per call")
    sg, scale = r.stacked, r.energy_j / r.makespan_s
    weights = ["energy", "time_sum"] + [(1.0, float(q * scale)) for q in np.logspace(-4, 4, 17)]
    per_call = median_ms(lambda: [select_additive(sg, w) for w in weights], 10) / len(weights)
    print(f"select_additive (warm, the {len(weights)} weights of candidate_pool): {per_call:.3f} ms per call")
    fresh = lambda: replace(sg)                                  # a new stacked graph: nothing derived yet
    print(f"select_heft (a fresh stacked graph: ranks included): {median_ms(lambda: select_heft(fresh()), 9):.2f} ms")
    print(f"schedule of the energy mapping ({r.flat.n} nodes): {median_ms(lambda: schedule(r.flat, hw), 15):.2f} ms")
    for obj in ("energy", "time"):
        print(f"graph_search {obj}: {median_ms(lambda: graph_search(m, obj, hw, seq_len=512), 9):.1f} ms (median of 9)")

def local_search(m, hardware):
    "The time objective's local search on preset `hardware`: its share of a search, its trials against the best."
    hw = initialize_hardware(preset(hardware))
    r = graph_search(m, "time", hw, seq_len=512)
    sg = r.stacked
    best, pool = search.pool_best(sg, "time")
    whole = median_ms(lambda: graph_search(m, "time", hw, seq_len=512), 7)
    part = median_ms(lambda: search.improve_makespan(sg, best, known=pool), 7)
    slower, paths, segments, plain = [], [], [], search.expand_schedule
    given_up, calls = [], {True: [], False: []}       # where a given-up trial's tails first pass the cutoff; call times
    def expand_scheduled(sg_, x, cutoff, tail, charges=None, compiled=None):   # each trial, scheduled in full too
        t = time.perf_counter()
        flat, s = plain(sg_, x, cutoff, tail, charges, compiled)
        calls[s is None].append(time.perf_counter() - t)
        full = schedule(flat, sg_.hw)
        makespan = full.makespan
        if s is None:                                # its nodes in placement order: the first to end past the cutoff
            late = full.end[full.order] + np.asarray(tail, float)[flat.orig][full.order] > cutoff   # with its tail
            given_up.append(np.argmax(late) / flat.n if late.any() else 1.0)
        slower.append(makespan / best.makespan - 1)
        paths.append((flat.dur + path_tail(flat, sg_.hw)).max() / makespan)   # its longest path
        segments.append(segment_bound(sg_, x) / makespan)                    # its segment bound
        return flat, s
    search.expand_schedule = expand_scheduled
    try: search.improve_makespan(sg, best, known=pool)
    finally: search.expand_schedule = plain
    s = np.array(slower)
    head = (f"{hardware}, time: local search {part:.1f} of {whole:.1f} ms per search; {len(s)} trial mappings "
            f"expanded and scheduled (the rest ruled out by bounds before)")
    if not len(s): return print(head)
    late = f"median {np.median(s[s > 0]):.1%}, at most {s.max():.1%}" if (s > 0).any() else "none"
    print(f"{head}, {(s > 0).sum()} of them slower than the pool's best ({late}); of their own makespans, their "
          f"longest paths with transfers are {min(paths):.2f}-{max(paths):.2f}, their segment bounds "
          f"{min(segments):.3f}-{max(segments):.4f}")
    if given_up:                                     # a given-up schedule stops at or before that point
        us = lambda ts: f"{np.median(ts) * 1e6:.0f} us" if ts else "-"
        print(f"  {len(given_up)} of the {len(s)} gave up: their tails pass the cutoff {min(given_up):.2f}-"
              f"{max(given_up):.2f} of the way through their placement order; one expand_schedule call (median) "
              f"{us(calls[True])} when it gives up, {us(calls[False])} when it schedules in full")

if __name__ == "__main__":
    main()
    for hardware in ("physical", "projected"): local_search(models.llama_prefill, hardware)
