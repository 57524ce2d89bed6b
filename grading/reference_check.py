"""Does the course's reference answer pass every graded cell? The class report calls a cell that
it fails "broken": the check is wrong, not the class.

The reference (the source notebook, answer key and checks) runs in this process on the graded path
(`grading.inprocess`): trusted code only. The outcome is kept in `build/reference-check.json` under a
fingerprint of everything it depends on (the assignment's folder, `helpers/`, `grading/`), so a
grading run pays for it only after one of those changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from grading.course import REPO_ROOT, assignments

CACHE = REPO_ROOT / "build" / "reference-check.json"


def fingerprint(folder: Path) -> str:
    digest = hashlib.sha256()
    roots = [folder, REPO_ROOT / "helpers", REPO_ROOT / "grading"]
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file()
                           and "__pycache__" not in p.parts and p.suffix != ".pyc"):
            digest.update(str(path.relative_to(REPO_ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def reference_failures(names: list[str]) -> dict[str, set[str]]:
    """assignment -> grade_ids of the graded cells that the reference answer fails."""
    from grading.inprocess import run_graded_path
    from grading.notebooks import read_source

    course = {a.name: a for a in assignments()}
    try:
        cache = json.loads(CACHE.read_text())
    except (OSError, ValueError):
        cache = {}
    found, changed = {}, False
    for name in names:
        assignment = course.get(name)
        if assignment is None:
            continue
        stamp = fingerprint(assignment.folder)
        if cache.get(name, {}).get("fingerprint") != stamp:
            failing = []
            for stem in assignment.notebooks:
                outcome = run_graded_path(read_source(assignment.folder / f"{stem}.ipynb"),
                                          cwd=assignment.folder)
                failing += [grade_id for grade_id, error in outcome.items() if error]
            cache[name] = {"fingerprint": stamp, "failing": sorted(failing)}
            changed = True
        found[name] = set(cache[name]["failing"])
    if changed:
        _write_atomically(CACHE, json.dumps(cache, indent=1, sort_keys=True))
    return found


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name)
    with os.fdopen(handle, "w") as file:
        file.write(text)
    os.replace(temporary, path)
