"""The course as a person meets it: JupyterLab and nbgrader's formgrader in headless Chromium.

1. A student workspace made by `python -m grading lab`'s own function is served by JupyterLab; in
   the browser we open C1W2A2, paste the reference answer of its first exercise (`sigmoid`) into
   the cell's editor, run all cells from the Run menu and read the page: the check cell says
   "✔ sigmoid: all checks passed" and the training-images figure (a matplotlib PNG) is drawn.
2. A course folder set up the way `grading/course.py` tells nbgrader where things are (sources in
   `notebooks/`, everything written in a temporary folder) is served; the formgrader page lists
   every assignment.

Needs Debian's chromium (/usr/bin/chromium; `.ci/run` installs it) and the `playwright` package.
Without them the tests are skipped, unless COURSE_REQUIRE_BROWSER=1 (CI), where they fail.
Screenshots go to test-artifacts/browser/ at the repository root.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from grading.course import REPO_ROOT, SOURCE_DIR
from grading.lab import sync_workspace
from grading.notebooks import read, solution_cells, without_markers

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = REPO_ROOT / "test-artifacts" / "browser"
JUPYTER = Path(sys.executable).parent / "jupyter"

ASSIGNMENT = "C1W2A2_logistic_regression"
EXERCISE = "sigmoid"  # the first exercise of ASSIGNMENT
NEXT_EXERCISE = "initialize_with_zeros"  # left unanswered

# Page timeouts (ms). The kernel's whole run up to the first unanswered exercise takes seconds.
PAGE_TIMEOUT = 30_000
RUN_TIMEOUT = 60_000
SERVER_START_TIMEOUT = 60.0  # s

# JupyterLab settings for the test: no news poll (the network is closed), and every cell kept in
# the page (no windowing), so a cell below the fold can be found and read.
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": '{"fetchNews": "false"}',
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": '{"windowingMode": "none"}',
}


def _browser_missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (Debian: apt-get install chromium)"
    if importlib.util.find_spec("playwright") is None:
        return "the playwright package is missing (pip install -r requirements.txt)"
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """A Playwright browser context on Debian's chromium with a fresh, empty profile."""
    missing = _browser_missing()
    if missing:
        if os.environ.get("COURSE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"COURSE_REQUIRE_BROWSER=1 but {missing}")
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1400, "height": 1000}, timeout=PAGE_TIMEOUT,
        )
        context.set_default_timeout(PAGE_TIMEOUT)
        try:
            yield context
        finally:
            context.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def _jupyter_lab(root: Path, scratch: Path) -> Iterator[tuple[str, str]]:
    """Run `jupyter lab` on `root` (its cwd too) for the `with` block: (base URL, token)."""
    port, token = _free_port(), secrets.token_hex(16)
    settings = scratch / "lab-settings"
    for name, text in LAB_SETTINGS.items():
        (settings / name).parent.mkdir(parents=True, exist_ok=True)
        (settings / name).write_text(text)
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUPYTER")}
    # The kernel must use its own inline backend, not the Agg backend set for the other tests.
    env.pop("MPLBACKEND", None)
    env.update(JUPYTER_CONFIG_DIR=str(scratch / "config"), JUPYTER_DATA_DIR=str(scratch / "data"),
               JUPYTER_RUNTIME_DIR=str(scratch / "runtime"), PYTHONUNBUFFERED="1")
    log = (scratch / "jupyter.log").open("w")
    server = subprocess.Popen(
        [str(JUPYTER), "lab", "--no-browser", "--ServerApp.ip=127.0.0.1", f"--port={port}",
         "--ServerApp.port_retries=0", "--ServerApp.allow_root=True",
         f"--IdentityProvider.token={token}",
         f"--ServerApp.root_dir={root}", f"--LabApp.user_settings_dir={settings}",
         f"--LabApp.workspaces_dir={scratch / 'lab-workspaces'}"],
        cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"jupyter lab exited:\n{(scratch / 'jupyter.log').read_text()}")
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("jupyter lab did not answer in time:\n"
                                       + (scratch / "jupyter.log").read_text()) from None
                time.sleep(0.5)
        yield base, token
    finally:
        _stop(server)
        log.close()


def _stop(server: subprocess.Popen) -> None:
    """Stop the server and its kernels (its whole process group), by force if it lingers."""
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(server.pid, signal.SIGKILL)  # kernels left behind, if any
    except ProcessLookupError:
        pass
    server.wait(timeout=15)


def _shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    print(f"screenshot: {path}")
    return path


@pytest.fixture
def student_lab(tmp_path) -> Iterator[tuple[Path, str, str]]:
    """JupyterLab on a fresh student workspace: (workspace, base URL, token)."""
    workspace = tmp_path / "workspace"
    sync_workspace(workspace)
    with _jupyter_lab(workspace, tmp_path) as (base, token):
        yield workspace, base, token


