"""Small interactive explorers for the notebooks, with one static figure where widgets can't show.

Each ``explore_*`` function first computes every result its slider can show (a handful of
training runs, under a progress bar) and returns an :class:`Explorer`. Moving the slider only
redraws from those results: nothing is trained again, and each view is drawn once and then reused.

Slider or static figure? A kernel cannot see whether the page that renders its output has a
widget manager: JupyterLab, Notebook 7 and VS Code draw sliders, while nbconvert, CI runs and
GitHub's preview cannot (they fall back to a picture of the slider's first value, which the
explorer sends along). So the choice is explicit, with a default:

- ``COURSE_STATIC_PLOTS=1`` in the environment: always one static figure holding every
  precomputed curve or boundary (for CI, exports, or a front end without widgets);
- otherwise a slider when the code runs in a Jupyter kernel and ``ipywidgets`` imports, and the
  static figure anywhere else (a script, a terminal IPython, pytest);
- ``interactive=True`` or ``False`` in an ``explore_*`` call overrides both.

The notebooks call these only in cells tagged ``skip-grading``, which the grader never runs.
Shapes follow the course convention: examples are columns, ``X`` (n_x, m), ``Y`` (1, m).
"""

from __future__ import annotations

import base64
import io
import math
import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
from matplotlib.figure import Figure

from helpers.plots import plot_decision_boundary
from helpers.progress import progress

STATIC_ENV = "COURSE_STATIC_PLOTS"

__all__ = [
    "STATIC_ENV",
    "Explorer",
    "explore_hidden_sizes",
    "explore_learning_rates",
    "use_widgets",
]


def use_widgets() -> bool:
    """True for a slider, False for the static figure (the rules are in the module docstring)."""
    if os.environ.get(STATIC_ENV, "").strip().lower() in {"1", "true", "yes"}:
        return False
    try:
        import IPython
        import ipywidgets  # noqa: F401
    except ImportError:
        return False
    shell = IPython.get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None  # a Jupyter kernel


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=90)
    return buffer.getvalue()


class Explorer:
    """Precomputed results shown as a slider with one view, or as one static figure.

    values -- the slider's values, in order; labels -- their text on the slider
    draw -- draw(figure, value) draws the view of one value into an empty Figure
    draw_all -- draw_all(figure) draws every value at once into an empty Figure (the fallback)
    interactive -- True: slider; False: static figure; None: decided by :func:`use_widgets`

    Attributes: ``widget``, ``slider`` and ``image`` (None in the static case) or ``figure``
    (None with the slider). In Jupyter, an Explorer on the last line of a cell shows itself.
    """

    def __init__(self, values: Sequence[Any], labels: Sequence[str],
                 draw: Callable[[Figure, Any], None], draw_all: Callable[[Figure], None], *,
                 description: str, size: tuple[float, float], static_size: tuple[float, float],
                 interactive: bool | None = None) -> None:
        self.values = list(values)
        self._draw, self._size = draw, size
        self._views: dict[int, bytes] = {}  # index in values -> PNG of that view
        self.widget = self.slider = self.image = None
        self.figure: Figure | None = None
        if interactive is None:
            interactive = use_widgets()
        if interactive:
            import ipywidgets as widgets

            self.slider = widgets.SelectionSlider(
                options=list(zip(labels, self.values, strict=True)), value=self.values[0],
                description=description, style={"description_width": "initial"},
                layout=widgets.Layout(width="500px"))
            self.image = widgets.Image(format="png", value=self.view(self.values[0]))
            self.slider.observe(self._on_slide, names="value")
            self.widget = widgets.VBox([self.slider, self.image])
        else:
            self.figure = Figure(figsize=static_size, layout="constrained")
            draw_all(self.figure)

    def view(self, value: Any) -> bytes:
        """The PNG of one value's view, drawn on first use and then reused."""
        index = self.values.index(value)
        if index not in self._views:
            figure = Figure(figsize=self._size, layout="constrained")
            self._draw(figure, value)
            self._views[index] = _png(figure)
        return self._views[index]

    def _on_slide(self, change: Mapping[str, Any]) -> None:
        self.image.value = self.view(change["new"])

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        if self.widget is None:
            return {"image/png": base64.b64encode(_png(self.figure)).decode("ascii"),
                    "text/plain": f"<static figure of {len(self.values)} results>"}
        bundle = dict(self.widget._repr_mimebundle_(include=include, exclude=exclude) or {})
        # A front end without a widget manager skips the widget and shows the richest type it
        # knows instead: the picture of the slider's current value, not a line of text.
        bundle["image/png"] = base64.b64encode(self.view(self.slider.value)).decode("ascii")
        bundle["text/plain"] = (f"<slider over {len(self.values)} results; without widgets, set "
                                f"{STATIC_ENV}=1 to see them all in one figure>")
        return bundle


