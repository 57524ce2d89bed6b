"""Wrong and correct implementations of the graded functions of C2W1A2 (regularization).

Each string is the complete replacement source of the solution cell whose grade_id is the key: a
single ``def`` that relies only on the notebook's imports cell (``np``, ``compute_cost``, ``relu``,
``sigmoid``; ``shift_images`` needs only ``np``). Every WRONG entry must lose the points of its own
function and no others; every CORRECT entry must pass every graded test cell. The forward pass with
dropout is checked by its properties (``helpers.property_checks.check_dropout_forward``: binary
masks of the right shape, about keep_prob of the units kept, activations consistent with the cache's
masks and scaled by 1 / keep_prob, new masks at each call), in the visible and in the hidden checks,
so any correct way of drawing passes, for example ``np.random.rand(...) > 1 - keep_prob``. The
backward pass gets a cache with fixed masks: it is checked for using them
(``check_dropout_backward``) and compared with the answer key. The shifted images of
``shift_images`` are compared with the answer key's.
"""

from textwrap import dedent


def _src(text: str) -> str:
    return dedent(text).lstrip("\n")


def _edit(source: str, *replacements: tuple[str, str]) -> str:
    """source with each (old, new) replaced once; old must occur exactly once."""
    for old, new in replacements:
        assert source.count(old) == 1, (old, source)
        source = source.replace(old, new)
    return source


COST = _src("""
    def compute_cost_with_regularization(A3, Y, parameters, lambd):
        m = Y.shape[1]
        W1 = parameters["W1"]
        W2 = parameters["W2"]
        W3 = parameters["W3"]
        cross_entropy_cost = compute_cost(A3, Y)
        L2_regularization_cost = lambd / (2 * m) * (np.sum(np.square(W1)) + np.sum(np.square(W2))
                                                    + np.sum(np.square(W3)))
        cost = cross_entropy_cost + L2_regularization_cost
        return cost
    """)

BACKWARD_L2 = _src("""
    def backward_propagation_with_regularization(X, Y, cache, lambd):
        m = X.shape[1]
        (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) = cache
        dZ3 = A3 - Y
        dW3 = 1 / m * dZ3 @ A2.T + lambd / m * W3
        db3 = 1 / m * np.sum(dZ3, axis=1, keepdims=True)
        dA2 = W3.T @ dZ3
        dZ2 = dA2 * (A2 > 0)
        dW2 = 1 / m * dZ2 @ A1.T + lambd / m * W2
        db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)
        dA1 = W2.T @ dZ2
        dZ1 = dA1 * (A1 > 0)
        dW1 = 1 / m * dZ1 @ X.T + lambd / m * W1
        db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)
        return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2,
                "db2": db2, "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}
    """)

FORWARD_DROPOUT = _src("""
    def forward_propagation_with_dropout(X, parameters, keep_prob=0.5):
        W1 = parameters["W1"]
        b1 = parameters["b1"]
        W2 = parameters["W2"]
        b2 = parameters["b2"]
        W3 = parameters["W3"]
        b3 = parameters["b3"]
        Z1 = W1 @ X + b1
        A1 = relu(Z1)
        D1 = np.random.rand(A1.shape[0], A1.shape[1])
        D1 = (D1 < keep_prob).astype(int)
        A1 = A1 * D1
        A1 = A1 / keep_prob
        Z2 = W2 @ A1 + b2
        A2 = relu(Z2)
        D2 = np.random.rand(A2.shape[0], A2.shape[1])
        D2 = (D2 < keep_prob).astype(int)
        A2 = A2 * D2
        A2 = A2 / keep_prob
        Z3 = W3 @ A2 + b3
        A3 = sigmoid(Z3)
        cache = (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3)
        return A3, cache
    """)

BACKWARD_DROPOUT = _src("""
    def backward_propagation_with_dropout(X, Y, cache, keep_prob):
        m = X.shape[1]
        (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3) = cache
        dZ3 = A3 - Y
        dW3 = 1 / m * dZ3 @ A2.T
        db3 = 1 / m * np.sum(dZ3, axis=1, keepdims=True)
        dA2 = W3.T @ dZ3
        dA2 = dA2 * D2
        dA2 = dA2 / keep_prob
        dZ2 = dA2 * (A2 > 0)
        dW2 = 1 / m * dZ2 @ A1.T
        db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)
        dA1 = W2.T @ dZ2
        dA1 = dA1 * D1
        dA1 = dA1 / keep_prob
        dZ1 = dA1 * (A1 > 0)
        dW1 = 1 / m * dZ1 @ X.T
        db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)
        return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2,
                "db2": db2, "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}
    """)

