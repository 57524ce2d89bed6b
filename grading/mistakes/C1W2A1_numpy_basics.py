"""Wrong and correct implementations of the graded functions of C1W2A1 (Python and NumPy basics).

Each string is the complete replacement source of the solution cell whose grade_id is the key: a
single ``def`` that relies only on the notebook's imports cell (``np``, ``math``) and on the other
graded functions. Every WRONG entry must lose the points of its own function and no others; every
CORRECT entry must pass every graded test cell.
"""

from textwrap import dedent


def _src(text: str) -> str:
    return dedent(text).lstrip("\n")


WRONG = {
    "sigmoid": {
        "forgot the minus sign: 1 / (1 + exp(x))": _src("""
            def sigmoid(x):
                return 1 / (1 + np.exp(x))
            """),
        "math.exp, which only takes single numbers": _src("""
            def sigmoid(x):
                s = 1 / (1 + math.exp(-x))
                return s
            """),
        "returns exp(-x) / (1 + exp(-x)), which is 1 - sigmoid(x)": _src("""
            def sigmoid(x):
                return np.exp(-x) / (1 + np.exp(-x))
            """),
        "minus in the denominator: 1 / (1 - exp(-x))": _src("""
            def sigmoid(x):
                return 1 / (1 - np.exp(-x))
            """),
        "tanh identity without halving x": _src("""
            def sigmoid(x):
                return 0.5 * (1 + np.tanh(x))
            """),
    },
    "sigmoid_derivative": {
        "s * (1 + s)": _src("""
            def sigmoid_derivative(x):
                s = sigmoid(x)
                ds = s * (1 + s)
                return ds
            """),
        "returns the sigmoid itself": _src("""
            def sigmoid_derivative(x):
                s = sigmoid(x)
                return s
            """),
        "formula applied to x instead of sigmoid(x): x * (1 - x)": _src("""
            def sigmoid_derivative(x):
                ds = x * (1 - x)
                return ds
            """),
        "returns 1 - sigmoid(x)": _src("""
            def sigmoid_derivative(x):
                return 1 - sigmoid(x)
            """),
        "squares only s: s ** 2 * (1 - s)": _src("""
            def sigmoid_derivative(x):
                s = sigmoid(x)
                return s ** 2 * (1 - s)
            """),
    },
    "image2vector": {
        "reshape(-1): a rank-1 array of shape (n,)": _src("""
            def image2vector(image):
                return image.reshape(-1)
            """),
        "a row of shape (1, n) instead of a column": _src("""
            def image2vector(image):
                return image.reshape(1, -1)
            """),
        "transposed before reshaping: the numbers in the wrong order": _src("""
            def image2vector(image):
                return image.T.reshape(-1, 1)
            """),
        "column-major (Fortran) order": _src("""
            def image2vector(image):
                length, height, depth = image.shape
                return image.reshape(length * height * depth, 1, order="F")
            """),
        "keeps the first axis: reshape(length, -1)": _src("""
            def image2vector(image):
                return image.reshape(image.shape[0], -1)
            """),
        "only length * height rows, one column per channel": _src("""
            def image2vector(image):
                length, height, depth = image.shape
                return image.reshape(length * height, depth)
            """),
    },
    "normalize_rows": {
        "norm without keepdims: shape (n,) does not broadcast as a column": _src("""
            def normalize_rows(x):
                x_norm = np.linalg.norm(x, axis=1)
                return x / x_norm
            """),
        "norms of the columns (axis=0)": _src("""
            def normalize_rows(x):
                x_norm = np.linalg.norm(x, axis=0, keepdims=True)
                return x / x_norm
            """),
        "divides by the squared norm (no square root)": _src("""
            def normalize_rows(x):
                x_norm = np.sum(x ** 2, axis=1, keepdims=True)
                return x / x_norm
            """),
        "divides by the L1 norm, the sum of absolute values": _src("""
            def normalize_rows(x):
                x_norm = np.sum(np.abs(x), axis=1, keepdims=True)
                return x / x_norm
            """),
        "divides by the norm of the whole matrix": _src("""
            def normalize_rows(x):
                return x / np.linalg.norm(x)
            """),
    },
    "softmax": {
        "sums over the columns (axis=0)": _src("""
            def softmax(x):
                x_exp = np.exp(x)
                x_sum = np.sum(x_exp, axis=0, keepdims=True)
                return x_exp / x_sum
            """),
        "no normalization: returns exp(x)": _src("""
            def softmax(x):
                return np.exp(x)
            """),
        "row sums without keepdims": _src("""
            def softmax(x):
                x_exp = np.exp(x)
                x_sum = np.sum(x_exp, axis=1)
                return x_exp / x_sum
            """),
        "divides by the sum over the whole matrix": _src("""
            def softmax(x):
                x_exp = np.exp(x)
                return x_exp / np.sum(x_exp)
            """),
        "divides the scores, not their exponentials": _src("""
            def softmax(x):
                return x / np.sum(np.exp(x), axis=1, keepdims=True)
            """),
    },
    "L1": {
        "no absolute value: the differences cancel": _src("""
            def L1(yhat, y):
                return np.sum(y - yhat)
            """),
        "mean instead of sum": _src("""
            def L1(yhat, y):
                return np.mean(np.abs(y - yhat))
            """),
        "absolute value of the sum": _src("""
            def L1(yhat, y):
                return np.abs(np.sum(y - yhat))
            """),
        "squared differences (that is L2)": _src("""
            def L1(yhat, y):
                return np.sum((y - yhat) ** 2)
            """),
        "returns the vector of absolute differences, not their sum": _src("""
            def L1(yhat, y):
                return np.abs(y - yhat)
            """),
    },
    "L2": {
        "square root: the Euclidean distance np.linalg.norm": _src("""
            def L2(yhat, y):
                return np.linalg.norm(y - yhat)
            """),
        "without the square: sum of the differences": _src("""
            def L2(yhat, y):
                return np.sum(y - yhat)
            """),
        "square of the sum, not sum of the squares": _src("""
            def L2(yhat, y):
                return np.sum(y - yhat) ** 2
            """),
        "mean instead of sum": _src("""
            def L2(yhat, y):
                return np.mean((y - yhat) ** 2)
            """),
        "absolute values instead of squares (that is L1)": _src("""
            def L2(yhat, y):
                return np.sum(np.abs(y - yhat))
            """),
    },
}

