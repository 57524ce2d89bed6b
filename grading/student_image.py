"""`python -m grading student-image --out DIR`: what to install in the image students work in.

The students' image (a JupyterHub image, a lab machine, a laptop) gets the course's student-side
package and its dependencies, never this repository: the source notebooks hold the answer key and
the hidden checks, and `grading/` the known mistakes. This command writes into DIR:

- `dl_course_helpers-<version>-py3-none-any.whl`: the `helpers` package (check harness, data
  loaders, plots, progress bars, explorers, given code that implements no graded function) with
  the datasets inside it (`helpers/data/*.h5`);
- `requirements.txt`: the pinned dependencies a student needs (the same pins as the course's own
  `requirements.txt`) and that wheel, so `pip install -r DIR/requirements.txt` sets up the image.

Each assignment's files (notebook, `checks.json`, given modules) come separately, through
nbgrader's exchange or as a release folder.
"""

from __future__ import annotations

import base64
import hashlib
import re
import zipfile
from pathlib import Path

from grading.course import REPO_ROOT

NAME = "dl_course_helpers"
# What a student needs; the course's requirements.txt gives the versions.
STUDENT_PACKAGES = ("numpy", "matplotlib", "h5py", "scikit-learn", "jupyterlab", "nbgrader",
                    "ipykernel", "ipywidgets", "tqdm")


def _version() -> str:
    text = (REPO_ROOT / "pyproject.toml").read_text()
    return re.search(r'^version\s*=\s*"([^"]+)"', text, re.M).group(1)


def _pins() -> list[str]:
    pins = {}
    for line in (REPO_ROOT / "requirements.txt").read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9_.-]+)==(\S+)", line.strip())
        if match:
            pins[match.group(1).lower()] = line.strip()
    missing = [p for p in STUDENT_PACKAGES if p not in pins]
    if missing:
        raise SystemExit(f"requirements.txt pins no version of {', '.join(missing)}")
    return [pins[p] for p in STUDENT_PACKAGES]


def _files() -> list[tuple[str, bytes]]:
    """(path inside the wheel, content) of every file of the student package."""
    found = []
    for path in sorted((REPO_ROOT / "helpers").rglob("*.py")):
        if "__pycache__" not in path.parts:
            found.append((path.relative_to(REPO_ROOT).as_posix(), path.read_bytes()))
    for path in sorted((REPO_ROOT / "datasets").glob("*.h5")):
        found.append((f"helpers/data/{path.name}", path.read_bytes()))
    return found


def _record_line(name: str, content: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(content).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(content)}"


def build_wheel(out: Path) -> Path:
    version = _version()
    info = f"{NAME}-{version}.dist-info"
    wheel = out / f"{NAME}-{version}-py3-none-any.whl"
    metadata = (f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {version}\n"
                "Summary: Student-side helpers of the NumPy deep-learning course (no answers)\n"
                "Requires-Python: >=3.11\n").encode()
    wheel_info = b"Wheel-Version: 1.0\nGenerator: grading.student_image\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    entries = _files() + [(f"{info}/METADATA", metadata), (f"{info}/WHEEL", wheel_info),
                          (f"{info}/top_level.txt", b"helpers\n")]
    record = "\n".join([_record_line(n, c) for n, c in entries] + [f"{info}/RECORD,,"]) + "\n"
    out.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(wheel, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries + [(f"{info}/RECORD", record.encode())]:
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), content,
                             compress_type=zipfile.ZIP_DEFLATED)
    return wheel


def build(out: Path) -> list[Path]:
    """Write the wheel and the requirements file into `out`; return both paths."""
    out = out.resolve()
    wheel = build_wheel(out)
    requirements = out / "requirements.txt"
    requirements.write_text(
        "# The students' image: pip install -r requirements.txt (from this folder)\n"
        + "\n".join(_pins()) + f"\n./{wheel.name}\n")
    return [wheel, requirements]
