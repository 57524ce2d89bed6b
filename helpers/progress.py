"""Progress bars for the notebooks' long ungraded cells: training runs and sweeps.

``progress`` is a thin wrapper around ``tqdm.auto``: inside a Jupyter kernel it draws tqdm's
notebook bar (an ipywidgets progress bar, which a front end without widgets shows as one line of
text), anywhere else a text bar on stderr. Only cells tagged ``skip-grading`` use it -- never a
graded cell, nor code a graded cell calls -- so grading output stays quiet.

tqdm reads ``TQDM_*`` environment variables as defaults: ``TQDM_DISABLE=1`` turns every bar off.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from tqdm.auto import tqdm

T = TypeVar("T")

__all__ = ["progress"]


def progress(iterable: Iterable[T] | None = None, desc: str | None = None,
             total: int | None = None, *, leave: bool = True, **options: Any) -> tqdm:
    """A progress bar over ``iterable``, or a manual one (``bar.update()``) when it is None.

    Arguments:
    iterable -- what to loop over; its items are passed through unchanged
    desc -- a short label shown left of the bar, e.g. "learning rates"
    total -- the number of steps; taken from ``len(iterable)`` when it has one
    leave -- keep the finished bar on screen (False: it disappears when done)
    options -- any other keyword of ``tqdm`` (``unit``, ``mininterval``, ...)

    Returns:
    bar -- a tqdm bar: iterate over it, or use it as a context manager and call
           ``bar.update()`` after each step
    """
    return tqdm(iterable, desc=desc, total=total, leave=leave, **options)
