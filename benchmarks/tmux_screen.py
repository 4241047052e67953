"""Time a terminal program until its screen shows some text, inside a private tmux server.

For the TUI figures: `with TmuxScreen() as screen: screen.time_until(cmd, ["text"])`.
The server runs on its own socket (`-L`) with no config file, so the user's tmux and
its settings are never touched; it is killed when the block ends.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import time
from collections.abc import Iterable

WIDTH, HEIGHT = 120, 40
POLL_S = 0.010


class StartupTimeout(RuntimeError):
    def __init__(self, seconds: float, screen: str) -> None:
        lines = [line for line in screen.splitlines() if line.strip()]
        super().__init__(f"nothing expected on screen after {seconds:.0f} s; last lines: {lines[-3:]}")
        self.screen = screen


class ProgramExited(RuntimeError):
    def __init__(self, screen: str) -> None:
        lines = [line for line in screen.splitlines() if line.strip()]
        super().__init__(f"the program exited before showing the text; last lines: {lines[-3:]}")
        self.screen = screen


class TmuxScreen:
    def __init__(self, width: int = WIDTH, height: int = HEIGHT) -> None:
        self.socket = f"reader-bench-{os.getpid()}"
        self.width, self.height = width, height
        self._runs = 0
        self.last_screen = ""  # what the screen showed when the text was found

    def _tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["tmux", "-L", self.socket, "-f", "/dev/null", *args],
            capture_output=True, text=True, check=check,
        )

    def __enter__(self) -> TmuxScreen:
        # A idle session keeps the server up, so its start-up is not in any timing.
        self._tmux("new-session", "-d", "-s", "idle", "-x", str(self.width), "-y", str(self.height),
                   "sleep 86400")
        self._tmux("set-option", "-g", "remain-on-exit", "on")
        return self

    def __exit__(self, *exc: object) -> None:
        self._tmux("kill-server", check=False)

    def _dead(self, target: str) -> bool:
        shown = self._tmux("list-panes", "-t", target, "-F", "#{pane_dead}", check=False).stdout
        return shown.strip().startswith("1")

    def capture(self, target: str) -> str:
        return self._tmux("capture-pane", "-p", "-t", target, check=False).stdout

    def time_until(
        self,
        command: list[str],
        expected: Iterable[str],
        env: dict[str, str] | None = None,
        unset: Iterable[str] = (),
        cwd: str | None = None,
        timeout: float = 60.0,
    ) -> float:
        """Seconds from launching `command` in a fresh 120x40 window until any `expected` shows.

        `env` is added to (and `unset` removed from) the environment the tmux server
        inherited from this process.
        """
        wanted = list(expected)
        self._runs += 1
        name = f"run{self._runs}"
        prefix = ["env", *(f"-u{k}" for k in unset), *(f"{k}={v}" for k, v in (env or {}).items())]
        shell = shlex.join([*prefix, *command])
        if cwd:
            shell = f"cd {shlex.quote(cwd)} && exec {shell}"
        start = time.perf_counter()
        self._tmux("new-session", "-d", "-s", name, "-x", str(self.width), "-y", str(self.height),
                   shell)
        polls = 0
        try:
            while True:
                screen = self.capture(name)
                if any(text in screen for text in wanted):
                    elapsed = time.perf_counter() - start
                    self.last_screen = screen
                    return elapsed
                elapsed = time.perf_counter() - start
                if elapsed > timeout:
                    raise StartupTimeout(timeout, screen)
                polls += 1
                if polls % 20 == 0 and self._dead(name):
                    raise ProgramExited(self.capture(name))
                time.sleep(POLL_S)
        finally:
            self._tmux("kill-session", "-t", name, check=False)
            time.sleep(0.3)  # let the killed app exit before the next launch