def _accuracy(predictions: np.ndarray, Y: np.ndarray) -> float:
    return float(100 * np.mean(np.asarray(predictions) == Y))


def explore_learning_rates(
    X_train: np.ndarray, Y_train: np.ndarray, X_test: np.ndarray, Y_test: np.ndarray,
    learning_rates: Sequence[float] = (0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0), *,
    num_iterations: int = 2000, model: Callable[..., dict[str, Any]],
    interactive: bool | None = None,
) -> Explorer:
    """Train logistic regression once per learning rate, then explore cost curves and accuracy.

    Arguments:
    X_train -- shape (n_x, m_train); Y_train -- shape (1, m_train); X_test, Y_test -- likewise
    learning_rates -- the slider's values
    num_iterations -- gradient-descent steps per run
    model -- your model of C1W2A2, model(X_train, Y_train, X_test, Y_test, num_iterations,
             learning_rate, print_cost) returning {"costs", "Y_prediction_train",
             "Y_prediction_test", ...}
    interactive -- see :class:`Explorer`

    Returns:
    an Explorer. One view: the chosen rate's cost curve over the others' in grey, and the train
    and test accuracy of every rate with the chosen one marked. Static: every cost curve in one
    panel (one line per rate, labelled with its accuracies) beside the accuracy panel.
    """
    rates = [float(rate) for rate in learning_rates]
    costs, train_acc, test_acc = {}, {}, {}
    for rate in progress(rates, desc="learning rates", leave=False):
        d = model(X_train, Y_train, X_test, Y_test, num_iterations=num_iterations,
                  learning_rate=rate, print_cost=False)
        costs[rate] = np.array([np.asarray(c, dtype=float).item() for c in d["costs"]])
        train_acc[rate] = _accuracy(d["Y_prediction_train"], Y_train)
        test_acc[rate] = _accuracy(d["Y_prediction_test"], Y_test)
    top = 1.05 * max(float(np.nanmax(c)) for c in costs.values())

    def cost_axes(ax: Any) -> None:
        ax.set_ylim(0, top)
        ax.set_xlabel("iteration (cost recorded every 100)")
        ax.set_ylabel("cost")

    def accuracy_panel(ax: Any, chosen: float | None) -> None:
        ax.plot(rates, [train_acc[r] for r in rates], "o-", label="train")
        ax.plot(rates, [test_acc[r] for r in rates], "s-", label="test")
        if chosen is not None:
            ax.axvline(chosen, color="gray", linestyle=":")
        ax.set_xscale("log")
        ax.set_xlabel("learning rate")
        ax.set_ylabel("accuracy (%)")
        ax.set_title(f"Accuracy after {num_iterations} iterations")
        ax.legend()

    def draw(figure: Figure, rate: float) -> None:
        ax_cost, ax_acc = figure.subplots(1, 2, width_ratios=[3, 2])
        for other in rates:
            if other != rate:
                ax_cost.plot(np.arange(len(costs[other])) * 100, costs[other], color="0.85")
        ax_cost.plot(np.arange(len(costs[rate])) * 100, costs[rate], color="C3", linewidth=2.5)
        cost_axes(ax_cost)
        ax_cost.set_title(f"learning_rate = {rate:g}: train {train_acc[rate]:.1f} %, "
                          f"test {test_acc[rate]:.1f} %")
        accuracy_panel(ax_acc, rate)

    def draw_all(figure: Figure) -> None:
        ax_cost, ax_acc = figure.subplots(1, 2, width_ratios=[3, 2])
        for rate in rates:
            ax_cost.plot(np.arange(len(costs[rate])) * 100, costs[rate],
                         label=f"{rate:g}: train {train_acc[rate]:.1f} %, "
                               f"test {test_acc[rate]:.1f} %")
        cost_axes(ax_cost)
        ax_cost.set_title("Cost curves, one per learning rate")
        ax_cost.legend(fontsize=8)
        accuracy_panel(ax_acc, None)

    return Explorer(rates, [f"{rate:g}" for rate in rates], draw, draw_all,
                    description="learning rate", size=(11, 4), static_size=(12, 4.5),
                    interactive=interactive)


