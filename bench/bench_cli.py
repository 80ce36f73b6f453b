"""Start-up of the command-line tools (issue 15, acceptance 4): end-to-end wall time of
`lightcode_search gpt2_prefill --seq-len 1024`, `lightcode_search --help` and `python -c "import lightcode.main"`,
median of several runs, each in a fresh process running this checkout's lightcode. Prints; asserts nothing.

Run: python bench/bench_cli.py

Two settings, both printed:
- bytecode cached: what an installed package does (pip compiles it; an editable install caches it on first import):
  the runs use a private PYTHONPYCACHEPREFIX, filled by one warm-up run;
- as configured: the environment as it is; with PYTHONDONTWRITEBYTECODE=1 and no __pycache__ in the checkout,
  every start compiles lightcode's sources again.
"""
import os, resource, shutil, statistics, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).parent / "lightcode_search"
COMMANDS = {"lightcode_search gpt2_prefill --seq-len 1024": [str(SCRIPT), "gpt2_prefill", "--seq-len", "1024"],
            "lightcode_search --help": [str(SCRIPT), "--help"],
            'python -c "import lightcode.main"': [sys.executable, "-c", "import lightcode.main"],
            'python -c "pass" (interpreter alone)': [sys.executable, "-c", "pass"]}

def cpu_children() -> float:
    "User + system CPU seconds used so far by this process's finished children."
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime

def wall(cmd, env, runs):
    "Median wall time, minimum wall time and median CPU time (user + system) of `runs` runs of `cmd` (seconds)."
    ts, cs = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), cpu_children()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)
        ts.append(time.perf_counter() - t)
        cs.append(cpu_children() - c)
    return statistics.median(ts), min(ts), statistics.median(cs)

def main(runs=9):
    base = {**os.environ, "PYTHONPATH": str(ROOT)}
    cache = tempfile.mkdtemp(prefix="lightcode-pycache-")
    cached = {k: v for k, v in base.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": cache}
    try:
        for cmd in COMMANDS.values(): subprocess.run(cmd, env=cached, stdout=subprocess.DEVNULL, check=True)  # fill
        print(f"wall: median / min of {runs} runs; cpu: median user + system time of the process (s); on a shared "
              "machine the cpu figure is the steadier one")
        print(f"{'command':44} {'bytecode cached: wall':>22} {'cpu':>6} {'as configured: wall':>22} {'cpu':>6}")
        for label, cmd in COMMANDS.items():
            (a, a0, ac), (b, b0, bc) = wall(cmd, cached, runs), wall(cmd, base, runs)
            print(f"{label:44} {a:13.3f} / {a0:.3f} {ac:6.3f} {b:13.3f} / {b0:.3f} {bc:6.3f}")
        print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    finally: shutil.rmtree(cache, ignore_errors=True)
    print(f"as configured: PYTHONDONTWRITEBYTECODE={os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r}, "
          f"__pycache__ in lightcode/: {(ROOT / 'lightcode' / '__pycache__').exists()}")

if __name__ == "__main__": main()