CORRECT = {
    "sigmoid": {
        "1 / (1 + np.exp(-x))": _src("""
            def sigmoid(x):
                s = 1 / (1 + np.exp(-x))
                return s
            """),
        "tanh identity 0.5 * (1 + tanh(x / 2))": _src("""
            def sigmoid(x):
                return 0.5 * (1 + np.tanh(x / 2))
            """),
        "exp(x) / (1 + exp(x))": _src("""
            def sigmoid(x):
                return np.exp(x) / (1 + np.exp(x))
            """),
        "np.reciprocal": _src("""
            def sigmoid(x):
                return np.reciprocal(1.0 + np.exp(-x))
            """),
    },
    "sigmoid_derivative": {
        "s * (1 - s)": _src("""
            def sigmoid_derivative(x):
                s = sigmoid(x)
                return s * (1 - s)
            """),
        "s - s ** 2": _src("""
            def sigmoid_derivative(x):
                s = sigmoid(x)
                return s - s ** 2
            """),
        "written out: exp(-x) / (1 + exp(-x)) ** 2": _src("""
            def sigmoid_derivative(x):
                return np.exp(-x) / (1 + np.exp(-x)) ** 2
            """),
        "sigmoid(x) * sigmoid(-x)": _src("""
            def sigmoid_derivative(x):
                return sigmoid(x) * sigmoid(-x)
            """),
    },
    "image2vector": {
        "reshape(length * height * depth, 1)": _src("""
            def image2vector(image):
                v = image.reshape(image.shape[0] * image.shape[1] * image.shape[2], 1)
                return v
            """),
        "reshape(-1, 1)": _src("""
            def image2vector(image):
                return image.reshape(-1, 1)
            """),
        "np.reshape with image.size": _src("""
            def image2vector(image):
                return np.reshape(image, (image.size, 1))
            """),
        "ravel, then a new axis": _src("""
            def image2vector(image):
                return image.ravel()[:, np.newaxis]
            """),
        "flatten, then reshape": _src("""
            def image2vector(image):
                return image.flatten().reshape(-1, 1)
            """),
    },
    "normalize_rows": {
        "np.linalg.norm with keepdims": _src("""
            def normalize_rows(x):
                x_norm = np.linalg.norm(x, ord=2, axis=1, keepdims=True)
                return x / x_norm
            """),
        "square root of the sum of squares": _src("""
            def normalize_rows(x):
                x_norm = np.sqrt(np.sum(x * x, axis=1, keepdims=True))
                return x / x_norm
            """),
        "norm reshaped into a column": _src("""
            def normalize_rows(x):
                x_norm = np.linalg.norm(x, axis=1).reshape(-1, 1)
                return x / x_norm
            """),
        "norm with [:, np.newaxis]": _src("""
            def normalize_rows(x):
                return x / np.linalg.norm(x, axis=1)[:, np.newaxis]
            """),
        "in place: x /= norm": _src("""
            def normalize_rows(x):
                x /= np.linalg.norm(x, axis=1, keepdims=True)
                return x
            """),
    },
    "softmax": {
        "plain formula with keepdims": _src("""
            def softmax(x):
                x_exp = np.exp(x)
                x_sum = np.sum(x_exp, axis=1, keepdims=True)
                s = x_exp / x_sum
                return s
            """),
        "row max subtracted first (stable)": _src("""
            def softmax(x):
                x_exp = np.exp(x - np.max(x, axis=1, keepdims=True))
                return x_exp / np.sum(x_exp, axis=1, keepdims=True)
            """),
        "overall max subtracted (also a constant per row)": _src("""
            def softmax(x):
                x_exp = np.exp(x - np.max(x))
                return x_exp / x_exp.sum(axis=1, keepdims=True)
            """),
        "row sums with [:, None]": _src("""
            def softmax(x):
                x_exp = np.exp(x)
                return x_exp / x_exp.sum(axis=1)[:, None]
            """),
        "log-sum-exp form": _src("""
            def softmax(x):
                return np.exp(x - np.log(np.sum(np.exp(x), axis=1, keepdims=True)))
            """),
        "a loop over the rows": _src("""
            def softmax(x):
                rows = [np.exp(row) / np.sum(np.exp(row)) for row in x]
                return np.array(rows)
            """),
    },
    "L1": {
        "np.sum(np.abs(y - yhat))": _src("""
            def L1(yhat, y):
                loss = np.sum(np.abs(y - yhat))
                return loss
            """),
        "yhat - y, as a Python float": _src("""
            def L1(yhat, y):
                return float(np.sum(np.abs(yhat - y)))
            """),
        "np.linalg.norm with ord=1 (rank-1 vectors)": _src("""
            def L1(yhat, y):
                return np.linalg.norm(y - yhat, ord=1)
            """),
        "abs().sum() methods": _src("""
            def L1(yhat, y):
                return abs(y - yhat).sum()
            """),
    },
    "L2": {
        "np.dot(diff, diff)": _src("""
            def L2(yhat, y):
                diff = y - yhat
                return np.dot(diff, diff)
            """),
        "np.sum of squares": _src("""
            def L2(yhat, y):
                return np.sum((y - yhat) ** 2)
            """),
        "@ of the difference with itself": _src("""
            def L2(yhat, y):
                d = yhat - y
                return d @ d
            """),
        "np.square, as a Python float": _src("""
            def L2(yhat, y):
                return float(np.sum(np.square(yhat - y)))
            """),
        "squared Euclidean norm": _src("""
            def L2(yhat, y):
                return np.linalg.norm(y - yhat) ** 2
            """),
    },
}

