"""Limits for untrusted student code: memory, CPU time, file size, and what it may read or write.

`grading.zygote` applies them (`limit_resources`, `restrict_filesystem`) to each student process it
forks, before any student code runs; they hold for that process and whatever it starts.

Filesystem rules use Linux Landlock (kernel 5.13 and newer, no privileges needed): the process may
read the Python installation, the system libraries, and the repository's `helpers/` and `datasets/`
(what students have anyway); it may write only in the folders it is given (its own scratch copy).
It cannot read the source notebooks (the answer key and the hidden tests), the grading tool
(`grading/`: known mistakes, the course's secret), the gradebook or other students' work; the
modules of `grading` it runs on were imported by the zygote before the fork. Where Landlock is missing the limits
on memory and time still apply and `landlock_available()` says so, so the tool can warn.
"""

from __future__ import annotations

import ctypes
import os
import resource
import site
import sys
import sysconfig
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

# Landlock constants (linux/landlock.h).
_SYS_CREATE_RULESET, _SYS_ADD_RULE, _SYS_RESTRICT_SELF = 444, 445, 446
_CREATE_RULESET_VERSION = 1
_RULE_PATH_BENEATH = 1
_PR_SET_NO_NEW_PRIVS = 38
_FS = {
    "execute": 1 << 0, "write_file": 1 << 1, "read_file": 1 << 2, "read_dir": 1 << 3,
    "remove_dir": 1 << 4, "remove_file": 1 << 5, "make_char": 1 << 6, "make_dir": 1 << 7,
    "make_reg": 1 << 8, "make_sock": 1 << 9, "make_fifo": 1 << 10, "make_block": 1 << 11,
    "make_sym": 1 << 12, "refer": 1 << 13, "truncate": 1 << 14, "ioctl_dev": 1 << 15,
}
_READ = _FS["execute"] | _FS["read_file"] | _FS["read_dir"]
_FILE_ONLY = _FS["execute"] | _FS["write_file"] | _FS["read_file"] | _FS["truncate"] | _FS["ioctl_dev"]


class _RulesetAttr(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64), ("handled_access_net", ctypes.c_uint64),
                ("scoped", ctypes.c_uint64)]


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def _libc():
    return ctypes.CDLL(None, use_errno=True)


def landlock_abi() -> int:
    """The Landlock ABI version of this kernel, or 0 when Landlock is not available."""
    if not sys.platform.startswith("linux"):
        return 0
    version = _libc().syscall(_SYS_CREATE_RULESET, None, ctypes.c_size_t(0),
                              ctypes.c_uint32(_CREATE_RULESET_VERSION))
    return max(int(version), 0)


def landlock_available() -> bool:
    return landlock_abi() >= 1


def _handled(abi: int) -> int:
    handled = 0
    for name, bit in _FS.items():
        if name == "refer" and abi < 2 or name == "truncate" and abi < 3 or name == "ioctl_dev" and abi < 5:
            continue
        handled |= bit
    return handled


def read_only_paths() -> list[str]:
    """What student code may read: the interpreter, libraries, system files, the course helpers."""
    paths = {"/usr", "/lib", "/lib64", "/bin", "/sbin", "/etc", "/proc", "/sys", "/dev", "/opt",
             sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix,
             sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["purelib"],
             str(REPO_ROOT / "helpers"), str(REPO_ROOT / "datasets")}
    paths.update(site.getsitepackages())
    paths.add(str(Path(sys.executable).resolve().parent.parent))
    return sorted(p for p in paths if p and os.path.exists(p))


def restrict_filesystem(read_write: list[str], read_only: list[str] | None = None) -> bool:
    """Limit this process (and its children, for good) to reading `read_only` and writing
    `read_write`. Returns False (and changes nothing) when Landlock is not available."""
    abi = landlock_abi()
    if abi < 1:
        return False
    libc = _libc()
    handled = _handled(abi)
    attr = _RulesetAttr(handled, 0, 0)
    size = ctypes.sizeof(_RulesetAttr) if abi >= 4 else 8
    ruleset = libc.syscall(_SYS_CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(size),
                           ctypes.c_uint32(0))
    if ruleset < 0:
        raise OSError(ctypes.get_errno(), "landlock_create_ruleset failed")
    try:
        rules = [(p, _READ) for p in (read_only if read_only is not None else read_only_paths())]
        rules += [(p, handled) for p in read_write]
        rules.append(("/dev/null", _FS["read_file"] | _FS["write_file"]))
        for path, access in rules:
            _add_rule(libc, ruleset, path, access)
        if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(NO_NEW_PRIVS) failed")
        if libc.syscall(_SYS_RESTRICT_SELF, ruleset, ctypes.c_uint32(0)) != 0:
            raise OSError(ctypes.get_errno(), "landlock_restrict_self failed")
    finally:
        os.close(ruleset)
    return True


def _add_rule(libc, ruleset: int, path: str, access: int) -> None:
    try:
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except OSError:
        return
    try:
        if not os.path.isdir(path):
            access &= _FILE_ONLY
        rule = _PathBeneathAttr(access, fd)
        if libc.syscall(_SYS_ADD_RULE, ruleset, ctypes.c_int(_RULE_PATH_BENEATH),
                        ctypes.byref(rule), ctypes.c_uint32(0)) != 0:
            raise OSError(ctypes.get_errno(), f"landlock_add_rule failed for {path}")
    finally:
        os.close(fd)


def limit_resources(memory_mb: int, cpu_seconds: int, file_mb: int = 256) -> None:
    """Address-space, CPU-time and file-size limits for this process and what it starts."""
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 5))
    size = file_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