SHIFT = _src("""
    def shift_images(images, dy, dx):
        m, h, w = images.shape
        shifted = np.zeros_like(images)
        shifted[:, max(dy, 0):h + min(dy, 0), max(dx, 0):w + min(dx, 0)] = \\
            images[:, max(-dy, 0):h + min(-dy, 0), max(-dx, 0):w + min(-dx, 0)]
        return shifted
    """)


WRONG = {
    "compute_cost_with_regularization": {
        "forgot the 1/2: lambd / m": _edit(COST, ("lambd / (2 * m)", "lambd / m")),
        "forgot the m: lambd / 2": _edit(COST, ("lambd / (2 * m)", "lambd / 2")),
        "penalizes the biases too": _edit(
            COST, ("+ np.sum(np.square(W3)))",
                   "+ np.sum(np.square(W3)) + sum(np.sum(np.square(parameters[f'b{l}']))"
                   " for l in (1, 2, 3)))")),
        "sum of the weights instead of the sum of their squares": _edit(
            COST, ("(np.sum(np.square(W1)) + np.sum(np.square(W2))",
                   "(np.sum(W1) + np.sum(W2)"), ("+ np.sum(np.square(W3)))", "+ np.sum(W3))")),
        "forgot W3": _edit(COST, ("+ np.sum(np.square(W3)))", ")")),
        "Frobenius norm without the square": _edit(
            COST, ("(np.sum(np.square(W1)) + np.sum(np.square(W2))",
                   "(np.linalg.norm(W1) + np.linalg.norm(W2)"),
            ("+ np.sum(np.square(W3)))", "+ np.linalg.norm(W3))")),
    },
    "backward_propagation_with_regularization": {
        "lambd * W without dividing by m": _edit(
            BACKWARD_L2, ("lambd / m * W3", "lambd * W3"), ("lambd / m * W2", "lambd * W2"),
            ("lambd / m * W1", "lambd * W1")),
        "lambd / (2 m) * W, the factor of the cost": _edit(
            BACKWARD_L2, ("lambd / m * W3", "lambd / (2 * m) * W3"),
            ("lambd / m * W2", "lambd / (2 * m) * W2"), ("lambd / m * W1", "lambd / (2 * m) * W1")),
        "term added to dW3 only": _edit(
            BACKWARD_L2, (" + lambd / m * W2", ""), (" + lambd / m * W1", "")),
        "biases regularized too": _edit(
            BACKWARD_L2,
            ("db3 = 1 / m * np.sum(dZ3, axis=1, keepdims=True)",
             "db3 = 1 / m * np.sum(dZ3, axis=1, keepdims=True) + lambd / m * b3"),
            ("db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)",
             "db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True) + lambd / m * b2"),
            ("db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)",
             "db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True) + lambd / m * b1")),
        "term subtracted instead of added": _edit(
            BACKWARD_L2, ("+ lambd / m * W3", "- lambd / m * W3"),
            ("+ lambd / m * W2", "- lambd / m * W2"), ("+ lambd / m * W1", "- lambd / m * W1")),
        "forgot the 1/m of the cross-entropy part": _edit(
            BACKWARD_L2, ("dW3 = 1 / m * dZ3 @ A2.T", "dW3 = dZ3 @ A2.T"),
            ("dW2 = 1 / m * dZ2 @ A1.T", "dW2 = dZ2 @ A1.T"),
            ("dW1 = 1 / m * dZ1 @ X.T", "dW1 = dZ1 @ X.T")),
        "the activation instead of the ReLU slope: dZ = dA * A": _edit(
            BACKWARD_L2, ("dZ2 = dA2 * (A2 > 0)", "dZ2 = dA2 * A2"),
            ("dZ1 = dA1 * (A1 > 0)", "dZ1 = dA1 * A1")),
        "db summed over the wrong axis: axis=0": _edit(
            BACKWARD_L2, ("np.sum(dZ3, axis=1,", "np.sum(dZ3, axis=0,"),
            ("np.sum(dZ2, axis=1,", "np.sum(dZ2, axis=0,"),
            ("np.sum(dZ1, axis=1,", "np.sum(dZ1, axis=0,")),
        "db without keepdims: rank-1": _edit(
            BACKWARD_L2, ("np.sum(dZ3, axis=1, keepdims=True)", "np.sum(dZ3, axis=1)"),
            ("np.sum(dZ2, axis=1, keepdims=True)", "np.sum(dZ2, axis=1)"),
            ("np.sum(dZ1, axis=1, keepdims=True)", "np.sum(dZ1, axis=1)")),
    },
    "forward_propagation_with_dropout": {
        "forgot to divide the kept units by keep_prob": _edit(
            FORWARD_DROPOUT, ("    A1 = A1 / keep_prob\n", ""),
            ("    A2 = A2 / keep_prob\n", "")),
        "mask keeps 1 - keep_prob of the units: rand < 1 - keep_prob": _edit(
            FORWARD_DROPOUT, ("D1 = (D1 < keep_prob)", "D1 = (D1 < 1 - keep_prob)"),
            ("D2 = (D2 < keep_prob)", "D2 = (D2 < 1 - keep_prob)")),
        "mask drawn with np.random.randn instead of rand": _edit(
            FORWARD_DROPOUT, ("D1 = np.random.rand(", "D1 = np.random.randn("),
            ("D2 = np.random.rand(", "D2 = np.random.randn(")),
        "multiplies the kept units by keep_prob": _edit(
            FORWARD_DROPOUT, ("A1 = A1 / keep_prob", "A1 = A1 * keep_prob"),
            ("A2 = A2 / keep_prob", "A2 = A2 * keep_prob")),
        "dropout on the output layer too": _edit(
            FORWARD_DROPOUT,
            ("    A3 = sigmoid(Z3)\n",
             "    A3 = sigmoid(Z3)\n"
             "    A3 = A3 * (np.random.rand(*A3.shape) < keep_prob) / keep_prob\n")),
        "caches A1 and A2 from before dropout": _edit(
            FORWARD_DROPOUT,
            ("    A1 = A1 * D1\n    A1 = A1 / keep_prob\n    Z2 = W2 @ A1 + b2\n",
             "    Z2 = W2 @ (A1 * D1 / keep_prob) + b2\n"),
            ("    A2 = A2 * D2\n    A2 = A2 / keep_prob\n    Z3 = W3 @ A2 + b3\n",
             "    Z3 = W3 @ (A2 * D2 / keep_prob) + b3\n")),
        "seed set inside: the same masks at every call": _edit(
            FORWARD_DROPOUT,
            ("    Z1 = W1 @ X + b1\n", "    np.random.seed(1)\n    Z1 = W1 @ X + b1\n")),
        "mask of shape (n_l, 1): one draw per unit for all examples": _edit(
            FORWARD_DROPOUT,
            ("np.random.rand(A1.shape[0], A1.shape[1])", "np.random.rand(A1.shape[0], 1)"),
            ("np.random.rand(A2.shape[0], A2.shape[1])", "np.random.rand(A2.shape[0], 1)")),
    },
    "backward_propagation_with_dropout": {
        "draws a fresh mask instead of using the one in the cache": _edit(
            BACKWARD_DROPOUT,
            ("    dA2 = dA2 * D2\n",
             "    dA2 = dA2 * (np.random.rand(*dA2.shape) < keep_prob)\n"),
            ("    dA1 = dA1 * D1\n",
             "    dA1 = dA1 * (np.random.rand(*dA1.shape) < keep_prob)\n")),
        "forgot to divide by keep_prob": _edit(
            BACKWARD_DROPOUT, ("    dA2 = dA2 / keep_prob\n", ""),
            ("    dA1 = dA1 / keep_prob\n", "")),
        "multiplies by keep_prob instead of dividing": _edit(
            BACKWARD_DROPOUT, ("dA2 = dA2 / keep_prob", "dA2 = dA2 * keep_prob"),
            ("dA1 = dA1 / keep_prob", "dA1 = dA1 * keep_prob")),
        "forgot the masks, only divides by keep_prob": _edit(
            BACKWARD_DROPOUT, ("    dA2 = dA2 * D2\n", ""), ("    dA1 = dA1 * D1\n", "")),
        "mask and scaling on dA2 only, not on dA1": _edit(
            BACKWARD_DROPOUT, ("    dA1 = dA1 * D1\n    dA1 = dA1 / keep_prob\n", "")),
        "forgot the 1/m in dW": _edit(
            BACKWARD_DROPOUT, ("dW3 = 1 / m * dZ3 @ A2.T", "dW3 = dZ3 @ A2.T"),
            ("dW2 = 1 / m * dZ2 @ A1.T", "dW2 = dZ2 @ A1.T"),
            ("dW1 = 1 / m * dZ1 @ X.T", "dW1 = dZ1 @ X.T")),
        "a fixed seed and a new mask in backward": _edit(
            BACKWARD_DROPOUT,
            ("    dA2 = dA2 * D2\n",
             "    np.random.seed(1)\n"
             "    dA2 = dA2 * (np.random.rand(*dA2.shape) < keep_prob)\n"),
            ("    dA1 = dA1 * D1\n",
             "    dA1 = dA1 * (np.random.rand(*dA1.shape) < keep_prob)\n")),
    },
    "shift_images": {
        "np.roll: the pixels that leave come back on the other side": _src("""
            def shift_images(images, dy, dx):
                m, h, w = images.shape
                shifted = np.roll(images, (dy, dx), axis=(1, 2))
                return shifted
            """),
        "shifted the other way: images[k, i + dy, j + dx]": _edit(
            SHIFT, ("shifted[:, max(dy, 0):h + min(dy, 0), max(dx, 0):w + min(dx, 0)]",
                    "shifted[:, max(-dy, 0):h + min(-dy, 0), max(-dx, 0):w + min(-dx, 0)]"),
            ("images[:, max(-dy, 0):h + min(-dy, 0), max(-dx, 0):w + min(-dx, 0)]",
             "images[:, max(dy, 0):h + min(dy, 0), max(dx, 0):w + min(dx, 0)]")),
        "dy moves columns and dx rows": _edit(
            SHIFT, ("shifted[:, max(dy, 0):h + min(dy, 0), max(dx, 0):w + min(dx, 0)]",
                    "shifted[:, max(dx, 0):h + min(dx, 0), max(dy, 0):w + min(dy, 0)]"),
            ("images[:, max(-dy, 0):h + min(-dy, 0), max(-dx, 0):w + min(-dx, 0)]",
             "images[:, max(-dx, 0):h + min(-dx, 0), max(-dy, 0):w + min(-dy, 0)]")),
        "starts from a copy: the uncovered strip keeps the old pixels": _edit(
            SHIFT, ("shifted = np.zeros_like(images)", "shifted = images.copy()")),
        "slices written for positive shifts only": _src("""
            def shift_images(images, dy, dx):
                m, h, w = images.shape
                shifted = np.zeros_like(images)
                shifted[:, dy:, dx:] = images[:, :h - dy, :w - dx]
                return shifted
            """),
    },
}


