"""A warm process that forks one sandboxed student process per submission.

Starting Python and importing NumPy, matplotlib, scikit-learn, IPython and the course helpers costs
about a second; a Jupyter kernel costs more. Each grading worker starts one zygote
(`python -m grading.zygote`), which imports all that once and then, on request, forks a child for
one submission. The child drops every file descriptor but its own channel, sets the memory, CPU
and file-size limits, restricts itself with Landlock to reading the system and the course helpers
and writing its own folders (`grading.sandbox`), and then serves `grading.verify_server` requests
on the channel: it is both the notebook's "kernel" and the process behind the verification proxies.

The zygote never sees hidden tests, the answer key or other students' files: it only imports
public modules, and graded cells run in the grader (`grading.verify`), never here.
Requests travel over a Unix socket pair with the child's channel passed as a file descriptor.
"""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

from grading import wire

# Public modules only: whatever the zygote imports, every student process has in memory.
PRELOAD = ("numpy", "matplotlib", "matplotlib.pyplot", "IPython", "sklearn.linear_model", "h5py",
           "helpers.checks", "helpers.datasets", "helpers.plots",
           "grading.shell", "grading.verify_server")
GRACE_SECONDS = 3.0  # after Ctrl-C, how long a cell may take to stop before it is killed


class StudentCodeError(Exception):
    """The student's process failed, timed out or ended."""


class StudentProcess:
    """The grader's end of one forked student process."""

    def __init__(self, channel: socket.socket, pid: int):
        self.channel, self.pid = channel, pid
        self.reader = channel.makefile("r", encoding="utf-8", newline="\n")
        self.dead = ""

    def request(self, message: dict, timeout: float) -> dict:
        """Send one request and wait for its answer; StudentCodeError if there is none.

        Past `timeout` the process gets Ctrl-C (SIGINT, like a kernel interrupt); an answer that
        still comes within GRACE_SECONDS is marked as failed for the time limit."""
        if self.dead:
            raise StudentCodeError(self.dead)
        try:
            self.channel.sendall((wire.dumps(message) + "\n").encode())
        except OSError:
            self._stop("the notebook's process ended (sys.exit, os._exit or a crash)")
        interrupted = not self._wait(timeout)
        if interrupted:
            self._signal(signal.SIGINT)
            if not self._wait(GRACE_SECONDS):
                self._stop(f"no answer within {timeout:.0f} s, and Ctrl-C did not stop it")
        line = self.reader.readline()
        if not line:
            self._stop("the notebook's process ended (sys.exit, os._exit, a crash or the memory "
                       "limit)")
        try:
            answer = wire.loads(line)
        except ValueError:
            self._stop("the notebook's process answered garbage")
        if interrupted:
            answer.update(ok=False, error=f"TimeoutError: the cell did not finish within "
                                          f"{timeout:.0f} s (an endless loop?)")
        return answer

    def _wait(self, seconds: float) -> bool:
        """Whether the process has something to say (an answer, or its end) within `seconds`."""
        ready, _, _ = select.select([self.channel], [], [], max(seconds, 0))
        return bool(ready)

    def _signal(self, number: int) -> None:
        try:
            os.kill(self.pid, number)
        except ProcessLookupError:
            pass

    def _stop(self, reason: str):
        self.dead = reason
        self.close()
        raise StudentCodeError(reason)

    def close(self) -> None:
        self._signal(signal.SIGKILL)
        self.reader.close()
        self.channel.close()


class Zygote:
    """The grader's handle on its zygote process (one per grading process)."""

    def __init__(self, scratch: Path):
        scratch.mkdir(parents=True, exist_ok=True)
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        env = dict(os.environ, MPLBACKEND="Agg", MPLCONFIGDIR=str(scratch), IPYTHONDIR=str(scratch),
                   PYTHONDONTWRITEBYTECODE="1", OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1",
                   MKL_NUM_THREADS="1")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "grading.zygote", str(theirs.fileno())], pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        theirs.close()
        self.control = ours
        self.lock = threading.Lock()

    def spawn(self, cwd: Path, writable: list[Path], *, memory_mb: int,
              cpu_seconds: int, readable: list[str] | None = None) -> StudentProcess:
        """A fresh sandboxed student process working in `cwd`, allowed to write only `writable`
        (and to read, besides the usual, `readable`)."""
        request = {"cwd": str(cwd), "writable": [str(p) for p in writable],
                   "readable": list(readable or []),
                   "memory_mb": memory_mb, "cpu_seconds": cpu_seconds}
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        with self.lock:
            socket.send_fds(self.control, [json.dumps(request).encode()], [theirs.fileno()])
            theirs.close()
            answer = self.control.recv(4096)
        if not answer:
            raise RuntimeError("the grading zygote ended unexpectedly")
        return StudentProcess(ours, json.loads(answer)["pid"])

    def close(self) -> None:
        self.control.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()


_zygotes: dict[int, Zygote] = {}
_zygotes_lock = threading.Lock()


def zygote_for_this_process(scratch: Path) -> Zygote:
    """The zygote of the current process, started on first use (`scratch` is its home folder)."""
    with _zygotes_lock:
        zygote = _zygotes.get(os.getpid())
        if zygote is None or zygote.process.poll() is not None:
            zygote = _zygotes[os.getpid()] = Zygote(scratch / f"zygote-{os.getpid()}")
        return zygote


def close_zygotes() -> None:
    with _zygotes_lock:
        zygote = _zygotes.pop(os.getpid(), None)
    if zygote is not None:
        zygote.close()


# --- the zygote process ----------------------------------------------------------------------


def _child(channel: socket.socket, request: dict, read_only: list[str]) -> None:
    """In the forked child: isolate, limit, restrict, then serve requests until the grader stops."""
    from grading import sandbox, verify_server

    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    os.setpgid(0, 0)
    keep = channel.fileno()
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.closerange(3, keep)
    os.closerange(keep + 1, 65536)
    cwd = request["cwd"]
    os.chdir(cwd)
    sys.path.insert(0, cwd)  # as in a kernel: the given modules next to the notebook import
    home = request["writable"][-1]
    os.environ.update(HOME=home, TMPDIR=home, MPLCONFIGDIR=home)
    sandbox.limit_resources(request["memory_mb"], request["cpu_seconds"])
    sandbox.restrict_filesystem(request["writable"], read_only + request.get("readable", []))
    verify_server.serve(channel)


def main() -> None:
    import importlib
    import warnings

    warnings.simplefilter("ignore")
    control = socket.socket(fileno=int(sys.argv[1]))
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    from grading import sandbox, verify_server

    verify_server.prepare()
    read_only = sandbox.read_only_paths()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the system
    while True:
        try:
            message, fds, _, _ = socket.recv_fds(control, 65536, 1)
        except OSError:
            break
        if not message:
            break  # the grading process is gone
        pid = os.fork()
        if pid == 0:
            try:
                control.close()
                _child(socket.socket(fileno=fds[0]), json.loads(message), read_only)
            finally:
                os._exit(0)
        for fd in fds:
            os.close(fd)
        control.send(json.dumps({"pid": pid}).encode())


if __name__ == "__main__":
    main()
