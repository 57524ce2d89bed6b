"""`python -m grading lab`: a student workspace with every assignment, opened in JupyterLab.

The first run copies the student versions into the workspace. A later run (after the course was
updated) adds what is new and refreshes the files the student never touched, but never overwrites
a file the student changed: it keeps it and says so. What was written is remembered in
`.course-manifest.json` (file -> hash of what we wrote), which is how a change is recognised.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from grading.release import release

MANIFEST = ".course-manifest.json"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sync_workspace(workspace: Path) -> dict[str, list[str]]:
    """Bring `workspace` up to date with the course; returns {"added", "updated", "kept"}."""
    workspace.mkdir(parents=True, exist_ok=True)
    manifest_path = workspace / MANIFEST
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    report: dict[str, list[str]] = {"added": [], "updated": [], "kept": []}
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        release(fresh)
        for source in sorted(p for p in fresh.rglob("*") if p.is_file()):
            name = str(source.relative_to(fresh))
            target = workspace / name
            new_hash = _sha(source)
            if not target.exists():
                report["added"].append(name)
            elif _sha(target) == new_hash:
                manifest[name] = new_hash
                continue
            elif manifest.get(name) == _sha(target):
                report["updated"].append(name)
            else:
                report["kept"].append(name)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
            manifest[name] = new_hash
    manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True))
    return report


def describe(report: dict[str, list[str]]) -> str:
    lines = []
    for name in report["added"]:
        lines.append(f"added    {name}")
    for name in report["updated"]:
        lines.append(f"updated  {name} (you had not changed it)")
    for name in report["kept"]:
        lines.append(f"kept     {name}: you changed it, so it was left as it is")
    return "\n".join(lines) or "the workspace is up to date"


def open_lab(workspace: Path) -> int:
    return subprocess.call([sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={workspace}"])