CORRECT = {
    "compute_cost_with_regularization": {
        "squared Frobenius norms with np.linalg.norm": _edit(
            COST, ("(np.sum(np.square(W1)) + np.sum(np.square(W2))",
                   "(np.linalg.norm(W1) ** 2 + np.linalg.norm(W2, 'fro') ** 2"),
            ("+ np.sum(np.square(W3)))", "+ np.linalg.norm(W3) ** 2)")),
        "a loop over the layers, a Python float": _src("""
            def compute_cost_with_regularization(A3, Y, parameters, lambd):
                m = Y.shape[1]
                squares = sum(float(np.sum(parameters[f"W{l}"] * parameters[f"W{l}"]))
                              for l in (1, 2, 3))
                return float(compute_cost(A3, Y) + lambd * squares / (2 * m))
            """),
    },
    "backward_propagation_with_regularization": {
        "np.dot and lambd * W / m": _src("""
            def backward_propagation_with_regularization(X, Y, cache, lambd):
                m = X.shape[1]
                (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) = cache
                dZ3 = A3 - Y
                dW3 = (np.dot(dZ3, A2.T) + lambd * W3) / m
                db3 = np.sum(dZ3, axis=1, keepdims=True) / m
                dA2 = np.dot(W3.T, dZ3)
                dZ2 = np.multiply(dA2, np.int64(A2 > 0))
                dW2 = (np.dot(dZ2, A1.T) + lambd * W2) / m
                db2 = np.sum(dZ2, axis=1, keepdims=True) / m
                dA1 = np.dot(W2.T, dZ2)
                dZ1 = np.multiply(dA1, np.int64(A1 > 0))
                dW1 = (np.dot(dZ1, X.T) + lambd * W1) / m
                db1 = np.sum(dZ1, axis=1, keepdims=True) / m
                return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2,
                        "db2": db2, "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}
            """),
        "ReLU slope from Z > 0": _edit(
            BACKWARD_L2, ("dZ2 = dA2 * (A2 > 0)", "dZ2 = np.where(Z2 > 0, dA2, 0.0)"),
            ("dZ1 = dA1 * (A1 > 0)", "dZ1 = np.where(Z1 > 0, dA1, 0.0)")),
    },
    "forward_propagation_with_dropout": {
        "mask drawn with > 1 - keep_prob": _edit(
            FORWARD_DROPOUT, ("D1 = (D1 < keep_prob)", "D1 = (D1 > 1 - keep_prob)"),
            ("D2 = (D2 < keep_prob)", "D2 = (D2 > 1 - keep_prob)")),
        "np.random.binomial masks, np.multiply and np.divide": _edit(
            FORWARD_DROPOUT,
            ("    D1 = np.random.rand(A1.shape[0], A1.shape[1])\n"
             "    D1 = (D1 < keep_prob).astype(int)\n"
             "    A1 = A1 * D1\n    A1 = A1 / keep_prob\n",
             "    D1 = np.random.binomial(1, keep_prob, size=A1.shape)\n"
             "    A1 = np.divide(np.multiply(A1, D1), keep_prob)\n"),
            ("    D2 = np.random.rand(A2.shape[0], A2.shape[1])\n"
             "    D2 = (D2 < keep_prob).astype(int)\n"
             "    A2 = A2 * D2\n    A2 = A2 / keep_prob\n",
             "    D2 = np.random.binomial(1, keep_prob, size=A2.shape)\n"
             "    A2 = np.divide(np.multiply(A2, D2), keep_prob)\n")),
        "boolean masks from a new Generator": _edit(
            FORWARD_DROPOUT,
            ("    D1 = np.random.rand(A1.shape[0], A1.shape[1])\n"
             "    D1 = (D1 < keep_prob).astype(int)\n",
             "    rng = np.random.default_rng()\n"
             "    D1 = rng.random(A1.shape) < keep_prob\n"),
            ("    D2 = np.random.rand(A2.shape[0], A2.shape[1])\n"
             "    D2 = (D2 < keep_prob).astype(int)\n",
             "    D2 = rng.random(A2.shape) < keep_prob\n")),
    },
    "backward_propagation_with_dropout": {
        "np.multiply, np.dot and one line per mask": _src("""
            def backward_propagation_with_dropout(X, Y, cache, keep_prob):
                m = X.shape[1]
                (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3) = cache
                dZ3 = A3 - Y
                dW3 = np.dot(dZ3, A2.T) / m
                db3 = np.sum(dZ3, axis=1, keepdims=True) / m
                dA2 = np.multiply(np.dot(W3.T, dZ3), D2) / keep_prob
                dZ2 = np.multiply(dA2, np.int64(A2 > 0))
                dW2 = np.dot(dZ2, A1.T) / m
                db2 = np.sum(dZ2, axis=1, keepdims=True) / m
                dA1 = np.multiply(np.dot(W2.T, dZ2), D1) / keep_prob
                dZ1 = np.multiply(dA1, np.int64(A1 > 0))
                dW1 = np.dot(dZ1, X.T) / m
                db1 = np.sum(dZ1, axis=1, keepdims=True) / m
                return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2, "dZ2": dZ2, "dW2": dW2,
                        "db2": db2, "dA1": dA1, "dZ1": dZ1, "dW1": dW1, "db1": db1}
            """),
        "ReLU slope from Z > 0 (the mask already zeroes dropped units)": _edit(
            BACKWARD_DROPOUT, ("dZ2 = dA2 * (A2 > 0)", "dZ2 = dA2 * (Z2 > 0)"),
            ("dZ1 = dA1 * (A1 > 0)", "dZ1 = dA1 * (Z1 > 0)")),
    },
    "shift_images": {
        "np.roll with the uncovered strip set to zero": _src("""
            def shift_images(images, dy, dx):
                m, h, w = images.shape
                shifted = np.roll(images, (dy, dx), axis=(1, 2))
                if dy > 0:
                    shifted[:, :dy, :] = 0
                elif dy < 0:
                    shifted[:, dy:, :] = 0
                if dx > 0:
                    shifted[:, :, :dx] = 0
                elif dx < 0:
                    shifted[:, :, dx:] = 0
                return shifted
            """),
        "np.pad with zeros, then a window of the padded images": _src("""
            def shift_images(images, dy, dx):
                m, h, w = images.shape
                py, px = abs(dy), abs(dx)
                padded = np.pad(images, ((0, 0), (py, py), (px, px)))
                return padded[:, py - dy:py - dy + h, px - dx:px - dx + w]
            """),
        "a loop over the pixels of the result, float zeros": _src("""
            def shift_images(images, dy, dx):
                m, h, w = images.shape
                shifted = np.zeros((m, h, w))
                for i in range(h):
                    for j in range(w):
                        if 0 <= i - dy < h and 0 <= j - dx < w:
                            shifted[:, i, j] = images[:, i - dy, j - dx]
                return shifted
            """),
    },
}


