"""Plot helpers for the notebooks: cost curves, decision boundaries, image grids, computation graphs.

Every function draws into a new figure (or the ``ax`` given) and returns the Axes or Figure, so
tests can inspect it; none calls ``plt.show()`` (Jupyter shows figures at the end of a cell).
Shapes follow the course convention: ``X`` (2, m) with one column per example, ``Y`` (1, m).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.axes import Axes
from matplotlib.colors import Normalize
from matplotlib.figure import Figure
from matplotlib.text import Text

CMAP = "coolwarm"  # two classes: blue for 0, red for 1


def _new_axes(ax: Axes | None) -> Axes:
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 4))
    return ax


def _as_curve(costs: Sequence[float] | np.ndarray) -> np.ndarray:
    """Costs recorded as floats, NumPy scalars or size-1 arrays -> shape (n,)."""
    return np.array([np.asarray(c, dtype=float).item() for c in costs], dtype=float)


def plot_costs(costs: Sequence[float] | np.ndarray, *, learning_rate: float | None = None,
               every: int = 100, label: str | None = None, ax: Axes | None = None) -> Axes:
    """Plot a cost curve; ``costs[i]`` was recorded at iteration ``i * every``.

    costs -- one cost per record, shape (n,); learning_rate -- shown in the title when given.
    Returns the Axes.
    """
    ax = _new_axes(ax)
    curve = _as_curve(costs)
    ax.plot(np.arange(len(curve)) * every, curve, label=label)
    ax.set_xlabel(f"iteration (cost recorded every {every})")
    ax.set_ylabel("cost")
    ax.set_title("Cost" if learning_rate is None else f"Learning rate = {learning_rate:g}")
    if label is not None:
        ax.legend()
    return ax


def plot_cost_comparison(curves: Mapping[str, Sequence[float]], *, every: int = 100,
                         ax: Axes | None = None, log: bool = False) -> Axes:
    """Plot several labelled cost curves in one Axes, e.g. one per learning rate.

    curves -- label -> costs, each recorded every ``every`` iterations; log -- logarithmic y axis.
    Returns the Axes.
    """
    ax = _new_axes(ax)
    for label, costs in curves.items():
        curve = _as_curve(costs)
        ax.plot(np.arange(len(curve)) * every, curve, label=str(label))
    ax.set_xlabel(f"iteration (cost recorded every {every})")
    ax.set_ylabel("cost")
    ax.set_title("Cost curves")
    if log:
        ax.set_yscale("log")
    ax.legend()
    return ax


def plot_decision_boundary(predict: Callable[[np.ndarray], np.ndarray], X: np.ndarray,
                           Y: np.ndarray, *, ax: Axes | None = None, title: str | None = None,
                           resolution: int = 200) -> Axes:
    """Shade the class that ``predict`` gives over the plane and draw the points on top.

    predict -- maps points of shape (2, k) to labels of shape (1, k) (or (k,));
    X -- points, shape (2, m); Y -- true labels, shape (1, m) or (m,); resolution -- grid points
    per axis. Returns the Axes (one filled contour set and one scatter collection).
    """
    ax = _new_axes(ax)
    labels = np.asarray(Y, dtype=float).ravel()
    (x_lo, y_lo), (x_hi, y_hi) = X.min(axis=1), X.max(axis=1)
    pad_x, pad_y = 0.1 * (x_hi - x_lo) + 0.1, 0.1 * (y_hi - y_lo) + 0.1
    xx, yy = np.meshgrid(np.linspace(x_lo - pad_x, x_hi + pad_x, resolution),
                         np.linspace(y_lo - pad_y, y_hi + pad_y, resolution))
    grid = np.vstack([xx.ravel(), yy.ravel()])  # (2, resolution**2)
    Z = np.asarray(predict(grid), dtype=float).reshape(xx.shape)
    values = np.concatenate([Z.ravel(), labels])
    lo, hi = float(values.min()), float(values.max())
    norm = Normalize(vmin=lo, vmax=max(hi, lo + 1))
    if np.all(values == np.round(values)):  # class labels: one band per class
        levels = np.arange(lo - 0.5, max(hi, lo + 1) + 1.0)
    else:  # scores or probabilities
        levels = np.linspace(lo, hi if hi > lo else lo + 1, 11)
    ax.contourf(xx, yy, Z, levels=levels, cmap=CMAP, norm=norm, alpha=0.35)
    ax.scatter(X[0], X[1], c=labels, cmap=CMAP, norm=norm, s=15, edgecolors="k", linewidths=0.3)
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    if title is not None:
        ax.set_title(title)
    return ax


def _class_name(label: object, classes: Sequence | None) -> str:
    value = float(np.asarray(label))
    if classes is not None and value.is_integer() and 0 <= value < len(classes):
        name = classes[int(value)]
        return name.decode() if isinstance(name, bytes) else str(name)
    return str(int(value)) if value.is_integer() else f"{value:g}"


def show_images(images: np.ndarray, true_labels: np.ndarray,
                predicted_labels: np.ndarray | None = None, *, classes: Sequence | None = None,
                digits: np.ndarray | None = None, ncols: int = 8, max_images: int = 32,
                title: str | None = None) -> Figure:
    """Show images in a grid, captioned "true: ..." and, if given, "pred: ..." (red if wrong).

    images -- shape (m, h, w) grayscale or (m, h, w, c) colour; true_labels, predicted_labels --
    shape (1, m) or (m,); classes -- names per label, str or bytes (e.g. [b"odd", b"even"]);
    digits -- what each image shows, shape (1, m) or (m,): the caption then reads "4 (even)".
    Shows the first ``max_images`` images. Returns the Figure.
    """
    images = np.asarray(images)
    true = np.asarray(true_labels).ravel()
    shown = None if digits is None else np.asarray(digits).ravel()
    if shown is not None and len(shown) != len(true):
        raise ValueError(f"digits has {len(shown)} entries but there are {len(true)} labels")
    pred = None if predicted_labels is None else np.asarray(predicted_labels).ravel()
    n = min(len(images), max_images)
    ncols = max(1, min(ncols, n))
    nrows = max(1, math.ceil(n / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(1.5 * ncols, 1.8 * nrows + 0.4), squeeze=False)
    gray = images.ndim == 3 or (images.ndim == 4 and images.shape[-1] == 1)
    if images.dtype.kind in "iu":
        vmax: float | None = 255
    else:
        vmax = 1.0 if images.size and images.max() <= 1 else None
    for i, ax in enumerate(axes.ravel()):
        ax.axis("off")
        if i >= n:
            continue
        if gray:
            ax.imshow(images[i].reshape(images.shape[1:3]), cmap="gray",
                      vmin=None if vmax is None else 0, vmax=vmax)
        else:
            ax.imshow(images[i])
        caption = f"true: {_class_name(true[i], classes)}"
        if shown is not None:
            caption = f"{_class_name(shown[i], None)} ({_class_name(true[i], classes)})"
        wrong = False
        if pred is not None:
            caption += f"\npred: {_class_name(pred[i], classes)}"
            wrong = float(pred[i]) != float(true[i])
        ax.set_title(caption, fontsize=8, color="red" if wrong else "black")
    if title is not None:
        fig.suptitle(title)
    fig.tight_layout()
    return fig


def plot_computation_graph(inputs: Sequence[tuple[str, str]], chain: Sequence[tuple[str, str]], *,
                           title: str | None = None, ax: Axes | None = None) -> Axes:
    """Draw a computation graph whose inputs all feed a chain of nodes, with values on it.

    inputs -- (forward text, backward text) per input, stacked top to bottom on the left; every
    input has an arrow into the first node of the chain;
    chain -- (forward text, backward text) per node, left to right, each with an arrow to the next.
    Each box shows its forward text (the value); its backward text (the derivative, "" for none)
    is written in red under the box (left of it for an input). Returns the Axes.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(2.6 * (len(chain) + 1), 0.75 * max(len(inputs), 3) + 0.5))
    ax.set_xlim(-0.8, len(chain) + 0.5)
    ax.set_ylim(-0.5, max(len(inputs), 1) - 0.5)
    ax.axis("off")
    middle = (len(inputs) - 1) / 2
    box = {"boxstyle": "round,pad=0.4", "facecolor": "white", "edgecolor": "black"}

    def node(x: float, y: float, forward: str, backward: str, *, left: bool = False) -> Text:
        label = ax.text(x, y, forward, ha="center", va="center", fontsize=9, bbox=box)
        if backward:  # under the box, or left of it for the inputs (their arrows leave rightwards)
            ax.annotate(backward, xy=(0, 0.5) if left else (0.5, 0), xycoords=label,
                        xytext=(-9, 0) if left else (0, -7), textcoords="offset points",
                        ha="right" if left else "center", va="center" if left else "top",
                        fontsize=8, color="red")
        return label

    def arrow(source: Text, target: Text) -> None:
        ax.annotate("", xy=(0, 0.5), xycoords=target, xytext=(1, 0.5), textcoords=source,
                    arrowprops={"arrowstyle": "->", "shrinkA": 6, "shrinkB": 6})

    boxes = [node(1 + k, middle, *texts) for k, texts in enumerate(chain)]
    for k, texts in enumerate(inputs):
        arrow(node(0, len(inputs) - 1 - k, *texts, left=True), boxes[0])
    for source, target in itertools.pairwise(boxes):
        arrow(source, target)
    if title is not None:
        ax.set_title(title)
    return ax
