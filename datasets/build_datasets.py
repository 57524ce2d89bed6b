"""Rebuild every HDF5 dataset of the course, bit for bit, from sources inside the dependencies.

    python datasets/build_datasets.py [--out DIR]      (DIR defaults to the folder of this script)

Nothing is downloaded: the images are scikit-learn's bundled handwritten digits and every 2-D set
comes from a seeded generator (our own, or scikit-learn's). Randomness uses the legacy
``np.random.RandomState`` with fixed integer seeds, whose streams NumPy keeps stable across
versions, and the files are written without timestamps and with a fixed HDF5 format version, so
two runs give the same bytes.

Files written (2-D sets follow the course's column convention: X (2, m) float64, Y (1, m) uint8):

- ``images.h5``  -- "is the digit even?": train_set_x (m, 8, 8) uint8, train_set_y (m,) int64,
  train_set_digit (m,) uint8 (the digit 0-9 each image shows), the same three for test, and
  list_classes [b"odd", b"even"] (label 1 = even).
- ``planar.h5``  -- the flower (X, Y with m = 400) plus the groups noisy_circles, noisy_moons,
  blobs and gaussian_quantiles (X, Y with m = 200 each).
- ``circles.h5``, ``overfit2d.h5``, ``moons.h5`` -- train_X, train_Y, test_X, test_Y.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

import h5py
import numpy as np
from sklearn import datasets as skdata

# A tree of arrays: dataset name -> array, or group name -> subtree.
Tree = dict[str, "np.ndarray | Tree"]

HDF5_LIBVER = ("earliest", "v110")  # fixed file-format version: same bytes on every run

# The image split: a seeded shuffle, the first IMAGE_TRAIN_SIZE images train, the rest test.
# A small training set, so that logistic regression fits it almost perfectly but generalizes
# clearly worse (C1W2A2). C1W4A2 draws its own train/dev/test splits from all 1797 images, so
# its comparison of models does not rest on this one split.
IMAGE_SPLIT_SEED = 14
IMAGE_TRAIN_SIZE = 200


def column_set(X_rows: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Put a 2-D set into the course's convention.

    X_rows -- points as rows, shape (m, 2); y -- binary labels, shape (m,)
    Returns X -- float64, shape (2, m); Y -- uint8, shape (1, m)
    """
    X = np.ascontiguousarray(X_rows.T, dtype=np.float64)
    Y = np.asarray(y, dtype=np.uint8).reshape(1, -1)
    return X, Y


def split_tree(X: np.ndarray, Y: np.ndarray, m_train: int) -> Tree:
    """Split column sets X (2, m) and Y (1, m) into train_X/train_Y (first m_train columns)
    and test_X/test_Y (the rest)."""
    return {
        "train_X": X[:, :m_train],
        "train_Y": Y[:, :m_train],
        "test_X": X[:, m_train:],
        "test_Y": Y[:, m_train:],
    }


def image_tree() -> Tree:
    """The digits as "odd" (0) / "even" (1) images: pixels 0..16 rescaled to uint8 0..255.

    The scans have 17 grey levels (0..16); rescaling keeps those 17 levels, now spread over 0..255.
    Returns train_set_x (200, 8, 8), train_set_y (200,), train_set_digit (200,), test_set_x
    (1597, 8, 8), test_set_y (1597,), test_set_digit (1597,), list_classes (2,) bytes.
    """
    digits = skdata.load_digits()
    pixels = np.round(digits.images * 255 / 16).astype(np.uint8)  # (1797, 8, 8)
    labels = (digits.target % 2 == 0).astype(np.int64)  # 1 = even
    order = np.random.RandomState(IMAGE_SPLIT_SEED).permutation(len(labels))
    train, test = order[:IMAGE_TRAIN_SIZE], order[IMAGE_TRAIN_SIZE:]
    return {
        "train_set_x": pixels[train],
        "train_set_y": labels[train],
        "train_set_digit": digits.target[train].astype(np.uint8),
        "test_set_x": pixels[test],
        "test_set_y": labels[test],
        "test_set_digit": digits.target[test].astype(np.uint8),
        "list_classes": np.array([b"odd", b"even"]),
    }


def flower(
    m: int = 400, petals: int = 4, radius: float = 4.0, noise: float = 0.2, seed: int = 1
) -> tuple[np.ndarray, np.ndarray]:
    """A flower whose petals alternate between two classes.

    Each class takes half the points, spread over half a turn of the rose curve
    r = radius * sin(petals * t); angle and radius both get Gaussian noise. A negative r puts a
    point on the opposite side, so each class owns every other petal: no line separates them.
    Returns X -- shape (2, m); Y -- shape (1, m), labels 0/1
    """
    rng = np.random.RandomState(seed)
    per_class = m // 2
    X = np.zeros((2, m))
    Y = np.zeros((1, m), dtype=np.uint8)
    for label in (0, 1):
        cols = slice(label * per_class, (label + 1) * per_class)
        t = np.linspace(label * np.pi, (label + 1) * np.pi, per_class)
        t = t + noise * rng.randn(per_class)
        r = radius * np.sin(petals * t) + noise * rng.randn(per_class)
        X[:, cols] = np.vstack([r * np.sin(t), r * np.cos(t)])
        Y[0, cols] = label
    return X, Y


