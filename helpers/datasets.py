"""Loaders for the course's HDF5 datasets, returning arrays in the shapes the notebooks use.

The files live in ``<repository>/datasets`` (in a student's installation, inside the package:
``helpers/data``); set the environment variable ``COURSE_DATASETS`` to read them from another
folder. They are rebuilt, bit for bit, by running
``python datasets/build_datasets.py`` from the repository root.

Every 2-D set follows the course's column convention: X has shape (2, m), one column per point,
and Y has shape (1, m) with labels 0/1 (uint8).

A missing, unreadable or incomplete file raises ``DatasetError``, a subclass of ``OSError`` (so
``except OSError`` catches it too), whose message names the file and the command that rebuilds it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import h5py
import numpy as np

ENV_VAR = "COURSE_DATASETS"
_PACKAGED = Path(__file__).resolve().parent / "data"  # the student package ships them here
DEFAULT_DIR = _PACKAGED if _PACKAGED.is_dir() else Path(__file__).resolve().parent.parent / "datasets"
REBUILD_COMMAND = "python datasets/build_datasets.py"
EXTRA_PLANAR_NAMES = ("noisy_circles", "noisy_moons", "blobs", "gaussian_quantiles")
SPLIT_NAMES = ("train_X", "train_Y", "test_X", "test_Y")


class DatasetError(OSError):
    """A course dataset file is missing, unreadable or lacks an expected dataset."""


def data_dir() -> Path:
    """The folder holding the .h5 files: $COURSE_DATASETS if set, else <repository>/datasets."""
    override = os.environ.get(ENV_VAR)
    return Path(override) if override else DEFAULT_DIR


def _rebuild_hint(folder: Path) -> str:
    command = REBUILD_COMMAND
    if folder.resolve() != DEFAULT_DIR:
        command += f" --out {folder}"
    return f"Rebuild it by running `{command}` from the repository root."


def _read(filename: str, names: Sequence[str]) -> dict[str, np.ndarray]:
    """Read the datasets `names` (paths inside the file, e.g. "blobs/X") from one file.

    Raises DatasetError if the file is missing or unreadable or lacks one of the names.
    """
    folder = data_dir()
    path = folder / filename
    if not path.is_file():
        raise DatasetError(f"Dataset file {path} not found. {_rebuild_hint(folder)}")
    try:
        with h5py.File(path, "r") as f:
            missing = [name for name in names if name not in f]
            arrays = {name: f[name][()] for name in names if name not in missing}
    except (OSError, ValueError, RuntimeError, KeyError) as err:
        raise DatasetError(
            f"Dataset file {path} could not be read ({err}). {_rebuild_hint(folder)}"
        ) from err
    if missing:
        raise DatasetError(
            f"Dataset file {path} lacks {', '.join(missing)}. {_rebuild_hint(folder)}"
        )
    return arrays


def _check_columns(X: np.ndarray, Y: np.ndarray, where: str) -> None:
    """Make sure X is (2, m) and Y is (1, m); raise DatasetError naming `where` if not."""
    if X.ndim != 2 or X.shape[0] != 2 or Y.shape != (1, X.shape[1]):
        raise DatasetError(
            f"{where}: expected X of shape (2, m) and Y of shape (1, m), got "
            f"{X.shape} and {Y.shape}. {_rebuild_hint(data_dir())}"
        )


def load_image_data() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The handwritten digits labelled "odd" (0) / "even" (1).

    Returns:
    train_x_orig -- training images, uint8 0..255, shape (m_train, 8, 8)  (m_train = 200)
    train_y -- training labels, int64, shape (1, m_train)
    test_x_orig -- test images, uint8 0..255, shape (m_test, 8, 8)  (m_test = 1597)
    test_y -- test labels, int64, shape (1, m_test)
    classes -- class names, bytes, shape (2,): classes[label] is b"odd" or b"even"
    """
    names = ("train_set_x", "train_set_y", "test_set_x", "test_set_y", "list_classes")
    a = _read("images.h5", names)
    train_y = a["train_set_y"].reshape(1, -1)
    test_y = a["test_set_y"].reshape(1, -1)
    return a["train_set_x"], train_y, a["test_set_x"], test_y, a["list_classes"]


def load_image_digits() -> tuple[np.ndarray, np.ndarray]:
    """The digit (0-9) each image of ``load_image_data`` shows, in the same order.

    Returns:
    train_digits -- uint8, shape (1, m_train); test_digits -- uint8, shape (1, m_test)
    (the label is even/odd of the digit: train_y == (train_digits % 2 == 0))
    """
    a = _read("images.h5", ("train_set_digit", "test_set_digit"))
    return a["train_set_digit"].reshape(1, -1), a["test_set_digit"].reshape(1, -1)


def load_planar_flower() -> tuple[np.ndarray, np.ndarray]:
    """The 2-D flower, two classes that no straight line separates.

    Returns:
    X -- points, float64, shape (2, 400)
    Y -- labels 0/1, uint8, shape (1, 400)
    """
    a = _read("planar.h5", ("X", "Y"))
    _check_columns(a["X"], a["Y"], "planar.h5 (flower)")
    return a["X"], a["Y"]


def load_extra_planar_datasets() -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Four more 2-D sets to try the one-hidden-layer network on.

    Returns a dict name -> (X, Y) for the names "noisy_circles", "noisy_moons", "blobs" and
    "gaussian_quantiles"; X -- float64, shape (2, 200); Y -- labels 0/1, uint8, shape (1, 200).
    """
    names = [f"{group}/{part}" for group in EXTRA_PLANAR_NAMES for part in ("X", "Y")]
    a = _read("planar.h5", names)
    sets = {group: (a[f"{group}/X"], a[f"{group}/Y"]) for group in EXTRA_PLANAR_NAMES}
    for group, (X, Y) in sets.items():
        _check_columns(X, Y, f"planar.h5 ({group})")
    return sets


def _load_split(filename: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Read train_X (2, m_train), train_Y (1, m_train), test_X (2, m_test), test_Y (1, m_test)."""
    a = _read(filename, SPLIT_NAMES)
    _check_columns(a["train_X"], a["train_Y"], f"{filename} (train)")
    _check_columns(a["test_X"], a["test_Y"], f"{filename} (test)")
    return a["train_X"], a["train_Y"], a["test_X"], a["test_Y"]


def load_circles() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Two concentric circles, for the initialization assignment.

    Returns train_X (2, 300) float64, train_Y (1, 300) uint8, test_X (2, 100), test_Y (1, 100).
    """
    return _load_split("circles.h5")


def load_overfit_2d() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A wavy boundary with 5 % flipped labels, for the regularization assignment.

    Returns train_X (2, 200) float64, train_Y (1, 200) uint8, test_X (2, 200), test_Y (1, 200).
    """
    return _load_split("overfit2d.h5")


def load_moons() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Two interleaved half-moons, for the optimization assignment.

    Returns train_X (2, 300) float64, train_Y (1, 300) uint8, test_X (2, 100), test_Y (1, 100).
    """
    return _load_split("moons.h5")