# The hint a learner reads when their output equals what the WRONG entry of the same
# description gives (visible checks: through checks.json; hidden checks: in the grader). The
# two "without keepdims" mistakes raise ValueError on the visible (non-square) inputs: the graded
# cell catches it and prints the same hint.
HINTS = {
    "sigmoid": {
        "forgot the minus sign: 1 / (1 + exp(x))":
            ("this is 1 - sigmoid(x): the exponent needs its minus sign, sigmoid(x) = 1 / (1 + "
             "np.exp(-x))"),
        "returns exp(-x) / (1 + exp(-x)), which is 1 - sigmoid(x)":
            ("this is 1 - sigmoid(x): the exponent needs its minus sign, sigmoid(x) = 1 / (1 + "
             "np.exp(-x))"),
        "minus in the denominator: 1 / (1 - exp(-x))":
            "minus in the denominator: sigmoid(x) = 1 / (1 + np.exp(-x)), with a plus",
        "tanh identity without halving x":
            ("0.5 * (1 + tanh(x)) is sigmoid(2 x): the identity is sigmoid(x) = 0.5 * (1 + "
             "np.tanh(x / 2))"),
    },
    "sigmoid_derivative": {
        "returns the sigmoid itself":
            ("this is the sigmoid itself, not its slope: sigmoid_derivative(x) = s * (1 - s) with"
             " s = sigmoid(x)"),
        "s * (1 + s)":
            "a plus where a minus belongs: sigmoid_derivative(x) = s * (1 - s), not s * (1 + s)",
        "formula applied to x instead of sigmoid(x): x * (1 - x)":
            "the formula is applied to x itself: first s = sigmoid(x), then s * (1 - s)",
    },
    "image2vector": {
        "reshape(-1): a rank-1 array of shape (n,)":
            "a rank-1 array of shape (n,), not a column: image.reshape(length * height * depth, 1)",
        "a row of shape (1, n) instead of a column":
            "a row of shape (1, n), not a column: image.reshape(length * height * depth, 1)",
        "column-major (Fortran) order":
            ('the numbers come out in column-major order (order="F", or a .T before reshaping): '
             "keep NumPy's default row-major order, image.reshape(length * height * depth, 1)"),
        "transposed before reshaping: the numbers in the wrong order":
            ('the numbers come out in column-major order (order="F", or a .T before reshaping): '
             "keep NumPy's default row-major order, image.reshape(length * height * depth, 1)"),
    },
    "normalize_rows": {
        "norms of the columns (axis=0)":
            ("these are the norms of the columns: one norm per row is np.linalg.norm(x, axis=1, "
             "keepdims=True)"),
        "divides by the squared norm (no square root)":
            ("divided by the squared norm: the norm is the square root, np.sqrt(np.sum(x ** 2, "
             "axis=1, keepdims=True))"),
        "divides by the norm of the whole matrix":
            ("divided by the norm of the whole matrix: each row needs its own, np.linalg.norm(x, "
             "axis=1, keepdims=True)"),
        "norm without keepdims: shape (n,) does not broadcast as a column":
            ("the row norms without keepdims form a row (n,) that divides the columns: "
             "np.linalg.norm(x, axis=1, keepdims=True) gives a column (n, 1)"),
    },
    "softmax": {
        "sums over the columns (axis=0)":
            ("summed over the columns (axis=0): each row is divided by its own sum, np.sum(x_exp,"
             " axis=1, keepdims=True)"),
        "no normalization: returns exp(x)":
            "the exponentials are not normalized: s = x_exp / np.sum(x_exp, axis=1, keepdims=True)",
        "divides by the sum over the whole matrix":
            ("divided by the sum over the whole matrix: each row is divided by its own sum, "
             "np.sum(x_exp, axis=1, keepdims=True)"),
        "row sums without keepdims":
            ("the row sums without keepdims form a row (m,) that divides the columns: "
             "np.sum(x_exp, axis=1, keepdims=True) gives a column (m, 1)"),
    },
    "L1": {
        "no absolute value: the differences cancel":
            ("the differences cancel: take the absolute value of each one before summing, L1 = "
             "np.sum(np.abs(y - yhat))"),
        "mean instead of sum":
            "a mean, not a sum: L1 = np.sum(np.abs(y - yhat)), without dividing by m",
        "squared differences (that is L2)":
            "squared differences are the L2 loss: L1 = np.sum(np.abs(y - yhat))",
        "absolute value of the sum":
            ("the differences cancel: take the absolute value of each one before summing, L1 = "
             "np.sum(np.abs(y - yhat))"),
    },
    "L2": {
        "square root: the Euclidean distance np.linalg.norm":
            ("this is the Euclidean distance, the square root of the loss: L2 = np.sum((y - yhat)"
             " ** 2), no square root"),
        "mean instead of sum":
            "a mean, not a sum: L2 = np.sum((y - yhat) ** 2), without dividing by m",
        "without the square: sum of the differences":
            ("the differences are not squared: L2 = np.sum((y - yhat) ** 2), or np.dot(y - yhat, "
             "y - yhat)"),
        "square of the sum, not sum of the squares":
            "the square of the sum: square each difference first, L2 = np.sum((y - yhat) ** 2)",
        "absolute values instead of squares (that is L1)":
            "absolute values are the L1 loss: L2 = np.sum((y - yhat) ** 2)",
    },
}