def planar_tree() -> Tree:
    """The flower (m = 400) and four scikit-learn 2-D sets (m = 200 each) as groups."""
    m = 200
    blobs_X, blobs_y = skdata.make_blobs(n_samples=m, n_features=2, centers=6, random_state=5)
    extras = {
        "noisy_circles": skdata.make_circles(n_samples=m, factor=0.5, noise=0.3, random_state=1),
        "noisy_moons": skdata.make_moons(n_samples=m, noise=0.2, random_state=2),
        "blobs": (blobs_X, blobs_y % 2),  # six blobs, two classes
        "gaussian_quantiles": skdata.make_gaussian_quantiles(
            cov=0.5, n_samples=m, n_features=2, n_classes=2, random_state=4
        ),
    }
    X, Y = flower()
    tree: Tree = {"X": X, "Y": Y}
    for name, (points, labels) in extras.items():
        gX, gY = column_set(points, labels)
        tree[name] = {"X": gX, "Y": gY}
    return tree


def circles_tree() -> Tree:
    """Two concentric noisy circles: 300 train and 100 test points.

    The inner circle has 0.8 times the outer radius: close enough that a start with huge weights
    trains poorly (with the rings further apart, 0.5, it often still reaches 100 %).
    """
    train = column_set(*skdata.make_circles(n_samples=300, noise=0.05, factor=0.8, random_state=1))
    test = column_set(*skdata.make_circles(n_samples=100, noise=0.05, factor=0.8, random_state=2))
    return {"train_X": train[0], "train_Y": train[1], "test_X": test[0], "test_Y": test[1]}


def wavy_band(
    m: int, seed: int, amplitude: float = 0.3, frequency: float = 2.0, flip_rate: float = 0.05
) -> tuple[np.ndarray, np.ndarray]:
    """Points in the square [-1, 1]^2 split by the curve x2 = amplitude * sin(frequency * x1),
    with a fraction flip_rate of labels flipped at random (the noise a big net learns by heart).

    Returns X -- shape (2, m); Y -- shape (1, m), 1 above the curve
    """
    rng = np.random.RandomState(seed)
    X = rng.uniform(-1.0, 1.0, size=(2, m))
    above = X[1] > amplitude * np.sin(frequency * X[0])
    flipped = rng.uniform(size=m) < flip_rate
    Y = (above != flipped).astype(np.uint8).reshape(1, m)
    return X, Y


def overfit_tree() -> Tree:
    """The regularization set: 200 train and 200 test points from one wavy_band draw.

    The seed was chosen by measurement: a [2, 20, 3, 1] net (30000 iterations at 0.3) reaches
    about 98 % train / 92.5 % test, and L2 (lambd = 0.7) or dropout (keep_prob = 0.86) about 97 % /
    95 %, for most initializations.
    """
    return split_tree(*wavy_band(400, seed=8), m_train=200)


def moons_tree() -> Tree:
    """Two interleaved half-moons: 300 train and 100 test points."""
    train = column_set(*skdata.make_moons(n_samples=300, noise=0.2, random_state=3))
    test = column_set(*skdata.make_moons(n_samples=100, noise=0.2, random_state=4))
    return {"train_X": train[0], "train_Y": train[1], "test_X": test[0], "test_Y": test[1]}


BUILDERS: dict[str, Callable[[], Tree]] = {
    "images.h5": image_tree,
    "planar.h5": planar_tree,
    "circles.h5": circles_tree,
    "overfit2d.h5": overfit_tree,
    "moons.h5": moons_tree,
}


def write_tree(group: h5py.Group, tree: Tree) -> None:
    """Write arrays as datasets and subtrees as groups, in the tree's order, without timestamps."""
    for name, value in tree.items():
        if isinstance(value, dict):
            write_tree(group.create_group(name), value)
        else:
            group.create_dataset(name, data=value, track_times=False)


def describe(tree: Tree, prefix: str = "") -> list[str]:
    """One 'name (shape) dtype' entry per dataset, group paths included."""
    parts = []
    for name, value in tree.items():
        if isinstance(value, dict):
            parts += describe(value, f"{prefix}{name}/")
        else:
            parts.append(f"{prefix}{name} {value.shape} {value.dtype}")
    return parts


def build(out_dir: Path) -> list[Path]:
    """Write every course file into out_dir (created if needed); return the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, make_tree in BUILDERS.items():
        tree = make_tree()
        path = out_dir / filename
        with h5py.File(path, "w", libver=HDF5_LIBVER) as f:
            write_tree(f, tree)
        print(f"wrote {path}: " + ", ".join(describe(tree)))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent,
        help="folder to write the .h5 files into (default: this script's folder)",
    )
    build(parser.parse_args(argv).out)


if __name__ == "__main__":
    main()