def explore_hidden_sizes(
    X: np.ndarray, Y: np.ndarray, hidden_sizes: Sequence[int] = (1, 2, 3, 4, 5, 20, 50), *,
    num_iterations: int = 5000, seed: int = 3,
    nn_model: Callable[..., dict[str, np.ndarray]],
    predict: Callable[[dict[str, np.ndarray], np.ndarray], np.ndarray],
    trained: Mapping[int, dict[str, np.ndarray]] | None = None,
    interactive: bool | None = None,
) -> Explorer:
    """Train the one-hidden-layer network once per hidden size, then explore its boundaries.

    Arguments:
    X -- points, shape (2, m); Y -- labels 0/1, shape (1, m)
    hidden_sizes -- the slider's values n_h
    num_iterations -- gradient-descent steps per network
    seed -- NumPy's global generator is seeded with it before each network (as the sweep does)
    nn_model -- your nn_model of C1W3A1, nn_model(X, Y, n_h, num_iterations, print_cost)
    predict -- your predict of C1W3A1, predict(parameters, X) -> labels (1, m)
    trained -- n_h -> parameters already trained (e.g. by the sweep): these sizes are not trained
    interactive -- see :class:`Explorer`

    Returns:
    an Explorer. One view: the chosen network's decision boundary, and the training accuracy
    against n_h with the chosen one marked. Static: one boundary panel per hidden size.
    """
    sizes = [int(n_h) for n_h in hidden_sizes]
    parameters = dict(trained or {})
    for n_h in progress([n for n in sizes if n not in parameters], desc="hidden sizes",
                        leave=False):
        np.random.seed(seed)
        parameters[n_h] = nn_model(X, Y, n_h, num_iterations=num_iterations, print_cost=False)
    accuracy = {n_h: _accuracy(predict(parameters[n_h], X), Y) for n_h in sizes}

    def boundary(ax: Any, n_h: int) -> None:
        plot_decision_boundary(lambda points: predict(parameters[n_h], points), X, Y, ax=ax,
                               title=f"n_h = {n_h}: {accuracy[n_h]:.1f} %", resolution=150)

    def draw(figure: Figure, n_h: int) -> None:
        ax_boundary, ax_acc = figure.subplots(1, 2, width_ratios=[1, 1])
        boundary(ax_boundary, n_h)
        ax_acc.plot(sizes, [accuracy[n] for n in sizes], "o-")
        ax_acc.plot([n_h], [accuracy[n_h]], "o", color="C3", markersize=12)
        ax_acc.set_xscale("log")
        ax_acc.set_xticks(sizes, [str(n) for n in sizes])
        ax_acc.set_xlabel("hidden units $n_h$")
        ax_acc.set_ylabel("training accuracy (%)")
        ax_acc.set_title("Training accuracy against $n_h$")

    def draw_all(figure: Figure) -> None:
        ncols = min(4, len(sizes))
        axes = figure.subplots(math.ceil(len(sizes) / ncols), ncols, squeeze=False).ravel()
        for ax, n_h in zip(axes, sizes, strict=False):
            boundary(ax, n_h)
        for ax in axes[len(sizes):]:
            figure.delaxes(ax)

    rows = math.ceil(len(sizes) / min(4, len(sizes)))
    return Explorer(sizes, [str(n_h) for n_h in sizes], draw, draw_all,
                    description="hidden units n_h", size=(11, 4.5),
                    static_size=(4 * min(4, len(sizes)), 4 * rows), interactive=interactive)
