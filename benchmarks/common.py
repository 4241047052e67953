"""What every benchmark module shares: figures, timing helpers, cached libraries."""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
for _path in (str(BENCH_DIR), str(PROJECT_DIR)):
    if _path not in sys.path:
        sys.path.append(_path)

import synth  # noqa: E402


@dataclass(slots=True)
class Figure:
    """One measured figure next to its baseline from the same run.

    `ratio` is defined by the benchmark (and named in `ratio_of`), e.g. value/baseline
    for latencies, baseline/value for throughput-style "how close to raw" figures.
    """

    bench: str
    label: str
    value: float | None = None
    unit: str = "ms"
    samples: int = 0
    baseline_label: str = ""
    baseline: float | None = None
    ratio: float | None = None
    ratio_of: str = "value/baseline"
    goal: str = ""
    met: bool | None = None
    note: str = ""
    skipped: str | None = None  # the reason, when the figure could not be measured

    def line(self) -> str:
        if self.skipped:
            return f"{self.bench} | {self.label}: SKIPPED ({self.skipped})"
        parts = [f"{self.bench} | {self.label}: {_fmt(self.value, self.unit)}"]
        if self.baseline is not None:
            parts.append(f"baseline {self.baseline_label}: {_fmt(self.baseline, self.unit)}")
        if self.ratio is not None:
            parts.append(f"ratio {self.ratio:.2f} ({self.ratio_of})")
        if self.goal:
            verdict = "" if self.met is None else (": met" if self.met else ": NOT met")
            parts.append(f"goal {self.goal}{verdict}")
        if self.samples:
            parts.append(f"median of {self.samples}")
        if self.note:
            parts.append(self.note)
        return " | ".join(parts)


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit == "ms":
        return f"{value:.2f} ms" if value < 100 else f"{value:,.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:,.2f} {unit}"


@dataclass(slots=True)
class Context:
    """Options of this run plus the cached benchmark libraries."""

    quick: bool = False
    work_dir: Path = field(default_factory=lambda: Path(tempfile.gettempdir()) / "reader-bench")
    articles: int | None = None  # overrides the library size of library-based figures
    seed: int = 0
    log: Callable[[str], None] = lambda message: print(message, file=sys.stderr, flush=True)

    def size(self, full: int, quick: int) -> int:
        """The library size a figure uses: --articles, else the quick or full default."""
        if self.articles:
            return self.articles
        return quick if self.quick else full

    def library(self, articles: int, annotations: int | None = None) -> Path:
        """A synthetic library of `articles` (cached in work_dir between runs).

        `annotations` defaults to one note/bookmark per 50 articles (at most 1,000), so the
        annotations file is the size a real user's would be.  The cache is keyed by the
        generator version and a fingerprint of reader/store, so a format change rebuilds it.
        """
        if annotations is None:
            annotations = min(articles // 50, 1000)
        name = (
            f"lib-{articles}-a{annotations}-s{self.seed}-v{synth.GENERATOR_VERSION}"
            f"-{store_fingerprint()}"
        )
        path = self.work_dir / name
        marker = path / ".bench-built"
        if marker.exists():
            return path
        if path.exists():
            shutil.rmtree(path)
        path.mkdir(parents=True)
        self.log(f"building a {articles:,}-article library in {path} ...")
        # A process of its own: the build pauses the GC and holds a lot of memory.
        done = subprocess.run(
            [sys.executable, str(BENCH_DIR / "make_library.py"), "--articles", str(articles),
             "--data-dir", str(path), "--seed", str(self.seed), "--notes", str(annotations)],
            capture_output=True, text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"make_library failed: {done.stderr.strip()[-500:]}")
        self.log(f"  {done.stdout.strip()}")
        marker.write_text(done.stdout)
        return path


def store_fingerprint() -> str:
    """Changes whenever the storage code does, so cached libraries match the current format."""
    digest = hashlib.sha1()
    for path in sorted((PROJECT_DIR / "reader" / "store").glob("*.py")) + [
        PROJECT_DIR / "reader" / "model.py"
    ]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


def peak_kib() -> int:
    """This process's peak resident memory (KiB). Not ru_maxrss: a child started from a
    big benchmark process inherits the parent's high-water mark across exec; VmHWM does not."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def median(values: list[float]) -> float:
    return statistics.median(values)


def ms(seconds: float) -> float:
    return seconds * 1000.0


@contextmanager
def preserved_state(data_dir: Path) -> Iterator[None]:
    """Put annotations and reading state back as they were, so cached libraries stay fixed."""
    names = ("annotations.json", "reading.json")
    saved = {}
    for name in names:
        try:
            saved[name] = (data_dir / name).read_bytes()
        except FileNotFoundError:
            saved[name] = None
    try:
        yield
    finally:
        for name, data in saved.items():
            path = data_dir / name
            if data is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(data)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def clean_env(config_dir: Path) -> dict[str, str]:
    """Environment for a `reader` subprocess: empty config, no data-dir override."""
    env = dict(os.environ)
    env.pop("READER_DATA_DIR", None)
    env["READER_CONFIG_DIR"] = str(config_dir)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in [str(PROJECT_DIR), env.get("PYTHONPATH", "")] if p
    )
    return env
