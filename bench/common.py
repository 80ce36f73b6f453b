"""Helpers the benchmark scripts share: timing, and a shipped model loaded afresh from its file."""
import json, statistics, time
from dataclasses import replace
import lightcode.models as models
from lightcode.graph import load_graph, graph_from_json

def median_time(f, n=1, cpu=None):
    "Median wall time (s) of n calls of f, and the last result (`cpu`: a list that receives the median CPU time)."
    ts, cs, out = [], [], None
    for _ in range(n):
        out = None                                   # the previous result freed before the clock starts, not inside
        t, c = time.perf_counter(), time.process_time()
        out = f()
        ts.append(time.perf_counter() - t)
        cs.append(time.process_time() - c)
    if cpu is not None: cpu.append(statistics.median(cs))
    return statistics.median(ts), out

def read_json(path):
    "json.load of the file at `path` (the reference every speed ratio divides by)."
    return lambda: json.loads(path.read_text())

def alternating(f, reference, n):
    "(times of f, times of `reference`) over n rounds of one call each, back to back: drift hits both alike."
    fs, rs = [], []
    for _ in range(n):
        rs.append(median_time(reference)[0])
        fs.append(median_time(f)[0])
    return fs, rs

def fresh_model(name: str):
    "(the shipped model `name` on a freshly loaded copy of its graph, with only the derived data kept beside its file)."
    path = models.data_path(models.EXTRACTED[name][0])
    return replace(getattr(models, name), graph=load_graph(path)), path

def fresh_model_computed(name: str):
    "The shipped model `name` on a fresh copy of its graph read without the kept derived data (all made on first use)."
    path = models.data_path(models.EXTRACTED[name][0])
    return replace(getattr(models, name), graph=graph_from_json(json.loads(path.read_text()), str(path)))
