"""Plain-data encoding between the grader and the student's verification process (no pickles).

Only these cross: None, bool, int, float, str, NumPy numeric arrays and scalars (sent as raw bytes
with dtype and shape, so values arrive bit for bit), and lists, tuples and dicts of those. Anything
else, such as an object with its own `__eq__`, is refused with a message that names its type.
Identity crosses too: one object under two names arrives as one object, and the arguments a
function changed in place come back as changes to the caller's own objects (not copies).
"""

from __future__ import annotations

import base64
import json
from typing import Any

import numpy as np

MAX_DEPTH = 20
ALLOWED_KINDS = "biufc"  # bool, int, uint, float, complex


class WireError(TypeError):
    """A value that cannot be sent as plain data."""


class _Encoder:
    """Encodes one message. Identity survives: an array, list, tuple or dict is numbered in the
    order first met, and met again it is sent as {"ref": i}, so two names for one object stay one
    object (`v = s = {}`). An object of `known` (the receiver's own objects, by their number in
    the message it sent) is marked {"same": k}: the receiver updates its own object in place."""

    def __init__(self, known: list | None):
        self.numbers: dict[int, int] = {}
        self.kept: list = []  # alive while encoding, so that ids stay unique
        self.known = {id(obj): k for k, obj in enumerate(known or [])}

    def encode(self, value: Any, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise WireError("the value is nested too deeply")
        if value is None or type(value) in (bool, int, str):
            return value
        if type(value) is float:
            return {"float": repr(value)}  # repr round-trips, including nan and inf
        if isinstance(value, np.generic):
            return self._array(value, scalar=True)
        if not isinstance(value, np.ndarray) and type(value) not in (list, tuple, dict):
            raise WireError(f"an object of type {type(value).__name__} cannot be checked: return "
                            "numbers, NumPy arrays, or lists, tuples and dicts of them")
        if id(value) in self.numbers:
            return {"ref": self.numbers[id(value)]}
        self.numbers[id(value)] = len(self.kept)
        self.kept.append(value)
        if isinstance(value, np.ndarray):
            data = self._array(value, scalar=False)
        elif type(value) is dict:
            data = {"dict": [[self.encode(k, depth + 1), self.encode(v, depth + 1)]
                             for k, v in value.items()]}
        else:
            items = [self.encode(v, depth + 1) for v in value]
            data = {"tuple": items} if type(value) is tuple else {"list": items}
        if id(value) in self.known:
            data["same"] = self.known[id(value)]
        return data

    @staticmethod
    def _array(value, *, scalar: bool) -> dict:
        array = np.asarray(value)
        if array.dtype.kind not in ALLOWED_KINDS:
            raise WireError(f"a NumPy array of dtype {array.dtype} cannot be checked")
        return {"nd": base64.b64encode(np.ascontiguousarray(array).tobytes()).decode("ascii"),
                "dtype": array.dtype.str, "shape": list(array.shape), "scalar": scalar}


def encode(value: Any, *, known: list | None = None) -> Any:
    """A JSON-ready form of `value`, or WireError. `known`: the receiver's objects (as `decode`
    numbered them in `registry`), which it is to update in place rather than replace."""
    return _Encoder(known).encode(value, 0)


def encode_numbered(value: Any) -> tuple[Any, list]:
    """`encode(value)`, and the arrays and containers of `value` in the order they were numbered
    (what to pass as `known` when decoding the answer about them)."""
    encoder = _Encoder(None)
    return encoder.encode(value, 0), encoder.kept


def decode(data: Any, *, registry: list | None = None, known: list | None = None) -> Any:
    """The value that `encode` encoded. `registry` receives the arrays and containers made, in
    the sender's numbering (to pass back as `known` when answering); `known`: this side's own
    objects, updated in place where the sender marked them "same"."""
    return _decode(data, [] if registry is None else registry, known or [])


def _decode(data: Any, registry: list, known: list) -> Any:
    if data is None or type(data) in (bool, int, str):
        return data
    if type(data) is not dict:
        raise WireError(f"unexpected data: {str(data)[:80]}")
    if "float" in data:
        return float(data["float"])
    if "ref" in data:
        found = registry[data["ref"]] if 0 <= data["ref"] < len(registry) else None
        if found is None:
            raise WireError("a reference to an object not yet received")
        return found
    if "nd" in data:
        dtype = np.dtype(data["dtype"])
        if dtype.kind not in ALLOWED_KINDS:
            raise WireError(f"dtype {dtype} is not allowed")
        array = np.frombuffer(base64.b64decode(data["nd"]), dtype=dtype).reshape(data["shape"]).copy()
        if data.get("scalar"):
            return array[()]
        own = _own(data, known, np.ndarray)
        if own is not None and own.shape == array.shape and own.flags.writeable:
            if not np.array_equal(own, array, equal_nan=True):
                own[...] = array.astype(own.dtype, copy=False)  # changed in place by the callee
            array = own
        registry.append(array)
        return array
    index = len(registry)
    registry.append(None)  # taken now, so that the children may refer to this container
    if "tuple" in data:
        value = tuple(_decode(v, registry, known) for v in data["tuple"])
    elif "list" in data:
        value = _own(data, known, list)
        value = value if value is not None else []
        registry[index] = value
        value[:] = [_decode(v, registry, known) for v in data["list"]]
    elif "dict" in data:
        value = _own(data, known, dict)
        value = value if value is not None else {}
        registry[index] = value
        items = [(_decode(k, registry, known), _decode(v, registry, known)) for k, v in data["dict"]]
        value.clear()
        value.update(items)
    else:
        raise WireError(f"unexpected data: {str(data)[:80]}")
    registry[index] = value
    return value


def _own(data: dict, known: list, kind: type):
    """This side's object that the sender marked as the same, if it is of the right kind."""
    k = data.get("same")
    if isinstance(k, int) and 0 <= k < len(known) and type(known[k]) is kind:
        return known[k]
    return None


def dumps(message: dict) -> str:
    return json.dumps(message, allow_nan=False)


def loads(line: str) -> dict:
    return json.loads(line)
