"""Wrong and correct implementations of the graded functions of C1W2A2 (logistic regression).

Each string is the complete replacement source of the solution cell whose grade_id is the key: a
single ``def`` that relies only on the notebook's imports cell (``np``) and on the other graded
functions. Every WRONG entry must lose the points of its own function and no others; every CORRECT
entry must pass every graded test cell.
"""

from textwrap import dedent


def _src(text: str) -> str:
    return dedent(text).lstrip("\n")


WRONG = {
    "sigmoid": {
        "forgot the minus sign: 1 / (1 + exp(z))": _src("""
            def sigmoid(z):
                return 1 / (1 + np.exp(z))
            """),
        "minus in the denominator: 1 / (1 - exp(-z))": _src("""
            def sigmoid(z):
                return 1 / (1 - np.exp(-z))
            """),
        "returns exp(-z) / (1 + exp(-z)), which is 1 - sigmoid(z)": _src("""
            def sigmoid(z):
                return np.exp(-z) / (1 + np.exp(-z))
            """),
        "math.exp, which fails on arrays": _src("""
            def sigmoid(z):
                import math
                return 1 / (1 + math.exp(-z))
            """),
        "tanh identity without halving z": _src("""
            def sigmoid(z):
                return 0.5 * (1 + np.tanh(z))
            """),
    },
    "initialize_with_zeros": {
        "rank-1 w of shape (dim,)": _src("""
            def initialize_with_zeros(dim):
                w = np.zeros(dim)
                b = 0.0
                return w, b
            """),
        "row vector w of shape (1, dim)": _src("""
            def initialize_with_zeros(dim):
                w = np.zeros((1, dim))
                b = 0.0
                return w, b
            """),
        "square matrix w of shape (dim, dim)": _src("""
            def initialize_with_zeros(dim):
                w = np.zeros((dim, dim))
                b = 0.0
                return w, b
            """),
        "ones instead of zeros": _src("""
            def initialize_with_zeros(dim):
                w = np.ones((dim, 1))
                b = 0.0
                return w, b
            """),
        "b as an array of shape (1, 1), not a number": _src("""
            def initialize_with_zeros(dim):
                w = np.zeros((dim, 1))
                b = np.zeros((1, 1))
                return w, b
            """),
    },
    "propagate": {
        "cost without the minus sign": _src("""
            def propagate(w, b, X, Y):
                m = X.shape[1]
                A = sigmoid(w.T @ X + b)
                cost = np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
                dw = X @ (A - Y).T / m
                db = np.sum(A - Y) / m
                return {"dw": dw, "db": db}, cost
            """),
        "dZ = Y - A: gradients with the wrong sign": _src("""
            def propagate(w, b, X, Y):
                m = X.shape[1]
                A = sigmoid(w.T @ X + b)
                cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
                dZ = Y - A
                dw = X @ dZ.T / m
                db = np.sum(dZ) / m
                return {"dw": dw, "db": db}, cost
            """),
        "forgot 1/m in dw": _src("""
            def propagate(w, b, X, Y):
                m = X.shape[1]
                A = sigmoid(w.T @ X + b)
                cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
                dw = X @ (A - Y).T
                db = np.sum(A - Y) / m
                return {"dw": dw, "db": db}, cost
            """),
        "dw transposed, (A - Y) @ X.T of shape (1, n_x)": _src("""
            def propagate(w, b, X, Y):
                m = X.shape[1]
                A = sigmoid(w.T @ X + b)
                cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
                dw = (A - Y) @ X.T / m
                db = np.sum(A - Y) / m
                return {"dw": dw, "db": db}, cost
            """),
        "forgot b in the forward pass": _src("""
            def propagate(w, b, X, Y):
                m = X.shape[1]
                A = sigmoid(w.T @ X)
                cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
                dw = X @ (A - Y).T / m
                db = np.sum(A - Y) / m
                return {"dw": dw, "db": db}, cost
            """),
        "cost summed over the examples, not averaged": _src("""
            def propagate(w, b, X, Y):
                m = X.shape[1]
                A = sigmoid(w.T @ X + b)
                cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))
                dw = X @ (A - Y).T / m
                db = np.sum(A - Y) / m
                return {"dw": dw, "db": db}, cost
            """),
        "log(A) in both terms of the cost": _src("""
            def propagate(w, b, X, Y):
                m = X.shape[1]
                A = sigmoid(w.T @ X + b)
                cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(A)) / m
                dw = X @ (A - Y).T / m
                db = np.sum(A - Y) / m
                return {"dw": dw, "db": db}, cost
            """),
        "cost left as a (1, 1) array from np.dot, not a number": _src("""
            def propagate(w, b, X, Y):
                m = X.shape[1]
                A = sigmoid(np.dot(w.T, X) + b)
                cost = -(np.dot(Y, np.log(A).T) + np.dot(1 - Y, np.log(1 - A).T)) / m
                dw = np.dot(X, (A - Y).T) / m
                db = np.sum(A - Y) / m
                return {"dw": dw, "db": db}, cost
            """),
    },
    "optimize": {
        "gradient ascent: w + learning_rate * dw": _src("""
            def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
                costs = []
                for i in range(num_iterations):
                    grads, cost = propagate(w, b, X, Y)
                    w = w + learning_rate * grads["dw"]
                    b = b + learning_rate * grads["db"]
                    if i % 100 == 0:
                        costs.append(cost)
                return {"w": w, "b": b}, grads, costs
            """),
        "b never updated": _src("""
            def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
                costs = []
                for i in range(num_iterations):
                    grads, cost = propagate(w, b, X, Y)
                    w = w - learning_rate * grads["dw"]
                    if i % 100 == 0:
                        costs.append(cost)
                return {"w": w, "b": b}, grads, costs
            """),
        "cost recorded at every iteration": _src("""
            def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
                costs = []
                for i in range(num_iterations):
                    grads, cost = propagate(w, b, X, Y)
                    w = w - learning_rate * grads["dw"]
                    b = b - learning_rate * grads["db"]
                    costs.append(cost)
                return {"w": w, "b": b}, grads, costs
            """),
        "learning rate left out: w - dw": _src("""
            def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
                costs = []
                for i in range(num_iterations):
                    grads, cost = propagate(w, b, X, Y)
                    w = w - grads["dw"]
                    b = b - grads["db"]
                    if i % 100 == 0:
                        costs.append(cost)
                return {"w": w, "b": b}, grads, costs
            """),
        "loop hard-coded to 100 iterations": _src("""
            def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
                costs = []
                for i in range(100):
                    grads, cost = propagate(w, b, X, Y)
                    w = w - learning_rate * grads["dw"]
                    b = b - learning_rate * grads["db"]
                    if i % 100 == 0:
                        costs.append(cost)
                return {"w": w, "b": b}, grads, costs
            """),
        "costs recorded at iterations 99, 199, ... instead of 0, 100, ...": _src("""
            def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
                costs = []
                for i in range(num_iterations):
                    grads, cost = propagate(w, b, X, Y)
                    w = w - learning_rate * grads["dw"]
                    b = b - learning_rate * grads["db"]
                    if (i + 1) % 100 == 0:
                        costs.append(cost)
                return {"w": w, "b": b}, grads, costs
            """),
    },
    "predict": {
        "returns the probabilities A, not labels": _src("""
            def predict(w, b, X):
                A = sigmoid(w.T @ X + b)
                return A
            """),
        "rank-1 result of shape (m,)": _src("""
            def predict(w, b, X):
                A = sigmoid(w.T @ X + b)
                return (A[0] > 0.5).astype(float)
            """),
        "labels swapped: 1 where A <= 0.5": _src("""
            def predict(w, b, X):
                A = sigmoid(w.T @ X + b)
                return (A <= 0.5).astype(float)
            """),
        "threshold 0.5 applied to z instead of A": _src("""
            def predict(w, b, X):
                Z = w.T @ X + b
                return (Z > 0.5).astype(float)
            """),
        "forgot b": _src("""
            def predict(w, b, X):
                A = sigmoid(w.T @ X)
                return (A > 0.5).astype(float)
            """),
        "w instead of w.T in the product": _src("""
            def predict(w, b, X):
                A = sigmoid(w @ X + b)
                return (A > 0.5).astype(float)
            """),
    },
    "model": {
        "learning_rate not passed on (optimize's default 0.009 is used)": _src("""
            def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5,
                      print_cost=False):
                w, b = initialize_with_zeros(X_train.shape[0])
                params, grads, costs = optimize(w, b, X_train, Y_train,
                                                num_iterations=num_iterations,
                                                print_cost=print_cost)
                w, b = params["w"], params["b"]
                return {"costs": costs, "Y_prediction_test": predict(w, b, X_test),
                        "Y_prediction_train": predict(w, b, X_train), "w": w, "b": b,
                        "learning_rate": learning_rate, "num_iterations": num_iterations}
            """),
        "num_iterations not passed on (optimize's default 100 is used)": _src("""
            def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5,
                      print_cost=False):
                w, b = initialize_with_zeros(X_train.shape[0])
                params, grads, costs = optimize(w, b, X_train, Y_train,
                                                learning_rate=learning_rate,
                                                print_cost=print_cost)
                w, b = params["w"], params["b"]
                return {"costs": costs, "Y_prediction_test": predict(w, b, X_test),
                        "Y_prediction_train": predict(w, b, X_train), "w": w, "b": b,
                        "learning_rate": learning_rate, "num_iterations": num_iterations}
            """),
        "trained on the test set": _src("""
            def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5,
                      print_cost=False):
                w, b = initialize_with_zeros(X_test.shape[0])
                params, grads, costs = optimize(w, b, X_test, Y_test, num_iterations,
                                                learning_rate, print_cost)
                w, b = params["w"], params["b"]
                return {"costs": costs, "Y_prediction_test": predict(w, b, X_test),
                        "Y_prediction_train": predict(w, b, X_train), "w": w, "b": b,
                        "learning_rate": learning_rate, "num_iterations": num_iterations}
            """),
        "test predictions made on the training set": _src("""
            def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5,
                      print_cost=False):
                w, b = initialize_with_zeros(X_train.shape[0])
                params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations,
                                                learning_rate, print_cost)
                w, b = params["w"], params["b"]
                Y_prediction_train = predict(w, b, X_train)
                return {"costs": costs, "Y_prediction_test": Y_prediction_train,
                        "Y_prediction_train": Y_prediction_train, "w": w, "b": b,
                        "learning_rate": learning_rate, "num_iterations": num_iterations}
            """),
        "predicts with the initial zeros, not the learned parameters": _src("""
            def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5,
                      print_cost=False):
                w, b = initialize_with_zeros(X_train.shape[0])
                params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations,
                                                learning_rate, print_cost)
                return {"costs": costs, "Y_prediction_test": predict(w, b, X_test),
                        "Y_prediction_train": predict(w, b, X_train), "w": w, "b": b,
                        "learning_rate": learning_rate, "num_iterations": num_iterations}
            """),
        "one weight per example: initialize_with_zeros(X_train.shape[1])": _src("""
            def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5,
                      print_cost=False):
                w, b = initialize_with_zeros(X_train.shape[1])
                params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations,
                                                learning_rate, print_cost)
                w, b = params["w"], params["b"]
                return {"costs": costs, "Y_prediction_test": predict(w, b, X_test),
                        "Y_prediction_train": predict(w, b, X_train), "w": w, "b": b,
                        "learning_rate": learning_rate, "num_iterations": num_iterations}
            """),
    },
}

