"""Tests for helpers.progress and helpers.explorers, and for how the notebooks use them.

- progress bars pass items through, sit only in skip-grading cells, and leave graded cells quiet;
- each explorer's static fallback draws one figure with a curve or panel per precomputed value;
- the widget path builds a slider over the precomputed values and redraws without retraining;
- in a real kernel the notebook shows notebook bars and a widget, or the static image when
  COURSE_STATIC_PLOTS=1.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")  # no display needed; must come before pyplot is imported

import base64
import importlib
import io
import sys
import types
from pathlib import Path

import IPython
import numpy as np
import pytest
from nbclient import NotebookClient

from grading import key, notebooks
from grading.course import REPO_ROOT, SKIP_TAG
from grading.key import key_namespace
from helpers import explorers
from helpers.datasets import load_image_data, load_planar_flower
from helpers.explorers import (
    STATIC_ENV,
    explore_hidden_sizes,
    explore_learning_rates,
    use_widgets,
)
from helpers.progress import progress

logistic_regression = types.SimpleNamespace(**key_namespace("C1W2A2_logistic_regression"))
shallow_network = types.SimpleNamespace(**key_namespace("C1W3A1_planar_data"))

NOTEBOOKS = REPO_ROOT / "notebooks"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

# notebook -> ids of the skip-grading cells that loop over configurations and must show a bar
BAR_CELLS = {
    "C1W2A2_logistic_regression": ["432cfd0a"],  # learning-rate comparison
    "C1W3A1_planar_data": ["1d792292", "47223881"],  # hidden-size sweep, other datasets
    "C1W4A2_deep_network_application": ["cell-16"],  # the three models
    "C2W1A1_initialization": ["01be5317", "dc1aa6f7", "8616fd33"],  # zeros, large random, He
    "C2W1A2_regularization": ["8571c253", "ffe1e357", "7840058e",  # plain, L2, dropout
                              "f1a6be12", "aa70c9b2", "93d188d0", "c6c3c3af"],  # L1, digits,
                                                                  # early stopping, its L2
    "C2W2A1_optimization_methods": ["8ef162f3", "36e8e402"],  # optimizers, with and without decay
}
EXPLORER_CALLS = {"C1W2A2_logistic_regression": "explore_learning_rates(",
                  "C1W3A1_planar_data": "explore_hidden_sizes("}


def _source(name: str):
    return notebooks.read(NOTEBOOKS / name / f"{name}.ipynb")


def _tags(cell) -> list[str]:
    return cell.metadata.get("tags", [])


@pytest.fixture(autouse=True)
def _no_static_switch(monkeypatch):
    monkeypatch.delenv(STATIC_ENV, raising=False)
    yield
    import matplotlib.pyplot as plt

    plt.close("all")


@pytest.fixture(scope="module")
def digits():
    train_x_orig, train_y, test_x_orig, test_y, _ = load_image_data()
    train_x = train_x_orig.reshape(train_x_orig.shape[0], -1).T / 255.0
    test_x = test_x_orig.reshape(test_x_orig.shape[0], -1).T / 255.0
    return train_x, train_y, test_x, test_y


@pytest.fixture(scope="module")
def flower():
    X, Y = load_planar_flower()
    return X, Y.astype(float)


# --- progress ----------------------------------------------------------------------------------


def test_progress_passes_items_through_and_counts_them():
    out = io.StringIO()
    bar = progress(["a", "b", "c"], desc="letters", file=out, mininterval=0)
    assert list(bar) == ["a", "b", "c"]
    assert bar.n == bar.total == 3
    assert "letters" in out.getvalue() and "3/3" in out.getvalue()


def test_progress_as_a_manual_bar():
    out = io.StringIO()
    with progress(total=2, desc="models", file=out, mininterval=0) as bar:
        bar.update()
        bar.update()
    assert bar.n == 2 and "2/2" in out.getvalue()


@pytest.mark.parametrize("name", sorted(BAR_CELLS))
def test_long_skip_grading_cells_show_a_bar(name):
    cells = {cell.get("id"): cell for cell in _source(name).cells}
    for cell_id in BAR_CELLS[name]:
        cell = cells[cell_id]
        assert SKIP_TAG in _tags(cell), f"{name}/{cell_id} is not tagged {SKIP_TAG}"
        assert "from helpers.progress import progress" in cell.source, f"{name}/{cell_id}"
        rest = cell.source.split("import progress", 1)[1]
        # either the cell loops over a bar, or it hands the bar to a given training loop
        assert "progress(" in rest or "progress_bar=progress" in rest, f"{name}/{cell_id}"


def test_bars_and_explorers_stay_out_of_the_graded_path():
    """Only skip-grading cells use them, and nothing a graded cell imports pulls tqdm in."""
    for folder in sorted(NOTEBOOKS.iterdir()):
        if not folder.is_dir():
            continue
        for cell in _source(folder.name).cells:
            if cell.cell_type == "code" and SKIP_TAG not in _tags(cell):
                for word in ("helpers.progress", "helpers.explorers", "tqdm", "progress("):
                    assert word not in cell.source, f"{folder.name}: {word} outside {SKIP_TAG}"
    graded_helpers = [REPO_ROOT / "helpers" / "checks.py",
                      *(REPO_ROOT / "helpers" / "reference").glob("*.py")]
    for path in graded_helpers:
        text = path.read_text()
        assert "tqdm" not in text and "helpers.progress" not in text, path


@pytest.mark.parametrize("name", sorted(EXPLORER_CALLS))
def test_explorer_cells_are_skip_grading_and_explained(name):
    cells = _source(name).cells
    (index,) = [i for i, c in enumerate(cells) if EXPLORER_CALLS[name] in c.source]
    assert SKIP_TAG in _tags(cells[index])
    intro = cells[index - 1]
    assert intro.cell_type == "markdown" and STATIC_ENV in intro.source


# --- choosing widgets or the static figure -----------------------------------------------------


def test_use_widgets_follows_the_switch_the_kernel_and_ipywidgets(monkeypatch):
    assert use_widgets() is False  # pytest is not a Jupyter kernel
    kernel_shell = types.SimpleNamespace(kernel=object())
    monkeypatch.setattr(IPython, "get_ipython", lambda: kernel_shell)
    assert use_widgets() is True
    monkeypatch.setattr(IPython, "get_ipython", lambda: types.SimpleNamespace())  # terminal
    assert use_widgets() is False
    monkeypatch.setattr(IPython, "get_ipython", lambda: kernel_shell)
    monkeypatch.setenv(STATIC_ENV, "1")
    assert use_widgets() is False
    monkeypatch.setenv(STATIC_ENV, "0")
    assert use_widgets() is True
    monkeypatch.setitem(sys.modules, "ipywidgets", None)  # makes `import ipywidgets` fail
    assert use_widgets() is False


# --- static fallback -----------------------------------------------------------------------------


def test_learning_rate_explorer_static_figure_has_one_curve_per_rate(digits, monkeypatch):
    monkeypatch.setattr(IPython, "get_ipython", lambda: types.SimpleNamespace(kernel=object()))
    monkeypatch.setenv(STATIC_ENV, "1")  # the switch wins even inside a kernel
    rates = (0.01, 0.1, 1.0)
    explorer = explore_learning_rates(*digits, rates, num_iterations=300,
                                      model=key_namespace("C1W2A2_logistic_regression")["model"])
    assert explorer.widget is None and explorer.slider is None
    ax_cost, ax_accuracy = explorer.figure.axes
    lines = ax_cost.get_lines()
    assert len(lines) == len(rates)
    labels = [text.get_text() for text in ax_cost.get_legend().get_texts()]
    assert [label.split(":")[0] for label in labels] == ["0.01", "0.1", "1"]
    expected = logistic_regression.model(*digits, num_iterations=300, learning_rate=0.1)
    np.testing.assert_allclose(lines[1].get_ydata(), expected["costs"])
    np.testing.assert_array_equal(lines[1].get_xdata(), [0, 100, 200])
    assert len(ax_accuracy.get_lines()) == 2  # train and test accuracy against the rate
    bundle = explorer._repr_mimebundle_()
    assert base64.b64decode(bundle["image/png"]).startswith(b"\x89PNG")


def test_hidden_size_explorer_static_figure_has_one_panel_per_size(flower):
    X, Y = flower
    sizes = (1, 2, 4, 8, 16)  # a 2 x 4 grid with three cells left over
    ns = key_namespace("C1W3A1_planar_data")
    explorer = explore_hidden_sizes(X, Y, sizes, num_iterations=300,  # not a kernel: static
                                    nn_model=ns["nn_model"], predict=ns["predict"])
    assert explorer.widget is None
    axes = explorer.figure.axes
    assert len(axes) == len(sizes)  # the unused grid cells are removed
    for ax, n_h in zip(axes, sizes, strict=True):
        assert ax.get_title().startswith(f"n_h = {n_h}:")
        assert len(ax.collections) >= 2  # the shaded regions and the points


# --- widget path ---------------------------------------------------------------------------------


def test_learning_rate_widget_slides_over_the_precomputed_runs_without_retraining(digits):
    calls = []

    def counting_model(*args, **kwargs):
        calls.append(kwargs["learning_rate"])
        return logistic_regression.model(*args, **kwargs)

    rates = (0.005, 0.05, 0.5)
    explorer = explore_learning_rates(*digits, rates, num_iterations=200, model=counting_model,
                                      interactive=True)
    assert explorer.figure is None
    assert calls == list(rates)
    assert [value for _, value in explorer.slider.options] == list(rates)
    first = explorer.image.value
    assert first == explorer.view(0.005)
    explorer.slider.value = 0.5
    assert explorer.image.value == explorer.view(0.5) != first
    explorer.slider.value = 0.005
    assert explorer.image.value == first
    assert calls == list(rates), "moving the slider must not train again"
    bundle = explorer._repr_mimebundle_()
    assert WIDGET_VIEW in bundle
    assert base64.b64decode(bundle["image/png"]) == explorer.view(0.005)  # the current value


def test_hidden_size_widget_reuses_trained_networks(flower, monkeypatch):
    X, Y = flower
    np.random.seed(3)
    trained = {4: shallow_network.nn_model(X, Y, 4, num_iterations=300)}
    calls = []

    def counting_nn_model(X, Y, n_h, num_iterations=10000, print_cost=False):
        calls.append(n_h)
        return shallow_network.nn_model(X, Y, n_h, num_iterations, print_cost)

    explorer = explore_hidden_sizes(X, Y, (1, 4), num_iterations=300, nn_model=counting_nn_model,
                                    predict=key_namespace("C1W3A1_planar_data")["predict"],
                                    trained=trained, interactive=True)
    assert calls == [1], "only the size missing from `trained` is trained"
    assert [value for _, value in explorer.slider.options] == [1, 4]
    renders = []
    monkeypatch.setattr(explorers, "_png", lambda figure: renders.append(figure) or b"png")
    explorer.slider.value = 4
    explorer.slider.value = 1
    explorer.slider.value = 4
    assert len(renders) == 1, "each view is drawn once, then reused"
    assert calls == [1]


# --- in a real kernel ----------------------------------------------------------------------------


def _execute(name: str) -> list:
    nb = _source(name)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS / name)}}).execute()
    return nb.cells


def _mimetypes(cell) -> set[str]:
    return {key for out in cell.outputs for key in out.get("data", {})}


def test_in_a_kernel_bars_and_slider_show_and_graded_cells_stay_quiet():
    name = "C1W2A2_logistic_regression"
    cells = _execute(name)
    for cell in cells:
        if notebooks.nbgrader_meta(cell).get("grade"):
            streams = [out.name for out in cell.outputs if out.output_type == "stream"]
            assert "stderr" not in streams, notebooks.nbgrader_meta(cell)["grade_id"]
            assert WIDGET_VIEW not in _mimetypes(cell)
    (bar_cell,) = [c for c in cells if c.get("id") == BAR_CELLS[name][0]]
    assert WIDGET_VIEW in _mimetypes(bar_cell), "tqdm's notebook bar is a widget"
    (explorer_cell,) = [c for c in cells if EXPLORER_CALLS[name] in c.source]
    (result,) = [out for out in explorer_cell.outputs if out.output_type == "execute_result"]
    assert WIDGET_VIEW in result.data
    # without a widget manager, a front end shows the picture of the slider's first value
    assert base64.b64decode(result.data["image/png"]).startswith(b"\x89PNG")


def test_in_a_kernel_the_switch_gives_the_static_figure(monkeypatch):
    monkeypatch.setenv(STATIC_ENV, "1")  # the kernel inherits the environment
    name = "C1W2A2_logistic_regression"
    cells = _execute(name)
    (explorer_cell,) = [c for c in cells if EXPLORER_CALLS[name] in c.source]
    (result,) = [out for out in explorer_cell.outputs if out.output_type == "execute_result"]
    assert "image/png" in result.data and WIDGET_VIEW not in result.data
    assert base64.b64decode(result.data["image/png"]).startswith(b"\x89PNG")
    assert not [out for out in explorer_cell.outputs if out.get("name") == "stderr"]


def test_requirements_pin_tqdm_and_ipywidgets():
    lines = set(Path(REPO_ROOT / "requirements.txt").read_text().splitlines())
    assert {"tqdm==4.70.1", "ipywidgets==8.1.9"} <= lines


def _given_module(assignment: str, module: str) -> types.ModuleType:
    """A hand-written given module of an assignment's folder, loaded as its notebook loads it."""
    with key.in_folder(key.source_notebook(assignment).parent):
        return importlib.import_module(module)


def test_a_given_training_loop_reports_every_iteration_to_the_bar():
    initialization = _given_module("C2W1A1_initialization", "init_utils")
    regularization = _given_module("C2W1A2_regularization", "reg_utils")
    seen = []

    def bar(steps):
        for step in steps:
            seen.append(step)
            yield step

    X = np.random.RandomState(0).randn(2, 20)
    Y = (X[0:1] > 0).astype(float)
    he = key_namespace("C2W1A1_initialization")["initialize_parameters_he"]
    initialization.model(X, Y, he, num_iterations=30, print_cost=False, progress_bar=bar)
    assert seen == list(range(30))
    seen.clear()
    regularization.model(X, Y, num_iterations=25, print_cost=False, progress_bar=bar)
    assert seen == list(range(25))
