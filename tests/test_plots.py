"""Tests for helpers.plots: each helper draws what it promises and returns its Axes or Figure."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")  # no display needed; must come before pyplot is imported

from collections.abc import Iterator  # noqa: E402

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_rgba  # noqa: E402

from helpers.plots import (  # noqa: E402
    plot_computation_graph,
    plot_cost_comparison,
    plot_costs,
    plot_decision_boundary,
    show_images,
)


@pytest.fixture(autouse=True)
def close_figures() -> Iterator[None]:
    yield
    plt.close("all")


def test_plot_costs() -> None:
    costs = [0.69, np.float64(0.5), np.array(0.4), np.array([[0.3]])]
    ax = plot_costs(costs, learning_rate=0.005)
    (line,) = ax.get_lines()
    np.testing.assert_array_equal(line.get_xdata(), [0, 100, 200, 300])
    np.testing.assert_allclose(line.get_ydata(), [0.69, 0.5, 0.4, 0.3])
    assert "0.005" in ax.get_title()
    assert "iteration" in ax.get_xlabel() and ax.get_ylabel() == "cost"
    assert ax.get_legend() is None


def test_plot_costs_every_label_and_given_axes() -> None:
    _, ax = plt.subplots()
    out = plot_costs([1.0, 0.5], every=10, label="train", ax=ax)
    assert out is ax
    np.testing.assert_array_equal(ax.get_lines()[0].get_xdata(), [0, 10])
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["train"]
    assert "learning rate" not in ax.get_title().lower()


def test_plot_cost_comparison() -> None:
    curves = {"lr = 0.01": [0.7, 0.5, 0.3], "lr = 0.001": [0.7, 0.65, 0.6], "lr = 0.0001": [0.7]}
    ax = plot_cost_comparison(curves, every=50)
    assert len(ax.get_lines()) == 3
    assert [t.get_text() for t in ax.get_legend().get_texts()] == list(curves)
    np.testing.assert_array_equal(ax.get_lines()[0].get_xdata(), [0, 50, 100])
    assert ax.get_yscale() == "linear"
    assert plot_cost_comparison(curves, log=True).get_yscale() == "log"


def test_plot_decision_boundary() -> None:
    rng = np.random.default_rng(0)
    X = rng.standard_normal((2, 40))
    Y = (X[0:1] + X[1:2] > 0).astype(int)  # (1, 40)
    calls: list[tuple[int, ...]] = []

    def predict(points: np.ndarray) -> np.ndarray:
        calls.append(points.shape)
        return (points[0:1] + points[1:2] > 0).astype(float)

    ax = plot_decision_boundary(predict, X, Y, title="logistic regression", resolution=50)
    assert calls == [(2, 50 * 50)]
    assert len(ax.collections) == 2  # the filled contour set and the scatter of the points
    assert len(ax.collections[1].get_offsets()) == 40
    assert ax.get_title() == "logistic regression"
    x_lo, x_hi = ax.get_xlim()
    assert x_lo < X[0].min() and x_hi > X[0].max()


def test_plot_decision_boundary_single_class_and_flat_labels() -> None:
    X = np.array([[0.0, 1.0, 2.0], [0.0, 1.0, 0.5]])
    ax = plot_decision_boundary(lambda P: np.zeros((1, P.shape[1])), X, np.array([0, 1, 0]))
    assert len(ax.collections) == 2
    assert ax.get_title() == ""


def test_show_images_grayscale_with_predictions() -> None:
    rng = np.random.default_rng(1)
    images = rng.integers(0, 256, size=(10, 8, 8), dtype=np.uint8)
    true = np.array([[0, 1, 1, 0, 1, 0, 0, 1, 1, 0]])  # (1, m)
    pred = true.copy().astype(float)
    pred[0, 3] = 1.0
    fig = show_images(images, true, pred, classes=[b"odd", b"even"], ncols=4, title="test set")
    shown = [ax for ax in fig.axes if ax.images]
    assert len(fig.axes) == 12 and len(shown) == 10  # 3 rows of 4, two cells left empty
    titles = [ax.title for ax in shown]
    assert titles[0].get_text() == "true: odd\npred: odd"
    assert titles[3].get_text() == "true: odd\npred: even"
    assert titles[3].get_color() == "red" or to_rgba(titles[3].get_color()) == to_rgba("red")
    assert to_rgba(titles[0].get_color()) != to_rgba("red")
    assert fig._suptitle is not None and fig._suptitle.get_text() == "test set"
    assert shown[0].images[0].get_cmap().name == "gray"


def test_show_images_rgb_max_images_and_no_predictions() -> None:
    images = np.random.default_rng(2).random((50, 5, 5, 3))
    fig = show_images(images, np.arange(50) % 2, max_images=12, ncols=8)
    shown = [ax for ax in fig.axes if ax.images]
    assert len(shown) == 12
    assert shown[0].images[0].get_array().shape == (5, 5, 3)
    assert shown[1].title.get_text() == "true: 1"
    assert "pred" not in shown[1].title.get_text()


def test_show_images_captions_name_the_digit() -> None:
    images = np.zeros((3, 8, 8), dtype=np.uint8)
    fig = show_images(images, np.array([[1, 0, 1]]), np.array([[1, 1, 1]]),
                      classes=[b"odd", b"even"], digits=np.array([[4, 7, 0]]))
    titles = [ax.get_title() for ax in fig.axes[:3]]
    assert titles[0].startswith("4 (even)") and titles[1].startswith("7 (odd)")
    assert "pred: even" in titles[1]
    with pytest.raises(ValueError, match="digits"):
        show_images(images, np.array([1, 0, 1]), digits=np.array([4, 7]))
    plt.close("all")


def test_show_images_single_image() -> None:
    fig = show_images(np.zeros((1, 4, 4)), np.array([1.0]), np.array([1]), classes=["no", "yes"])
    (ax,) = fig.axes
    assert ax.title.get_text() == "true: yes\npred: yes"


def test_plot_computation_graph() -> None:
    inputs = [("w = 0.5", "dw = -1"), ("x = 2", ""), ("b = 0", "db = -0.5")]
    chain = [("z = 1", "dz = -0.5"), ("a = 0.73", "da = -1.37"), ("L = 0.31", "")]
    ax = plot_computation_graph(inputs, chain, title="graph")
    texts = [t for t in ax.texts]
    boxes = [t for t in texts if t.get_bbox_patch() is not None]
    assert [t.get_text() for t in boxes] == ["z = 1", "a = 0.73", "L = 0.31",
                                              "w = 0.5", "x = 2", "b = 0"]
    red = [t.get_text() for t in texts if t.get_text() and to_rgba(t.get_color()) == to_rgba("red")]
    assert sorted(red) == sorted(["dz = -0.5", "da = -1.37", "dw = -1", "db = -0.5"])
    arrows = [t for t in texts if t.get_text() == "" and t.arrow_patch is not None]
    assert len(arrows) == len(inputs) + len(chain) - 1  # every input into z, then along the chain
    assert ax.get_title() == "graph"
    ax.figure.canvas.draw()  # the arrows' coordinates (the boxes) resolve at draw time