# words that the hint of the failing graded cell must show, for these WRONG entries

# The hint a learner reads when their output equals what the WRONG entry of the same
# description gives (visible checks: through checks.json; hidden checks: in the grader). Where a
# property checker of helpers.property_checks finds the mistake first (every dropout forward
# mistake, and a backward pass that ignores the cache's masks), it names it with the same sentence.
HINTS = {
    "compute_cost_with_regularization": {
        "forgot the 1/2: lambd / m":
            "the 1/2 is missing: the L2 term is lambd / (2 * m) * (np.sum(np.square(W1)) + "
            "np.sum(np.square(W2)) + np.sum(np.square(W3)))",
        "forgot the m: lambd / 2":
            "the division by m is missing: the L2 term is lambd / (2 * m) * (sum of the squared "
            "weights)",
        "penalizes the biases too":
            "only the weights are penalized, not the biases: the L2 term sums np.square(W1), "
            "np.square(W2) and np.square(W3)",
        "sum of the weights instead of the sum of their squares":
            "square the weights before adding them up: np.sum(np.square(W1)), not np.sum(W1)",
        "forgot W3":
            "W3 is missing: the L2 term adds the squared weights of every layer, "
            "np.sum(np.square(W1)) + np.sum(np.square(W2)) + np.sum(np.square(W3))",
        "Frobenius norm without the square":
            "the penalty uses the squared norm: np.sum(np.square(W)) or np.linalg.norm(W) ** 2, "
            "not np.linalg.norm(W)",
    },
    "backward_propagation_with_regularization": {
        "lambd * W without dividing by m":
            "the regularization term is missing its division by m: "
            "dW[l] = 1/m * dZ[l] @ A[l-1].T + lambd / m * W[l]",
        "lambd / (2 m) * W, the factor of the cost":
            "the gradient of lambd / (2 * m) * ||W||^2 is lambd / m * W, without the 1/2: "
            "dW[l] = 1/m * dZ[l] @ A[l-1].T + lambd / m * W[l]",
        "term added to dW3 only":
            "every layer gets the regularization term, not only the last: "
            "dW[l] = 1/m * dZ[l] @ A[l-1].T + lambd / m * W[l] for l = 1, 2, 3",
        "biases regularized too":
            "the biases are not regularized: db[l] = 1/m * np.sum(dZ[l], axis=1, keepdims=True), "
            "without a lambd term",
        "term subtracted instead of added":
            "the regularization term is added, not subtracted: "
            "dW[l] = 1/m * dZ[l] @ A[l-1].T + lambd / m * W[l]",
        "forgot the 1/m of the cross-entropy part":
            "the 1/m of the cross-entropy part is missing: "
            "dW[l] = 1/m * dZ[l] @ A[l-1].T + lambd / m * W[l]",
        "the activation instead of the ReLU slope: dZ = dA * A":
            "this multiplies by the activation A[l], not by the slope of ReLU: "
            "dZ[l] = dA[l] * (A[l] > 0)",
        "db summed over the wrong axis: axis=0":
            "db sums over the examples, the columns of dZ: "
            "db[l] = 1/m * np.sum(dZ[l], axis=1, keepdims=True)",
        "db without keepdims: rank-1":
            "without keepdims=True, db is a rank-1 array: "
            "db[l] = 1/m * np.sum(dZ[l], axis=1, keepdims=True) keeps the column shape (n_l, 1)",
    },
    "forward_propagation_with_dropout": {
        "forgot to divide the kept units by keep_prob":
            "A1 = A1 * D1 / keep_prob keeps the expected value of each unit unchanged",
        "mask keeps 1 - keep_prob of the units: rand < 1 - keep_prob":
            "keep a unit where a uniform random number in [0, 1) is below keep_prob: "
            "np.random.rand(...) < keep_prob",
        "mask drawn with np.random.randn instead of rand":
            "keep a unit where a uniform random number in [0, 1) is below keep_prob: "
            "np.random.rand(...) < keep_prob",
        "multiplies the kept units by keep_prob":
            "divide them by keep_prob: A1 = A1 * D1 / keep_prob",
        "caches A1 and A2 from before dropout":
            "apply the mask and the scaling, A1 = A1 * D1 / keep_prob, and cache this A1",
        "seed set inside: the same masks at every call":
            "draw new masks at every call (and don't set a seed inside the function): dropout "
            "removes different units at every iteration",
        "mask of shape (n_l, 1): one draw per unit for all examples":
            "np.random.rand(A1.shape[0], A1.shape[1])",
    },
    "backward_propagation_with_dropout": {
        "draws a fresh mask instead of using the one in the cache":
            "unpack D1 and D2 from the cache and use them: dA2 = dA2 * D2 / keep_prob, "
            "dA1 = dA1 * D1 / keep_prob",
        "forgot to divide by keep_prob":
            "the kept units of dA2 are not divided by keep_prob: dA2 = dA2 * D2 / keep_prob, as "
            "in the forward pass",
        "multiplies by keep_prob instead of dividing":
            "the kept units of dA2 are multiplied by keep_prob; divide them by it: "
            "dA2 = dA2 * D2 / keep_prob",
        "forgot the masks, only divides by keep_prob":
            "a dropped unit gets no gradient: dA2 = dA2 * D2 / keep_prob, with the mask D2 from "
            "the cache",
        "mask and scaling on dA2 only, not on dA1":
            "a dropped unit gets no gradient: dA1 = dA1 * D1 / keep_prob, with the mask D1 from "
            "the cache",
        "a fixed seed and a new mask in backward":
            "a dropped unit gets no gradient: dA2 = dA2 * D2 / keep_prob, with the mask D2 from "
            "the cache",
        "forgot the 1/m in dW":
            "dW[l] = 1/m * dZ[l] @ A[l-1].T: the gradients average over the m examples",
    },
    "shift_images": {
        "np.roll: the pixels that leave come back on the other side":
            "np.roll wraps around: the pixels that leave on one side come back on the other. "
            "Start from np.zeros_like(images) and copy only the part that stays in the picture",
        "shifted the other way: images[k, i + dy, j + dx]":
            "the images moved the wrong way: dy = 1 moves them down, so shifted[k, i, j] = "
            "images[k, i - dy, j - dx] (the result's rows start at max(dy, 0))",
        "dy moves columns and dx rows":
            "dy moves the rows (axis 1) and dx the columns (axis 2): shifted[:, rows, columns]",
        "starts from a copy: the uncovered strip keeps the old pixels":
            "the strip uncovered by the shift must be 0: start from np.zeros_like(images), "
            "not from a copy of the images",
    },
}
