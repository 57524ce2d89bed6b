"""The course datasets: the build script reproduces the committed files byte for byte, the
loaders return the documented shapes, and broken files fail with a message that says how to fix them."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import h5py
import numpy as np
import pytest

from helpers import datasets as ds

REPO_ROOT = Path(__file__).resolve().parent.parent
COMMITTED = REPO_ROOT / "datasets"
FILES = ["images.h5", "planar.h5", "circles.h5", "overfit2d.h5", "moons.h5"]
REBUILD = "python datasets/build_datasets.py"

# Each loader with the file it reads.
LOADERS = {
    "images.h5": ds.load_image_data,
    "planar.h5": ds.load_planar_flower,
    "circles.h5": ds.load_circles,
    "overfit2d.h5": ds.load_overfit_2d,
    "moons.h5": ds.load_moons,
}
ALL_LOADERS = list(LOADERS.items()) + [("planar.h5", ds.load_extra_planar_datasets)]


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    """The folder written by running the build script as a user does, from the repository root."""
    out = tmp_path_factory.mktemp("rebuilt")
    completed = subprocess.run(
        [sys.executable, "datasets/build_datasets.py", "--out", str(out)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert len(completed.stdout.splitlines()) == len(FILES), completed.stdout
    return out


@pytest.fixture(autouse=True)
def default_folder(monkeypatch) -> None:
    """Every test starts reading from the committed folder, whatever the caller's environment."""
    monkeypatch.delenv(ds.ENV_VAR, raising=False)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def datasets_in(path: Path) -> dict[str, np.ndarray]:
    """Every dataset in an HDF5 file, by its path inside the file."""
    found: dict[str, np.ndarray] = {}

    def keep(name: str, obj: h5py.HLObject) -> None:
        if isinstance(obj, h5py.Dataset):
            found[name] = obj[()]

    with h5py.File(path, "r") as f:
        f.visititems(keep)
    return found


# --- the build script -------------------------------------------------------------------------


def test_build_writes_exactly_the_committed_files(rebuilt):
    assert sorted(p.name for p in rebuilt.glob("*.h5")) == sorted(FILES)
    assert sorted(p.name for p in COMMITTED.glob("*.h5")) == sorted(FILES)


@pytest.mark.parametrize("name", FILES)
def test_rebuild_gives_the_same_arrays(rebuilt, name):
    committed, fresh = datasets_in(COMMITTED / name), datasets_in(rebuilt / name)
    assert committed.keys() == fresh.keys()
    for key, array in committed.items():
        assert array.dtype == fresh[key].dtype, f"{name}:{key} dtype changed"
        assert np.array_equal(array, fresh[key]), f"{name}:{key} values changed"


@pytest.mark.parametrize("name", FILES)
def test_rebuild_is_byte_identical(rebuilt, name):
    assert sha256(rebuilt / name) == sha256(COMMITTED / name), (
        f"{name}: same arrays but different bytes; were timestamps or the HDF5 version changed?"
    )


# --- the loaders --------------------------------------------------------------------------------


def check_labels(Y: np.ndarray, m: int) -> None:
    assert Y.shape == (1, m) and Y.dtype == np.uint8
    assert set(np.unique(Y)) == {0, 1}


def check_points(X: np.ndarray, m: int) -> None:
    assert X.shape == (2, m) and X.dtype == np.float64
    assert np.isfinite(X).all()


def test_load_image_data():
    train_x, train_y, test_x, test_y, classes = ds.load_image_data()
    assert train_x.shape == (200, 8, 8) and test_x.shape == (1597, 8, 8)
    assert train_x.dtype == test_x.dtype == np.uint8
    assert train_x.max() == 255 and test_x.min() == 0
    assert train_y.shape == (1, 200) and test_y.shape == (1, 1597)
    assert np.issubdtype(train_y.dtype, np.integer) and np.issubdtype(test_y.dtype, np.integer)
    assert set(np.unique(train_y)) == set(np.unique(test_y)) == {0, 1}
    assert list(classes) == [b"odd", b"even"]
    assert 0.4 < train_y.mean() < 0.6, "the classes should be roughly balanced"


def test_image_labels_say_even():
    """Label 1 means even: each stored image matches a digit of that parity in scikit-learn."""
    from sklearn.datasets import load_digits

    digits = load_digits()
    scans = np.round(digits.images * 255 / 16).astype(np.uint8).reshape(len(digits.images), -1)
    train_x, train_y, test_x, test_y, _ = ds.load_image_data()
    for images, labels in ((train_x, train_y), (test_x, test_y)):
        for image, label in zip(images[:20], labels[0, :20], strict=True):
            matches = np.flatnonzero((scans == image.ravel()).all(axis=1))
            assert matches.size and all(digits.target[matches] % 2 == 1 - label)
    assert len(train_x) + len(test_x) == len(digits.images)