CORRECT = {
    "sigmoid": {
        "1 / (1 + np.exp(-z))": _src("""
            def sigmoid(z):
                s = 1 / (1 + np.exp(-z))
                return s
            """),
        "tanh identity 0.5 * (1 + tanh(z / 2))": _src("""
            def sigmoid(z):
                return 0.5 * (1 + np.tanh(z / 2))
            """),
        "exp(z) / (1 + exp(z))": _src("""
            def sigmoid(z):
                return np.exp(z) / (1 + np.exp(z))
            """),
        "overflow-free form with np.logaddexp": _src("""
            def sigmoid(z):
                return np.exp(-np.logaddexp(0, -z))
            """),
        "np.reciprocal": _src("""
            def sigmoid(z):
                return np.reciprocal(1.0 + np.exp(-z))
            """),
    },
    "initialize_with_zeros": {
        "b = 0, an int": _src("""
            def initialize_with_zeros(dim):
                w = np.zeros((dim, 1))
                b = 0
                return w, b
            """),
        "shape as a list, b = float(0)": _src("""
            def initialize_with_zeros(dim):
                w = np.zeros([dim, 1])
                b = float(0)
                return w, b
            """),
        "reshape of a rank-1 zeros array": _src("""
            def initialize_with_zeros(dim):
                w = np.zeros(dim).reshape(dim, 1)
                b = 0.0
                return w, b
            """),
        "b as a NumPy float64": _src("""
            def initialize_with_zeros(dim):
                return np.zeros(shape=(dim, 1), dtype=float), np.float64(0.0)
            """),
    },
    "propagate": {
        "np.dot instead of @": _src("""
            def propagate(w, b, X, Y):
                m = X.shape[1]
                A = sigmoid(np.dot(w.T, X) + b)
                cost = -1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))
                dw = 1 / m * np.dot(X, (A - Y).T)
                db = 1 / m * np.sum(A - Y)
                return {"dw": dw, "db": db}, cost
            """),
        "cost with np.dot, squeezed to a 0-d array": _src("""
            def propagate(w, b, X, Y):
                m = X.shape[1]
                A = sigmoid(np.dot(w.T, X) + b)
                cost = -(np.dot(Y, np.log(A).T) + np.dot(1 - Y, np.log(1 - A).T)) / m
                cost = np.squeeze(np.array(cost))
                dw = np.dot(X, (A - Y).T) / m
                db = np.sum(A - Y) / m
                return {"dw": dw, "db": db}, cost
            """),
        "np.mean, Python floats via float()": _src("""
            def propagate(w, b, X, Y):
                A = sigmoid(w.T @ X + b)
                cost = float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))
                dZ = A - Y
                dw = X @ dZ.T / X.shape[1]
                db = float(np.mean(dZ))
                return {"dw": dw, "db": db}, cost
            """),
        "sigmoid written inline": _src("""
            def propagate(w, b, X, Y):
                m = X.shape[1]
                A = 1 / (1 + np.exp(-(w.T @ X + b)))
                cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
                dw = X @ (A - Y).T / m
                db = np.sum(A - Y) / m
                return {"dw": dw, "db": db}, cost
            """),
        "loop over the examples (slow but correct)": _src("""
            def propagate(w, b, X, Y):
                n_x, m = X.shape
                cost, dw, db = 0.0, np.zeros((n_x, 1)), 0.0
                for i in range(m):
                    x = X[:, i:i + 1]
                    y = Y[0, i]
                    a = sigmoid((w.T @ x)[0, 0] + b)
                    cost -= y * np.log(a) + (1 - y) * np.log(1 - a)
                    dw += x * (a - y)
                    db += a - y
                return {"dw": dw / m, "db": db / m}, cost / m
            """),
    },
    "optimize": {
        "gradients unpacked into dw and db, printing inside": _src("""
            def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
                costs = []
                for i in range(num_iterations):
                    grads, cost = propagate(w, b, X, Y)
                    dw = grads["dw"]
                    db = grads["db"]
                    w = w - learning_rate * dw
                    b = b - learning_rate * db
                    if i % 100 == 0:
                        costs.append(cost)
                        if print_cost:
                            print("Cost after iteration %i: %f" % (i, cost))
                params = {"w": w, "b": b}
                return params, grads, costs
            """),
        "in-place updates on a copy of w": _src("""
            def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
                w = w.copy()
                costs = []
                for i in range(num_iterations):
                    grads, cost = propagate(w, b, X, Y)
                    w -= learning_rate * grads["dw"]
                    b -= learning_rate * grads["db"]
                    if i % 100 == 0:
                        costs.append(cost)
                return {"w": w, "b": b}, grads, costs
            """),
        "costs kept as 0-d arrays": _src("""
            def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
                costs = []
                for i in range(num_iterations):
                    grads, cost = propagate(w, b, X, Y)
                    w = w - learning_rate * grads["dw"]
                    b = b - learning_rate * grads["db"]
                    if i % 100 == 0:
                        costs.append(np.squeeze(np.array(cost)))
                return {"w": w, "b": b}, grads, costs
            """),
        "cost recorded with a range step check and float()": _src("""
            def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
                costs = []
                record = set(range(0, num_iterations, 100))
                for i in range(num_iterations):
                    grads, cost = propagate(w, b, X, Y)
                    if i in record:
                        costs.append(float(cost))
                    w = w - learning_rate * grads["dw"]
                    b = b - learning_rate * grads["db"]
                return {"w": w, "b": b}, grads, costs
            """),
    },
    "predict": {
        "int labels via np.where": _src("""
            def predict(w, b, X):
                A = sigmoid(np.dot(w.T, X) + b)
                return np.where(A > 0.5, 1, 0)
            """),
        "bool labels": _src("""
            def predict(w, b, X):
                return sigmoid(w.T @ X + b) > 0.5
            """),
        "loop over the columns into np.zeros((1, m))": _src("""
            def predict(w, b, X):
                m = X.shape[1]
                Y_prediction = np.zeros((1, m))
                w = w.reshape(X.shape[0], 1)
                A = sigmoid(np.dot(w.T, X) + b)
                for i in range(A.shape[1]):
                    if A[0, i] > 0.5:
                        Y_prediction[0, i] = 1
                    else:
                        Y_prediction[0, i] = 0
                return Y_prediction
            """),
        "threshold 0 on z": _src("""
            def predict(w, b, X):
                return (w.T @ X + b > 0).astype(int)
            """),
        "np.round(A)": _src("""
            def predict(w, b, X):
                return np.round(sigmoid(w.T @ X + b))
            """),
    },
    "model": {
        "keyword arguments to optimize": _src("""
            def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5,
                      print_cost=False):
                w, b = initialize_with_zeros(X_train.shape[0])
                params, grads, costs = optimize(w, b, X_train, Y_train,
                                                num_iterations=num_iterations,
                                                learning_rate=learning_rate,
                                                print_cost=print_cost)
                w = params["w"]
                b = params["b"]
                Y_prediction_test = predict(w, b, X_test)
                Y_prediction_train = predict(w, b, X_train)
                if print_cost:
                    print(f"train accuracy: {100 * np.mean(Y_prediction_train == Y_train):.1f} %")
                    print(f"test accuracy:  {100 * np.mean(Y_prediction_test == Y_test):.1f} %")
                return {"costs": costs, "Y_prediction_test": Y_prediction_test,
                        "Y_prediction_train": Y_prediction_train, "w": w, "b": b,
                        "learning_rate": learning_rate, "num_iterations": num_iterations}
            """),
        "dict built with dict(), n_x from len(X_train)": _src("""
            def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5,
                      print_cost=False):
                w0, b0 = initialize_with_zeros(len(X_train))
                params, _, costs = optimize(w0, b0, X_train, Y_train, num_iterations,
                                            learning_rate, print_cost)
                return dict(costs=costs,
                            Y_prediction_test=predict(params["w"], params["b"], X_test),
                            Y_prediction_train=predict(params["w"], params["b"], X_train),
                            w=params["w"], b=params["b"], learning_rate=learning_rate,
                            num_iterations=num_iterations)
            """),
        "the notebook's own solution, predictions in the other order": _src("""
            def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5,
                      print_cost=False):
                n_x = X_train.shape[0]
                w, b = initialize_with_zeros(n_x)
                params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations,
                                                learning_rate, print_cost)
                w, b = params["w"], params["b"]
                Y_prediction_train = predict(w, b, X_train)
                Y_prediction_test = predict(w, b, X_test)
                d = {"costs": costs,
                     "Y_prediction_test": Y_prediction_test,
                     "Y_prediction_train": Y_prediction_train,
                     "w": w,
                     "b": b,
                     "learning_rate": learning_rate,
                     "num_iterations": num_iterations}
                return d
            """),
    },
}

