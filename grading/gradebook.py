"""Where an autograde run keeps its nbgrader gradebook: a SQLite file, or any database server.

By default the gradebook is `OUT/gradebook.db`, a SQLite file: right for one machine. Graded on a
Dask cluster of several machines, every worker writes the gradebook, and SQLite's locking is not
reliable on a network filesystem (SQLite's own documentation says so), so the gradebook then goes
in a database server: `--db postgresql+psycopg://user@host/dbname` (any SQLAlchemy URL that
nbgrader supports). `refuse_shared_sqlite` stops a run that would write one SQLite file from
several machines. The URL of a run is kept in `OUT/gradebook-url` (readable by its owner only), so
that `python -m grading feedback OUT` reads the same gradebook.
"""

from __future__ import annotations

import contextlib
import socket
from pathlib import Path

URL_FILE = "gradebook-url"
# Filesystems shared over a network (from /proc/mounts), where SQLite's locks cannot be trusted.
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs",
                       "lustre", "gpfs", "beegfs", "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs",
                       "fuse.s3fs", "fuse.juicefs", "virtiofs"}


class SharedSQLiteError(SystemExit):
    """A run would write one SQLite gradebook from several machines."""


def default_url(out: Path) -> str:
    return f"sqlite:///{out / 'gradebook.db'}"


def is_sqlite(url: str) -> bool:
    return url.split(":", 1)[0].split("+", 1)[0] == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for an in-memory database or another server)."""
    if not is_sqlite(url):
        return None
    path = url.split(":///", 1)[1].split("?", 1)[0] if ":///" in url else ""
    return Path(path) if path and path != ":memory:" else None


def for_workers(url: str) -> str:
    """The URL as the workers open it: SQLite waits for another writer's lock instead of failing."""
    if is_sqlite(url) and "timeout=" not in url:
        return url + ("&" if "?" in url else "?") + "timeout=60"
    return url


def save_url(out: Path, url: str) -> None:
    path = out / URL_FILE
    path.write_text(url + "\n")
    path.chmod(0o600)  # a server URL may hold a password


def load_url(out: Path) -> str:
    """The gradebook URL of the autograde run in `out` (older runs: the SQLite file there)."""
    path = out / URL_FILE
    return path.read_text().strip() if path.exists() else default_url(out)


def filesystem_type(path: Path) -> str:
    """The type of the filesystem holding `path`, from /proc/mounts ("" if unknown)."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    path = path.resolve()
    best, kind = -1, ""
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = Path(fields[1].replace("\\040", " "))
        if (path == point or point in path.parents) and len(point.parts) > best:
            best, kind = len(point.parts), fields[2]
    return kind


def _local_hosts() -> set[str]:
    names = {"127.0.0.1", "::1", "localhost", socket.gethostname(), socket.getfqdn()}
    with contextlib.suppress(OSError):
        names |= set(socket.gethostbyname_ex(socket.gethostname())[2])
    return names


def worker_hosts(client) -> set[str]:
    """The hosts of the Dask cluster's workers."""
    hosts = set()
    for address in client.scheduler_info().get("workers", {}):
        host = address.split("://", 1)[-1].rsplit(":", 1)[0].strip("[]")
        hosts.add(host)
    return hosts


def refuse_shared_sqlite(url: str, out: Path, hosts: set[str]) -> None:
    """Stop with a clear message if a SQLite gradebook would be written from several machines:
    workers on another host than this one, or the file on a network filesystem."""
    path = sqlite_path(url)
    if path is None:
        return
    remote = sorted(hosts - _local_hosts())
    kind = filesystem_type(path.parent if not path.exists() else path)
    if not remote and kind not in NETWORK_FILESYSTEMS:
        return
    where = (f"workers on {', '.join(remote)}" if remote else
             f"{path.parent} is on a network filesystem ({kind})")
    raise SharedSQLiteError(
        f"refusing to grade into the SQLite gradebook {path} from several machines ({where}): "
        "SQLite's locking is not reliable on a network filesystem, and the gradebook could be "
        "corrupted. Put the gradebook in a database server instead, e.g. "
        "--db postgresql+psycopg://USER@HOST/DBNAME (README: \"Grading a large class\").")


def prepare(url: str, students: list[str], course_id: str) -> None:
    """Create the gradebook with every student of this run in it, before the workers open it at
    the same time (two workers adding one student would collide); the assignments go in with
    `grading.worker.prepare_assignment`."""
    import nbgrader.api

    # nbgrader stamps a new gradebook with the schema version it gets by running the `alembic`
    # command (3 s); the same answer comes from alembic's own API in a few milliseconds.
    nbgrader.api.get_alembic_version = _alembic_head
    # nbgrader's preprocessors open the gradebook under its "default_course", its converters under
    # the configured course: both rows exist before two workers could race to insert one.
    with nbgrader.api.Gradebook(url) as gradebook:
        gradebook.check_course(course_id)
        for student in students:
            gradebook.update_or_create_student(student)


def journal_mode(url: str, mode: str) -> None:
    """Switch a SQLite gradebook's journal (WAL lets readers and one writer work at once; it
    needs the processes on one machine, so only a local process pool uses it)."""
    import sqlite3

    path = sqlite_path(url)
    if path is None:
        return
    with contextlib.closing(sqlite3.connect(path, timeout=60)) as connection:
        connection.execute(f"PRAGMA journal_mode={mode}")


def _alembic_head() -> str:
    import nbgrader
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(Path(nbgrader.__file__).parent / "alembic"))
    return ScriptDirectory.from_config(config).get_current_head()

