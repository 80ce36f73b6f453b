"""Wall time and peak memory of `lightcode_export` for each new model family (issue 14, acceptance 5).

Every export (prefill and decode of llama-3-8b, mistral-7b, qwen2-7b, mixtral-8x7b) runs in its own subprocess, one
at a time (each exports 2 decoder layers and repeats the second: `relay.graph_from_config`'s default route);
the parent reads that child's resource usage with os.wait4 (peak resident set size, ru_maxrss in KiB on Linux).
Targets: at most 60 s and 2 GB each. Prints; asserts nothing (a benchmark, not a test). On a shared machine the wall
time includes waiting for a core; the CPU time (user + system of the child) is what the export itself costs.

Run: python bench/bench_export.py                 (graphs go to a temporary folder)
     python bench/bench_export.py --out DIR       (keep the graphs in DIR, e.g. lightcode/data)
     python bench/bench_export.py --models gpt2   (other presets)
"""
import argparse, os, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODELS = ("llama-3-8b", "mistral-7b", "qwen2-7b", "mixtral-8x7b")
STAGES = (("prefill", "prefill"), ("decode", "decoder"))
TARGET_S, TARGET_B = 60, 2e9
CALL = "import sys; from lightcode.relay import export_cli; sys.exit(export_cli(sys.argv[1:]))"

def export_once(model, stage, out):
    "Run one export in a subprocess: (exit code, wall seconds, CPU seconds, peak RSS bytes)."
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-c", CALL, model, "--stage", stage, "--out", str(out), "--quiet"], env=env)
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return p.returncode, time.perf_counter() - t, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", nargs="+", default=list(MODELS))
    ap.add_argument("--out", help="folder to keep the graphs in (default: a temporary folder)")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(a.out or tmp)
        print(f"{'model':12} {'stage':8} {'wall s':>7} {'CPU s':>6} {'peak RSS GB':>11} {'file MB':>8}  "
              f"target <= {TARGET_S} s, <= {TARGET_B / 1e9:.0f} GB")
        for model in a.models:
            for stage, suffix in STAGES:
                f = out / f"{model.replace('llama-3', 'llama3').replace('-', '_')}_{suffix}.json"   # the shipped names
                rc, wall, cpu, rss = export_once(model, stage, f)
                size = f.stat().st_size / 1e6 if f.exists() else float("nan")
                flags = [w for w, bad in (("SLOW", wall > TARGET_S), ("BIG", rss > TARGET_B), (f"exit {rc}", rc))
                         if bad]
                print(f"{model:12} {stage:8} {wall:7.1f} {cpu:6.1f} {rss / 1e9:11.2f} {size:8.2f}  "
                      f"{' '.join(flags) or 'ok'}", flush=True)
        print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end")

if __name__ == "__main__": main()
