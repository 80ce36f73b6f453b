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
import os, shutil, statistics, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).parent / "lightcode_search"
COMMANDS = {"lightcode_search gpt2_prefill --seq-len 1024": [str(SCRIPT), "gpt2_prefill", "--seq-len", "1024"],
            "lightcode_search --help": [str(SCRIPT), "--help"],
            'python -c "import lightcode.main"': [sys.executable, "-c", "import lightcode.main"],
            'python -c "pass" (interpreter alone)': [sys.executable, "-c", "pass"]}

def wall(cmd, env, runs):
    "Median and minimum wall time of `runs` runs of `cmd` (seconds)."
    ts = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)
        ts.append(time.perf_counter() - t)
    return statistics.median(ts), min(ts)

def main(runs=9):
    base = {**os.environ, "PYTHONPATH": str(ROOT)}
    cache = tempfile.mkdtemp(prefix="lightcode-pycache-")
    cached = {k: v for k, v in base.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": cache}
    try:
        for cmd in COMMANDS.values(): subprocess.run(cmd, env=cached, stdout=subprocess.DEVNULL, check=True)  # fill
        print(f"{'command':44} {'bytecode cached':>22} {'as configured':>22}   (median / min of {runs} runs, s)")
        for label, cmd in COMMANDS.items():
            (a, a0), (b, b0) = wall(cmd, cached, runs), wall(cmd, base, runs)
            print(f"{label:44} {a:13.3f} / {a0:.3f} {b:13.3f} / {b0:.3f}")
    finally: shutil.rmtree(cache, ignore_errors=True)
    print(f"as configured: PYTHONDONTWRITEBYTECODE={os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r}, "
          f"__pycache__ in lightcode/: {(ROOT / 'lightcode' / '__pycache__').exists()}")

if __name__ == "__main__": main()
