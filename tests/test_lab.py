"""`python -m grading lab` keeps a student's work: run twice around an edit, the edit stays."""

from __future__ import annotations

import json

from conftest import ASSIGNMENTS

from grading.lab import MANIFEST, sync_workspace


def test_a_second_run_keeps_the_students_edit_and_refreshes_the_rest(tmp_path):
    first = sync_workspace(tmp_path)
    name = ASSIGNMENTS[0].name
    notebook = tmp_path / name / f"{ASSIGNMENTS[0].notebooks[0]}.ipynb"
    assert f"{name}/{notebook.name}" in first["added"] and notebook.exists()

    edited = notebook.read_text().replace("# YOUR CODE HERE", "# my own answer", 1)
    notebook.write_text(edited)
    other = tmp_path / ASSIGNMENTS[-1].name / f"{ASSIGNMENTS[-1].notebooks[0]}.ipynb"
    other.unlink()  # a deleted file comes back
    # pretend the course changed an untouched file since the first run
    manifest = json.loads((tmp_path / MANIFEST).read_text())
    untouched = f"{ASSIGNMENTS[1].name}/{ASSIGNMENTS[1].notebooks[0]}.ipynb"
    (tmp_path / untouched).write_text("an older version\n")
    manifest[untouched] = __import__("hashlib").sha256(b"an older version\n").hexdigest()
    (tmp_path / MANIFEST).write_text(json.dumps(manifest))

    second = sync_workspace(tmp_path)
    assert notebook.read_text() == edited
    assert second["kept"] == [f"{name}/{notebook.name}"]
    assert f"{ASSIGNMENTS[-1].name}/{other.name}" in second["added"] and other.exists()
    assert second["updated"] == [untouched]
    assert "an older version" not in (tmp_path / untouched).read_text()
