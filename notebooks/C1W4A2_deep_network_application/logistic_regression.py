"""Given code for C1W4A2_deep_network_application:
functions you wrote in C1W2A2_logistic_regression, as the course wrote them.

Generated from the answer key by `python -m grading derive`; do not edit.
"""

import numpy as np


def sigmoid(z):
    """
    Compute the sigmoid of z, elementwise.

    Arguments:
    z -- a number or a NumPy array of any shape

    Returns:
    s -- sigmoid(z), same shape as z
    """
    s = 1 / (1 + np.exp(-z))
    return s


def initialize_with_zeros(dim):
    """
    Create the starting parameters: a column of zeros for w and 0.0 for b.

    Arguments:
    dim -- the number of input features n_x

    Returns:
    w -- NumPy array of zeros, shape (dim, 1)
    b -- the bias, the number 0.0
    """
    w = np.zeros((dim, 1))
    b = 0.0
    return w, b


def propagate(w, b, X, Y):
    """
    Compute the cost and its gradient for logistic regression: one forward and one backward pass.

    Arguments:
    w -- weights, shape (n_x, 1)
    b -- bias, a number
    X -- inputs, shape (n_x, m)
    Y -- true labels, 0 or 1, shape (1, m)

    Returns:
    grads -- dictionary {"dw": gradient of the cost with respect to w, shape (n_x, 1),
                         "db": gradient of the cost with respect to b, a number}
    cost -- the cross-entropy cost J, a number
    """
    m = X.shape[1]

    # Forward pass: A (1, m), then the cost. Backward pass: dw (n_x, 1) and db.
    A = sigmoid(w.T @ X + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    dZ = A - Y
    dw = X @ dZ.T / m
    db = np.sum(dZ) / m

    grads = {"dw": dw, "db": db}
    return grads, cost


def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    """
    Learn w and b by running gradient descent.

    Arguments:
    w -- initial weights, shape (n_x, 1)
    b -- initial bias, a number
    X -- inputs, shape (n_x, m)
    Y -- true labels, 0 or 1, shape (1, m)
    num_iterations -- number of gradient-descent steps
    learning_rate -- step size alpha of the update rule
    print_cost -- if True, print the cost every 100 iterations

    Returns:
    params -- dictionary {"w": learned weights, shape (n_x, 1), "b": learned bias, a number}
    grads -- dictionary {"dw", "db"}: the gradients computed in the last iteration
    costs -- list of the costs at iterations 0, 100, 200, ...
    """
    costs = []

    for i in range(num_iterations):
        # cost and gradients, update of w and b, and the cost recorded when i % 100 == 0
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)

        if print_cost and i % 100 == 0:
            print(f"Cost after iteration {i}: {cost:f}")

    params = {"w": w, "b": b}
    return params, grads, costs


def predict(w, b, X):
    """
    Predict labels 0 or 1 with learned logistic-regression parameters (w, b).

    Arguments:
    w -- weights, shape (n_x, 1)
    b -- bias, a number
    X -- inputs, shape (n_x, m)

    Returns:
    Y_prediction -- NumPy array of shape (1, m): 1 where sigmoid(w^T x + b) > 0.5, else 0
    """
    A = sigmoid(w.T @ X + b)
    Y_prediction = (A > 0.5).astype(float)
    return Y_prediction


def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5,
          print_cost=False):
    """
    Train logistic regression from zeros and predict on the training and the test set.

    Arguments:
    X_train -- training inputs, shape (n_x, m_train)
    Y_train -- training labels, shape (1, m_train)
    X_test -- test inputs, shape (n_x, m_test)
    Y_test -- test labels, shape (1, m_test)
    num_iterations -- number of gradient-descent steps
    learning_rate -- step size alpha of the update rule
    print_cost -- if True, print the cost every 100 iterations and the accuracies

    Returns:
    d -- dictionary with "costs" (list), "Y_prediction_test" (1, m_test),
         "Y_prediction_train" (1, m_train), "w" (n_x, 1), "b", "learning_rate", "num_iterations"
    """
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate,
                                    print_cost)
    w = params["w"]
    b = params["b"]
    Y_prediction_train = predict(w, b, X_train)
    Y_prediction_test = predict(w, b, X_test)

    if print_cost:
        print(f"train accuracy: {100 * np.mean(Y_prediction_train == Y_train):.1f} %")
        print(f"test accuracy:  {100 * np.mean(Y_prediction_test == Y_test):.1f} %")

    d = {"costs": costs,
         "Y_prediction_test": Y_prediction_test,
         "Y_prediction_train": Y_prediction_train,
         "w": w,
         "b": b,
         "learning_rate": learning_rate,
         "num_iterations": num_iterations}
    return d