# For some WRONG entries: words the hint line of the failing graded cell must contain (see
# tests/test_mistake_hints.py; the hints come from helpers/mistakes/c1w2a2.py).

# The hint a learner reads when their output equals what the WRONG entry of the same
# description gives (visible checks: through checks.json; hidden checks: in the grader).
HINTS = {
    'sigmoid': {
        'forgot the minus sign: 1 / (1 + exp(z))':
            'this is 1 - sigmoid(z): the exponent needs its minus sign, sigmoid(z) = 1 / (1 + np.exp(-z))',
        'returns exp(-z) / (1 + exp(-z)), which is 1 - sigmoid(z)':
            'this is 1 - sigmoid(z): the exponent needs its minus sign, sigmoid(z) = 1 / (1 + np.exp(-z))',
        'minus in the denominator: 1 / (1 - exp(-z))':
            'minus in the denominator: sigmoid(z) = 1 / (1 + np.exp(-z)), with a plus',
        'tanh identity without halving z':
            '0.5 * (1 + tanh(z)) is sigmoid(2 z): the identity is sigmoid(z) = 0.5 * (1 + np.tanh(z / 2))',
    },
    'initialize_with_zeros': {
        'rank-1 w of shape (dim,)':
            'w is a rank-1 array of shape (dim,): make it a column, w = np.zeros((dim, 1))',
        'row vector w of shape (1, dim)':
            'w is a row of shape (1, dim): make it a column, w = np.zeros((dim, 1))',
        'b as an array of shape (1, 1), not a number':
            'b is a number, not an array: b = 0.0',
    },
    'propagate': {
        'forgot 1/m in dw':
            'dw without 1/m: dw = (1 / m) * X @ (A - Y).T',
        'dZ = Y - A: gradients with the wrong sign':
            'the gradients have the wrong sign: dZ = A - Y, then dw = (1 / m) * X @ dZ.T and db = (1 / m) * np.sum(dZ)',
        'forgot b in the forward pass':
            'b is missing from the forward pass: A = sigmoid(w.T @ X + b)',
        'cost without the minus sign':
            'the cost lost its minus sign: J = -(1 / m) * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))',
        'cost summed over the examples, not averaged':
            'the cost is summed, not averaged: J = -(1 / m) * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))',
    },
    'optimize': {
        'gradient ascent: w + learning_rate * dw':
            'the update climbs the cost: w = w - learning_rate * dw and b = b - learning_rate * db, with a minus',
        'b never updated':
            'b is never updated: b = b - learning_rate * db, next to the update of w',
        'learning rate left out: w - dw':
            'the learning rate is missing from the update: w = w - learning_rate * dw',
        'cost recorded at every iteration':
            'the cost is recorded at every iteration: append it only when i % 100 == 0',
    },
    'predict': {
        'returns the probabilities A, not labels':
            'these are the probabilities A, not labels: Y_prediction = (A > 0.5).astype(float)',
        'labels swapped: 1 where A <= 0.5':
            'the labels are swapped: 1 where A = sigmoid(w.T @ X + b) > 0.5, else 0',
        'threshold 0.5 applied to z instead of A':
            'the threshold 0.5 belongs to A = sigmoid(w.T @ X + b), not to z = w.T @ X + b',
    },
    'model': {
        "learning_rate not passed on (optimize's default 0.009 is used)":
            'learning_rate is not passed on, so optimize uses its default: optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)',
        "num_iterations not passed on (optimize's default 100 is used)":
            'num_iterations is not passed on, so optimize uses its default: optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)',
        'trained on the test set':
            'trained on the test set: optimize(w, b, X_train, Y_train, ...) learns from the training set only',
        'predicts with the initial zeros, not the learned parameters':
            'the starting zeros are kept: after optimize, take the learned w = params["w"] and b = params["b"] for the predictions and the result',
    },
}
