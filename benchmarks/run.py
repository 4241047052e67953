"""Run the performance suite: every figure next to its baseline from the same run.

    python benchmarks/run.py                      # everything
    python benchmarks/run.py --quick              # smaller N, fewer samples
    python benchmarks/run.py --only note_latency  # one benchmark (repeatable)
    python benchmarks/run.py --list

Each `benchmarks/bench_*.py` module defines NAME and `run(ctx: common.Context) ->
list[common.Figure]`; this runner finds them, runs them and prints one line per figure
(value | baseline | ratio | goal).  Times are medians of several interleaved runs: the
machine is noisy.  Synthetic libraries are built once and cached in --work-dir.
Goals are reported, not enforced: the exit status is 1 only when a benchmark crashed.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import traceback
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BENCH_DIR, Context, Figure  # noqa: E402

# Cheap figures first; modules not listed here run after these, by name.
ORDER = ["note_latency", "note_cli", "annotations", "startup", "import"]


def discover() -> dict[str, ModuleType]:
    modules = {}
    for path in sorted(BENCH_DIR.glob("bench_*.py")):
        module = importlib.import_module(path.stem)
        if hasattr(module, "run"):
            modules[getattr(module, "NAME", path.stem.removeprefix("bench_"))] = module
    ranked = sorted(modules, key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    return {name: modules[name] for name in ranked}


def run_benchmarks(names: list[str] | None, ctx: Context) -> tuple[list[Figure], list[str]]:
    """Run the named benchmarks (all when None); the figures and the names that crashed."""
    benches = discover()
    figures: list[Figure] = []
    crashed: list[str] = []
    for name, module in benches.items():
        if names and name not in names:
            continue
        ctx.log(f"== {name}")
        start = time.perf_counter()
        try:
            found = module.run(ctx)
        except Exception as error:  # one broken benchmark must not hide the others
            traceback.print_exc()
            found = [Figure(name, "benchmark", skipped=f"crashed: {type(error).__name__}: {error}")]
            crashed.append(name)
        for figure in found:
            print(figure.line(), flush=True)
        ctx.log(f"   ({time.perf_counter() - start:.0f} s)")
        figures.extend(found)
    return figures, crashed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller N and fewer samples")
    parser.add_argument("--only", action="append", metavar="NAME", help="run only this benchmark")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument("--work-dir", type=Path, help="where cached libraries live")
    parser.add_argument("--articles", type=int, help="library size for library-based figures")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    benches = discover()
    if args.list:
        for name, module in benches.items():
            print(f"{name:<14} {(module.__doc__ or '').strip().splitlines()[0]}")
        return 0
    names = [n for item in args.only or [] for n in item.split(",") if n]
    unknown = [n for n in names if n not in benches]
    if unknown:
        print(f"run.py: unknown benchmark {', '.join(unknown)} (have: {', '.join(benches)})",
              file=sys.stderr)
        return 2
    ctx = Context(quick=args.quick, articles=args.articles, seed=args.seed)
    if args.work_dir:
        ctx.work_dir = args.work_dir
    ctx.work_dir.mkdir(parents=True, exist_ok=True)
    _, crashed = run_benchmarks(names or None, ctx)
    return 1 if crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