def test_every_image_keeps_its_digit():
    """The stored digit is scikit-learn's target for that very scan, and the label is its parity."""
    from sklearn.datasets import load_digits

    digits = load_digits()
    scans = np.round(digits.images * 255 / 16).astype(np.uint8).reshape(len(digits.images), -1)
    train_x, train_y, test_x, test_y, _ = ds.load_image_data()
    train_digits, test_digits = ds.load_image_digits()
    assert train_digits.shape == train_y.shape and test_digits.shape == test_y.shape
    for images, labels, shown in ((train_x, train_y, train_digits), (test_x, test_y, test_digits)):
        np.testing.assert_array_equal(labels, (shown % 2 == 0).astype(labels.dtype))
        for image, digit in zip(images, shown[0], strict=True):
            matches = np.flatnonzero((scans == image.ravel()).all(axis=1))
            assert digit in digits.target[matches]
    every = np.concatenate([train_digits[0], test_digits[0]])
    np.testing.assert_array_equal(np.bincount(every), np.bincount(digits.target))


def test_load_planar_flower():
    X, Y = ds.load_planar_flower()
    check_points(X, 400)
    check_labels(Y, 400)
    assert Y.mean() == 0.5


def test_load_extra_planar_datasets():
    sets = ds.load_extra_planar_datasets()
    assert list(sets) == ["noisy_circles", "noisy_moons", "blobs", "gaussian_quantiles"]
    for X, Y in sets.values():
        check_points(X, 200)
        check_labels(Y, 200)


@pytest.mark.parametrize(
    "loader, m_train, m_test",
    [(ds.load_circles, 300, 100), (ds.load_overfit_2d, 200, 200), (ds.load_moons, 300, 100)],
)
def test_load_train_test_sets(loader, m_train, m_test):
    train_X, train_Y, test_X, test_Y = loader()
    check_points(train_X, m_train)
    check_labels(train_Y, m_train)
    check_points(test_X, m_test)
    check_labels(test_Y, m_test)
    assert not np.array_equal(train_X[:, :m_test], test_X), "test points should be fresh"


def test_environment_variable_moves_the_folder(tmp_path, monkeypatch):
    shutil.copy(COMMITTED / "moons.h5", tmp_path / "moons.h5")
    monkeypatch.setenv(ds.ENV_VAR, str(tmp_path))
    assert ds.data_dir() == tmp_path
    assert ds.load_moons()[0].shape == (2, 300)


# --- broken files -------------------------------------------------------------------------------


def assert_names_file_and_fix(err: pytest.ExceptionInfo, path: Path) -> None:
    message = str(err.value)
    assert str(path) in message, message
    assert REBUILD in message, message


def test_dataset_error_is_an_os_error():
    assert issubclass(ds.DatasetError, OSError)


@pytest.mark.parametrize("name, loader", ALL_LOADERS)
def test_missing_file(tmp_path, monkeypatch, name, loader):
    monkeypatch.setenv(ds.ENV_VAR, str(tmp_path))
    with pytest.raises(ds.DatasetError) as err:
        loader()
    assert_names_file_and_fix(err, tmp_path / name)
    assert "not found" in str(err.value)


@pytest.mark.parametrize("name, loader", ALL_LOADERS)
def test_garbage_file(tmp_path, monkeypatch, name, loader):
    (tmp_path / name).write_bytes(b"this is not an HDF5 file\n" * 40)
    monkeypatch.setenv(ds.ENV_VAR, str(tmp_path))
    with pytest.raises(ds.DatasetError) as err:
        loader()
    assert_names_file_and_fix(err, tmp_path / name)


@pytest.mark.parametrize("name, loader", ALL_LOADERS)
def test_truncated_file(tmp_path, monkeypatch, name, loader):
    data = (COMMITTED / name).read_bytes()
    (tmp_path / name).write_bytes(data[: len(data) // 2])
    monkeypatch.setenv(ds.ENV_VAR, str(tmp_path))
    with pytest.raises(ds.DatasetError) as err:
        loader()
    assert_names_file_and_fix(err, tmp_path / name)


def test_file_lacking_a_dataset(tmp_path, monkeypatch):
    path = tmp_path / "moons.h5"
    shutil.copy(COMMITTED / "moons.h5", path)
    with h5py.File(path, "a") as f:
        del f["test_Y"]
    monkeypatch.setenv(ds.ENV_VAR, str(tmp_path))
    with pytest.raises(ds.DatasetError, match="test_Y") as err:
        ds.load_moons()
    assert_names_file_and_fix(err, path)


def test_message_for_another_folder_gives_its_out_option(tmp_path, monkeypatch):
    monkeypatch.setenv(ds.ENV_VAR, str(tmp_path))
    with pytest.raises(ds.DatasetError, match=f"--out {tmp_path}"):
        ds.load_circles()
