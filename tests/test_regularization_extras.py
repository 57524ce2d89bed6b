"""Independent checks of what C2W1A2 (regularization) adds for its later topics.

- the answer key's ``shift_images`` against ``scipy.ndimage.shift`` (order 0, zeros outside), on
  random batches and every allowed shift;
- the given training loop's ``monitor``: called at 0, monitor_every, 2 * monitor_every, ... with
  the parameters after that many updates, and ``layer_dims`` honoured.
"""

from __future__ import annotations

import importlib
import types

import numpy as np
import pytest
from scipy import ndimage

from grading import key
from grading.key import key_namespace

ASSIGNMENT = "C2W1A2_regularization"


def _given_modules(*names: str) -> list[types.ModuleType]:
    """Modules of the assignment's folder, loaded together as its notebook loads them."""
    with key.in_folder(key.source_notebook(ASSIGNMENT).parent):
        return [importlib.import_module(name) for name in names]


@pytest.mark.parametrize("shape", [(1, 1, 1), (2, 3, 4), (3, 8, 8), (1, 5, 2)])
def test_shift_images_matches_scipy(shape):
    shift_images = key_namespace(ASSIGNMENT)["shift_images"]
    _, h, w = shape
    images = np.random.RandomState(0).randint(1, 256, size=shape).astype(np.uint8)
    for dy in range(1 - h, h):
        for dx in range(1 - w, w):
            got = shift_images(images, dy, dx)
            want = ndimage.shift(images, (0, dy, dx), order=0, mode="constant", cval=0)
            assert got.shape == images.shape and got.dtype == images.dtype
            np.testing.assert_array_equal(got, want, err_msg=f"dy={dy}, dx={dx}")
    assert images.min() >= 1, "the input was changed"


def test_model_monitor_sees_the_parameters_after_i_updates():
    reg_utils, deep_network, three_layer = _given_modules("reg_utils", "deep_network",
                                                          "three_layer")
    rng = np.random.RandomState(0)
    X = rng.randn(3, 20)
    Y = (X[0:1] > 0).astype(float)
    layer_dims = [3, 5, 2, 1]
    seen: dict[int, dict[str, np.ndarray]] = {}

    reg_utils.model(X, Y, learning_rate=0.1, num_iterations=25, print_cost=False,
                    layer_dims=layer_dims, monitor=lambda i, p: seen.setdefault(i, p),
                    monitor_every=10)

    assert sorted(seen) == [0, 10, 20]
    parameters = deep_network.initialize_parameters_deep(layer_dims, seed=1)
    for i in range(21):
        if i in seen:
            for name, value in parameters.items():
                np.testing.assert_array_equal(seen[i][name], value, err_msg=f"{name} at {i}")
        _, cache = three_layer.forward_propagation(X, parameters)
        grads = three_layer.backward_propagation(X, Y, cache)
        parameters = deep_network.update_parameters(parameters, grads, 0.1)
    assert seen[0]["W1"].shape == (5, 3) and seen[0]["W3"].shape == (1, 2)