@pytest.fixture
def course_server(tmp_path) -> Iterator[tuple[str, str]]:
    """JupyterLab in a course folder where nbgrader reads the sources from `notebooks/`."""
    course = tmp_path / "course"
    course.mkdir()
    # The configuration the grading tool itself uses: the course's nbgrader config with every
    # folder nbgrader writes (gradebook, release, submitted, ...) moved into `course`.
    (course / "nbgrader_config.py").write_text(
        "from pathlib import Path\n\n"
        "from grading.course import nbgrader_config\n\n"
        f"get_config().merge(nbgrader_config(Path({str(course)!r})))\n"
    )
    with _jupyter_lab(course, tmp_path) as (base, token):
        yield base, token


def test_a_student_answers_the_first_exercise_and_runs_the_notebook(browser, student_lab):
    workspace, base, token = student_lab
    notebook = workspace / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    source_nb = read(SOURCE_DIR / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
    answer = without_markers(solution_cells(source_nb)[EXERCISE].source)

    page = browser.new_page()
    page.goto(f"{base}/lab/tree/{ASSIGNMENT}/{notebook.name}?token={token}")
    cells = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell")
    # The kernel has started when the toolbar's indicator says idle.
    page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for()

    # Paste the answer over the whole cell, as a person replaces the stub with their function.
    solution = cells.filter(has_text=f"def {EXERCISE}(")
    assert "raise NotImplementedError()" in solution.inner_text()
    solution.locator(".cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(answer.rstrip("\n"))
    assert "NotImplementedError" not in solution.locator(".cm-content").inner_text()

    # Run > Run All Cells. JupyterLab stops at the first error, which is the example cell of the
    # next, unanswered exercise (its stub raises NotImplementedError); everything we check comes
    # before it: the training-images figure and the answered exercise with its check cell.
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
    next_example = cells.filter(has_text=f"= {NEXT_EXERCISE}(").first
    next_example.locator(".jp-OutputArea-output", has_text="NotImplementedError").wait_for(
        timeout=RUN_TIMEOUT)
    page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for(
        timeout=RUN_TIMEOUT)

    check_cell = cells.filter(has_text=f'passed("{EXERCISE}")')
    assert check_cell.count() == 1
    check_output = check_cell.locator(".jp-OutputArea-output")
    assert check_output.inner_text().strip() == f"✔ {EXERCISE}: all checks passed"
    assert check_cell.locator(".jp-InputPrompt").inner_text().strip() not in ("[ ]:", "[*]:")

    gallery = cells.filter(has_text="First training images and their labels")  # the first one
    figure = gallery.locator(".jp-RenderedImage img")
    assert figure.count() == 1
    assert figure.get_attribute("src").startswith("data:image/png;base64,")
    natural = figure.evaluate("img => [img.complete, img.naturalWidth, img.naturalHeight]")
    assert natural[0] and natural[1] > 100 and natural[2] > 100, natural
    box = figure.bounding_box()
    assert box is not None and box["width"] > 100 and box["height"] > 100, box

    # The cells after the failing one were not run: their prompts stay empty.
    prompts = cells.locator(".jp-InputPrompt").all_inner_texts()
    failing = cells.evaluate_all(
        "(cells, name) => cells.findIndex(c => c.innerText.includes('= ' + name + '('))",
        NEXT_EXERCISE)
    assert failing > 0
    assert all(p.strip() in ("[ ]:", "") for p in prompts[failing + 1:]), prompts

    check_cell.scroll_into_view_if_needed()
    _shot(page, "student_notebook_check.png")
    figure.scroll_into_view_if_needed()
    _shot(page, "student_notebook_figure.png")

    # Saving with Ctrl+S writes the answer into the student's file.
    solution.locator(".cm-content").click()
    page.keyboard.press("Control+S")
    deadline = time.monotonic() + PAGE_TIMEOUT / 1000
    while solution_cells(read(notebook))[EXERCISE].source != answer.rstrip("\n"):
        assert time.monotonic() < deadline, "the notebook was not saved with the answer"
        time.sleep(0.5)
    page.close()


def test_the_formgrader_lists_every_assignment(browser, course_server):
    base, token = course_server
    names = sorted(p.parent.name for p in SOURCE_DIR.glob("*/*.ipynb"))  # the assignment folders
    assert names

    page = browser.new_page()
    page.goto(f"{base}/formgrader?token={token}")
    page.wait_for_url("**/formgrader/manage_assignments**")
    table = page.locator("#main-table")
    for name in names:
        table.get_by_text(name, exact=True).first.wait_for()
    listed = table.locator("tr").all_inner_texts()
    assert "nbgrader will not work correctly" not in page.content()
    _shot(page, "formgrader_assignments.png")
    assert all(any(name in row for row in listed) for name in names), listed
    page.close()
