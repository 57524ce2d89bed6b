"""Wrong and correct implementations of the graded functions of C2W1A3 (gradient checking).

Each string is the complete replacement source of the solution cell whose grade_id is the key: a
single ``def`` that relies only on the notebook's imports cell (``np``, the given network and the
vector helpers) and on the other graded functions. Every WRONG entry must lose the points of its own
function and no others; every CORRECT entry must pass every graded test cell.
"""

from textwrap import dedent


def _src(text: str) -> str:
    return dedent(text).lstrip("\n")


WRONG = {
    "forward_propagation": {
        "returns theta + x": _src("""
            def forward_propagation(x, theta):
                return theta + x
            """),
        "returns x, the derivative, instead of the cost": _src("""
            def forward_propagation(x, theta):
                return x
            """),
        "returns theta ** x": _src("""
            def forward_propagation(x, theta):
                return theta ** x
            """),
        "returns theta only": _src("""
            def forward_propagation(x, theta):
                J = theta
                return J
            """),
    },
    "backward_propagation": {
        "returns theta, the derivative with respect to x": _src("""
            def backward_propagation(x, theta):
                return theta
            """),
        "returns the cost theta * x": _src("""
            def backward_propagation(x, theta):
                return theta * x
            """),
        "returns 1, the derivative of theta": _src("""
            def backward_propagation(x, theta):
                return 1.0
            """),
        "sign flipped: -x": _src("""
            def backward_propagation(x, theta):
                dtheta = -x
                return dtheta
            """),
    },
    "gradient_check": {
        "one-sided difference (J_plus - J) / epsilon": _src("""
            def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
                J_plus = forward_propagation(x, theta + epsilon)
                J = forward_propagation(x, theta)
                gradapprox = (J_plus - J) / epsilon
                grad = backward_propagation(x, theta)
                difference = np.linalg.norm(grad - gradapprox) / (
                    np.linalg.norm(grad) + np.linalg.norm(gradapprox))
                return difference
            """),
        "missing the 2 in 2 * epsilon": _src("""
            def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
                J_plus = forward_propagation(x, theta + epsilon)
                J_minus = forward_propagation(x, theta - epsilon)
                gradapprox = (J_plus - J_minus) / epsilon
                grad = backward_propagation(x, theta)
                difference = np.linalg.norm(grad - gradapprox) / (
                    np.linalg.norm(grad) + np.linalg.norm(gradapprox))
                return difference
            """),
        "operator precedence: J_plus - J_minus / (2 * epsilon)": _src("""
            def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
                J_plus = forward_propagation(x, theta + epsilon)
                J_minus = forward_propagation(x, theta - epsilon)
                gradapprox = J_plus - J_minus / (2 * epsilon)
                grad = backward_propagation(x, theta)
                difference = np.linalg.norm(grad - gradapprox) / (
                    np.linalg.norm(grad) + np.linalg.norm(gradapprox))
                return difference
            """),
        "norm of the sum in the denominator": _src("""
            def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
                J_plus = forward_propagation(x, theta + epsilon)
                J_minus = forward_propagation(x, theta - epsilon)
                gradapprox = (J_plus - J_minus) / (2 * epsilon)
                grad = backward_propagation(x, theta)
                difference = np.linalg.norm(grad - gradapprox) / np.linalg.norm(grad + gradapprox)
                return difference
            """),
        "denominator only the norm of grad": _src("""
            def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
                J_plus = forward_propagation(x, theta + epsilon)
                J_minus = forward_propagation(x, theta - epsilon)
                gradapprox = (J_plus - J_minus) / (2 * epsilon)
                grad = backward_propagation(x, theta)
                difference = np.linalg.norm(grad - gradapprox) / np.linalg.norm(grad)
                return difference
            """),
        "signed numerator, no norm": _src("""
            def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
                J_plus = forward_propagation(x, theta + epsilon)
                J_minus = forward_propagation(x, theta - epsilon)
                gradapprox = (J_plus - J_minus) / (2 * epsilon)
                grad = backward_propagation(x, theta)
                difference = (grad - gradapprox) / (abs(grad) + abs(gradapprox))
                return difference
            """),
        "epsilon hard-coded to 1e-7": _src("""
            def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
                eps = 1e-7
                J_plus = forward_propagation(x, theta + eps)
                J_minus = forward_propagation(x, theta - eps)
                gradapprox = (J_plus - J_minus) / (2 * eps)
                grad = backward_propagation(x, theta)
                difference = np.linalg.norm(grad - gradapprox) / (
                    np.linalg.norm(grad) + np.linalg.norm(gradapprox))
                return difference
            """),
        "J_minus computed at theta + epsilon too": _src("""
            def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
                J_plus = forward_propagation(x, theta + epsilon)
                J_minus = forward_propagation(x, theta + epsilon)
                gradapprox = (J_plus - J_minus) / (2 * epsilon)
                grad = backward_propagation(x, theta)
                difference = np.linalg.norm(grad - gradapprox) / (
                    np.linalg.norm(grad) + np.linalg.norm(gradapprox))
                return difference
            """),
    },
    "gradients_to_blame": {
        "absolute difference: no denominator": _src("""
            def gradients_to_blame(grad, gradapprox, shapes, threshold=1e-7):
                grads = vector_to_dictionary(grad, shapes)
                approx = vector_to_dictionary(gradapprox, shapes)
                return [name for name in shapes
                        if np.linalg.norm(grads[name] - approx[name]) > threshold]
            """),
        "comparison reversed: names the arrays that agree": _src("""
            def gradients_to_blame(grad, gradapprox, shapes, threshold=1e-7):
                grads = vector_to_dictionary(grad, shapes)
                approx = vector_to_dictionary(gradapprox, shapes)
                blamed = []
                for name in shapes:
                    difference = np.linalg.norm(grads[name] - approx[name]) / (
                        np.linalg.norm(grads[name]) + np.linalg.norm(approx[name]))
                    if difference < threshold:
                        blamed.append(name)
                return blamed
            """),
        "cuts the vectors in sorted order, W1, W2, ..., b1, b2, ...": _src("""
            def gradients_to_blame(grad, gradapprox, shapes, threshold=1e-7):
                blamed = []
                start = 0
                for name in sorted(shapes):
                    size = int(np.prod(shapes[name]))
                    g, a = grad[start:start + size], gradapprox[start:start + size]
                    start += size
                    if np.linalg.norm(g - a) / (np.linalg.norm(g) + np.linalg.norm(a)) > threshold:
                        blamed.append(name)
                return blamed
            """),
        "one difference for the whole vector: blames every array or none": _src("""
            def gradients_to_blame(grad, gradapprox, shapes, threshold=1e-7):
                difference = np.linalg.norm(grad - gradapprox) / (
                    np.linalg.norm(grad) + np.linalg.norm(gradapprox))
                return list(shapes) if difference > threshold else []
            """),
        "threshold hard-coded to 1e-7": _src("""
            def gradients_to_blame(grad, gradapprox, shapes, threshold=1e-7):
                grads = vector_to_dictionary(grad, shapes)
                approx = vector_to_dictionary(gradapprox, shapes)
                blamed = []
                for name in shapes:
                    difference = np.linalg.norm(grads[name] - approx[name]) / (
                        np.linalg.norm(grads[name]) + np.linalg.norm(approx[name]))
                    if difference > 1e-7:
                        blamed.append(name)
                return blamed
            """),
        "returns the gradients' names, dW1 instead of W1": _src("""
            def gradients_to_blame(grad, gradapprox, shapes, threshold=1e-7):
                grads = vector_to_dictionary(grad, shapes)
                approx = vector_to_dictionary(gradapprox, shapes)
                blamed = []
                for name in shapes:
                    difference = np.linalg.norm(grads[name] - approx[name]) / (
                        np.linalg.norm(grads[name]) + np.linalg.norm(approx[name]))
                    if difference > threshold:
                        blamed.append("d" + name)
                return blamed
            """),
    },
    "gradient_check_n": {
        "one-sided difference (J_plus - J) / epsilon": _src("""
            def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
                parameters_values, shapes = dictionary_to_vector(parameters)
                grad = gradients_to_vector(gradients)
                num_parameters = parameters_values.shape[0]
                gradapprox = np.zeros((num_parameters, 1))
                J, _ = forward_propagation_n(X, Y, parameters)
                for i in range(num_parameters):
                    theta_plus = np.copy(parameters_values)
                    theta_plus[i] += epsilon
                    J_plus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_plus, shapes))
                    gradapprox[i] = (J_plus - J) / epsilon
                difference = np.linalg.norm(grad - gradapprox) / (
                    np.linalg.norm(grad) + np.linalg.norm(gradapprox))
                return difference
            """),
        "missing the 2 in 2 * epsilon": _src("""
            def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
                parameters_values, shapes = dictionary_to_vector(parameters)
                grad = gradients_to_vector(gradients)
                num_parameters = parameters_values.shape[0]
                gradapprox = np.zeros((num_parameters, 1))
                for i in range(num_parameters):
                    theta_plus = np.copy(parameters_values)
                    theta_plus[i] += epsilon
                    J_plus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_plus, shapes))
                    theta_minus = np.copy(parameters_values)
                    theta_minus[i] -= epsilon
                    J_minus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_minus, shapes))
                    gradapprox[i] = (J_plus - J_minus) / epsilon
                difference = np.linalg.norm(grad - gradapprox) / (
                    np.linalg.norm(grad) + np.linalg.norm(gradapprox))
                return difference
            """),
        "norm of the sum instead of the sum of the norms in the denominator": _src("""
            def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
                parameters_values, shapes = dictionary_to_vector(parameters)
                grad = gradients_to_vector(gradients)
                num_parameters = parameters_values.shape[0]
                gradapprox = np.zeros((num_parameters, 1))
                for i in range(num_parameters):
                    theta_plus = np.copy(parameters_values)
                    theta_plus[i] += epsilon
                    J_plus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_plus, shapes))
                    theta_minus = np.copy(parameters_values)
                    theta_minus[i] -= epsilon
                    J_minus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_minus, shapes))
                    gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
                difference = np.linalg.norm(grad - gradapprox) / np.linalg.norm(grad + gradapprox)
                return difference
            """),
        "no copy: theta_plus = parameters_values, so the shifts pile up": _src("""
            def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
                parameters_values, shapes = dictionary_to_vector(parameters)
                grad = gradients_to_vector(gradients)
                num_parameters = parameters_values.shape[0]
                gradapprox = np.zeros((num_parameters, 1))
                for i in range(num_parameters):
                    theta_plus = parameters_values
                    theta_plus[i] += epsilon
                    J_plus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_plus, shapes))
                    theta_minus = np.copy(parameters_values)
                    theta_minus[i] -= epsilon
                    J_minus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_minus, shapes))
                    gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
                difference = np.linalg.norm(grad - gradapprox) / (
                    np.linalg.norm(grad) + np.linalg.norm(gradapprox))
                return difference
            """),
        "no copies at all: theta_plus and theta_minus are both parameters_values": _src("""
            def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
                parameters_values, shapes = dictionary_to_vector(parameters)
                grad = gradients_to_vector(gradients)
                num_parameters = parameters_values.shape[0]
                gradapprox = np.zeros((num_parameters, 1))
                for i in range(num_parameters):
                    theta_plus = parameters_values
                    theta_plus[i] = theta_plus[i] + epsilon
                    J_plus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_plus, shapes))
                    theta_minus = parameters_values
                    theta_minus[i] = theta_minus[i] - epsilon
                    J_minus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_minus, shapes))
                    gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
                difference = np.linalg.norm(grad - gradapprox) / (
                    np.linalg.norm(grad) + np.linalg.norm(gradapprox))
                return difference
            """),
        "copies made once, before the loop: the shifts pile up": _src("""
            def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
                parameters_values, shapes = dictionary_to_vector(parameters)
                grad = gradients_to_vector(gradients)
                num_parameters = parameters_values.shape[0]
                gradapprox = np.zeros((num_parameters, 1))
                theta_plus = np.copy(parameters_values)
                theta_minus = np.copy(parameters_values)
                for i in range(num_parameters):
                    theta_plus[i] += epsilon
                    J_plus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_plus, shapes))
                    theta_minus[i] -= epsilon
                    J_minus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_minus, shapes))
                    gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
                difference = np.linalg.norm(grad - gradapprox) / (
                    np.linalg.norm(grad) + np.linalg.norm(gradapprox))
                return difference
            """),
        "shifts every parameter at once": _src("""
            def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
                parameters_values, shapes = dictionary_to_vector(parameters)
                grad = gradients_to_vector(gradients)
                num_parameters = parameters_values.shape[0]
                gradapprox = np.zeros((num_parameters, 1))
                for i in range(num_parameters):
                    theta_plus = parameters_values + epsilon
                    J_plus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_plus, shapes))
                    theta_minus = parameters_values - epsilon
                    J_minus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_minus, shapes))
                    gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
                difference = np.linalg.norm(grad - gradapprox) / (
                    np.linalg.norm(grad) + np.linalg.norm(gradapprox))
                return difference
            """),
        "gradapprox of shape (n,): grad - gradapprox broadcasts to (n, n)": _src("""
            def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
                parameters_values, shapes = dictionary_to_vector(parameters)
                grad = gradients_to_vector(gradients)
                num_parameters = parameters_values.shape[0]
                gradapprox = np.zeros(num_parameters)
                for i in range(num_parameters):
                    theta_plus = np.copy(parameters_values)
                    theta_plus[i] += epsilon
                    J_plus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_plus, shapes))
                    theta_minus = np.copy(parameters_values)
                    theta_minus[i] -= epsilon
                    J_minus, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_minus, shapes))
                    gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
                difference = np.linalg.norm(grad - gradapprox) / (
                    np.linalg.norm(grad) + np.linalg.norm(gradapprox))
                return difference
            """),
        "shifts the dictionary in place: J_minus at theta, not theta - epsilon": _src("""
            def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
                grad = gradients_to_vector(gradients)
                gradapprox = []
                for name in dictionary_to_vector(parameters)[1]:
                    for index in np.ndindex(parameters[name].shape):
                        parameters[name][index] += epsilon
                        J_plus, _ = forward_propagation_n(X, Y, parameters)
                        parameters[name][index] -= epsilon
                        J_minus, _ = forward_propagation_n(X, Y, parameters)
                        gradapprox.append((J_plus - J_minus) / (2 * epsilon))
                gradapprox = np.array(gradapprox).reshape(-1, 1)
                difference = np.linalg.norm(grad - gradapprox) / (
                    np.linalg.norm(grad) + np.linalg.norm(gradapprox))
                return difference
            """),
    },
}

CORRECT = {
    "forward_propagation": {
        "np.dot(theta, x)": _src("""
            def forward_propagation(x, theta):
                J = np.dot(theta, x)
                return J
            """),
        "x * theta": _src("""
            def forward_propagation(x, theta):
                return x * theta
            """),
    },
    "backward_propagation": {
        "float(x)": _src("""
            def backward_propagation(x, theta):
                return float(x)
            """),
    },
    "gradient_check": {
        "abs() instead of np.linalg.norm, division as / 2 / epsilon": _src("""
            def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
                J_plus = forward_propagation(x, theta + epsilon)
                J_minus = forward_propagation(x, theta - epsilon)
                gradapprox = (J_plus - J_minus) / 2 / epsilon
                grad = backward_propagation(x, theta)
                difference = abs(grad - gradapprox) / (abs(grad) + abs(gradapprox))
                return difference
            """),
        "sqrt of the sum of squares, print_msg handled": _src("""
            def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
                theta_plus, theta_minus = theta + epsilon, theta - epsilon
                gradapprox = (forward_propagation(x, theta_plus)
                              - forward_propagation(x, theta_minus)) * (0.5 / epsilon)
                grad = backward_propagation(x, theta)
                numerator = np.sqrt(np.sum((grad - gradapprox) ** 2))
                denominator = np.sqrt(np.sum(grad ** 2)) + np.sqrt(np.sum(gradapprox ** 2))
                difference = float(numerator / denominator)
                if print_msg:
                    print("difference =", difference)
                return difference
            """),
    },
    "gradients_to_blame": {
        "slices with a running offset, in the order of shapes": _src("""
            def gradients_to_blame(grad, gradapprox, shapes, threshold=1e-7):
                blamed = []
                start = 0
                for name, shape in shapes.items():
                    end = start + int(np.prod(shape))
                    g, a = grad[start:end], gradapprox[start:end]
                    if np.linalg.norm(g - a) / (np.linalg.norm(g) + np.linalg.norm(a)) > threshold:
                        blamed.append(name)
                    start = end
                return blamed
            """),
        "a helper for the difference, a list comprehension, sqrt of sums of squares": _src("""
            def gradients_to_blame(grad, gradapprox, shapes, threshold=1e-7):
                def relative(g, a):
                    return np.sqrt(np.sum((g - a) ** 2)) / (np.sqrt(np.sum(g ** 2))
                                                             + np.sqrt(np.sum(a ** 2)))
                grads = vector_to_dictionary(grad, shapes)
                approx = vector_to_dictionary(gradapprox, shapes)
                return [name for name in shapes if relative(grads[name], approx[name]) > threshold]
            """),
    },
    "gradient_check_n": {
        "sqrt of the sum of squares, J_plus and J_minus kept in arrays": _src("""
            def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
                parameters_values, shapes = dictionary_to_vector(parameters)
                grad = gradients_to_vector(gradients)
                num_parameters = parameters_values.shape[0]
                J_plus = np.zeros((num_parameters, 1))
                J_minus = np.zeros((num_parameters, 1))
                gradapprox = np.zeros((num_parameters, 1))
                for i in range(num_parameters):
                    theta_plus = parameters_values.copy()
                    theta_plus[i][0] = theta_plus[i][0] + epsilon
                    J_plus[i], _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_plus, shapes))
                    theta_minus = parameters_values.copy()
                    theta_minus[i][0] = theta_minus[i][0] - epsilon
                    J_minus[i], _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_minus, shapes))
                    gradapprox[i] = (J_plus[i] - J_minus[i]) / (2 * epsilon)
                numerator = np.sqrt(np.sum((grad - gradapprox) ** 2))
                denominator = np.sqrt(np.sum(grad ** 2)) + np.sqrt(np.sum(gradapprox ** 2))
                return numerator / denominator
            """),
        "vectorized shift with a unit vector, / 2 / epsilon": _src("""
            def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
                parameters_values, shapes = dictionary_to_vector(parameters)
                grad = gradients_to_vector(gradients)
                n = parameters_values.shape[0]
                gradapprox = np.zeros((n, 1))
                for i in range(n):
                    e = np.zeros((n, 1))
                    e[i] = epsilon
                    J_plus = forward_propagation_n(X, Y, vector_to_dictionary(parameters_values + e, shapes))[0]
                    J_minus = forward_propagation_n(X, Y, vector_to_dictionary(parameters_values - e, shapes))[0]
                    gradapprox[i] = (J_plus - J_minus) / 2 / epsilon
                return float(np.linalg.norm(grad - gradapprox)
                             / (np.linalg.norm(grad) + np.linalg.norm(gradapprox)))
            """),
        "loop over the dictionary's arrays with np.ndindex, on copies": _src("""
            def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
                grad = gradients_to_vector(gradients)
                gradapprox = []
                L = len(parameters) // 2
                for name in [f"{kind}{l}" for l in range(1, L + 1) for kind in "Wb"]:
                    for index in np.ndindex(parameters[name].shape):
                        plus = {key: value.copy() for key, value in parameters.items()}
                        minus = {key: value.copy() for key, value in parameters.items()}
                        plus[name][index] += epsilon
                        minus[name][index] -= epsilon
                        J_plus, _ = forward_propagation_n(X, Y, plus)
                        J_minus, _ = forward_propagation_n(X, Y, minus)
                        gradapprox.append((J_plus - J_minus) / (2 * epsilon))
                gradapprox = np.array(gradapprox).reshape(-1, 1)
                numerator = np.linalg.norm(grad - gradapprox)
                denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
                return numerator / denominator
            """),
        "shifts the dictionary in place, then restores it": _src("""
            def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
                grad = gradients_to_vector(gradients)
                gradapprox = np.zeros_like(grad)
                i = 0
                for name in dictionary_to_vector(parameters)[1]:
                    array = parameters[name]
                    for index in np.ndindex(array.shape):
                        original = array[index]
                        array[index] = original + epsilon
                        J_plus, _ = forward_propagation_n(X, Y, parameters)
                        array[index] = original - epsilon
                        J_minus, _ = forward_propagation_n(X, Y, parameters)
                        array[index] = original
                        gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
                        i += 1
                return np.linalg.norm(grad - gradapprox) / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))
            """),
    },
}


# The hint a learner reads when their output equals what the WRONG entry of the same
# description gives (visible checks: through checks.json; hidden checks: in the grader).
HINTS = {
    'forward_propagation': {
        'returns theta + x':
            'J is a product: J(theta) = theta * x, not theta + x',
        'returns x, the derivative, instead of the cost':
            'this is the derivative dJ/dtheta = x; forward_propagation returns the cost J(theta) '
            '= theta * x',
        'returns theta ** x':
            'J is a product, not a power (** raises to a power): J(theta) = theta * x',
        'returns theta only':
            'x is missing: J(theta) = theta * x',
    },
    'backward_propagation': {
        'returns theta, the derivative with respect to x':
            'this is the derivative with respect to x; with respect to theta, d(theta * x)/dtheta '
            '= x',
        'returns the cost theta * x':
            'this is the cost J itself; backward_propagation returns its derivative dJ/dtheta = x',
        'returns 1, the derivative of theta':
            'x is a constant factor that stays in the derivative: d(theta * x)/dtheta = x, not 1',
        'sign flipped: -x':
            'the sign is flipped: d(theta * x)/dtheta = x, not -x',
    },
    'gradient_check': {
        'one-sided difference (J_plus - J) / epsilon':
            'this is a one-sided difference; the centered one is more accurate: gradapprox = '
            '(J_plus - J_minus) / (2 * epsilon), J_plus at theta + epsilon and J_minus at theta - '
            'epsilon',
        'missing the 2 in 2 * epsilon':
            'theta + epsilon and theta - epsilon are 2 * epsilon apart: gradapprox = (J_plus - '
            'J_minus) / (2 * epsilon)',
        'operator precedence: J_plus - J_minus / (2 * epsilon)':
            'gradapprox is far from the derivative: check that J_minus is the cost at theta - '
            'epsilon and the parentheses in gradapprox = (J_plus - J_minus) / (2 * epsilon)',
        'J_minus computed at theta + epsilon too':
            'gradapprox is far from the derivative: check that J_minus is the cost at theta - '
            'epsilon and the parentheses in gradapprox = (J_plus - J_minus) / (2 * epsilon)',
        'norm of the sum in the denominator':
            'the denominator is the sum of the two norms, not the norm of the sum: '
            'np.linalg.norm(grad) + np.linalg.norm(gradapprox)',
        'denominator only the norm of grad':
            'the denominator has both norms: difference = norm(grad - gradapprox) / (norm(grad) + '
            'norm(gradapprox))',
        'signed numerator, no norm':
            'the difference is a distance, never negative: its numerator is np.linalg.norm(grad - '
            'gradapprox)',
        'epsilon hard-coded to 1e-7':
            'use the epsilon argument, not a fixed 1e-7: theta_plus = theta + epsilon, '
            'theta_minus = theta - epsilon',
    },
    'gradients_to_blame': {
        'absolute difference: no denominator':
            'divide by the sizes of the two gradients: the relative difference norm(grad_p - '
            'gradapprox_p) / (norm(grad_p) + norm(gradapprox_p)) means the same for tiny and for '
            'huge gradients, the norm of the difference alone does not',
        'comparison reversed: names the arrays that agree':
            'these are the arrays that agree: blame the names whose relative difference is above '
            'the threshold, difference > threshold',
        'cuts the vectors in sorted order, W1, W2, ..., b1, b2, ...':
            'the arrays sit in theta in the order of shapes, W1, b1, W2, b2, ...: cut grad and '
            'gradapprox with vector_to_dictionary(grad, shapes), which keeps that order',
        'one difference for the whole vector: blames every array or none':
            'compute one relative difference per array, with grad and gradapprox cut by '
            'vector_to_dictionary(..., shapes), not one difference for the whole vector',
        'threshold hard-coded to 1e-7':
            'use the threshold argument, not a fixed 1e-7: difference > threshold',
        "returns the gradients' names, dW1 instead of W1":
            'return the names of shapes, "W1", "b1", ...: the parameters whose gradients are '
            'wrong, not "dW1"',
    },
    'gradient_check_n': {
        'one-sided difference (J_plus - J) / epsilon':
            'this is a one-sided difference; the centered one is more accurate: gradapprox[i] = '
            '(J_plus - J_minus) / (2 * epsilon)',
        'missing the 2 in 2 * epsilon':
            'theta_plus and theta_minus are 2 * epsilon apart: gradapprox[i] = (J_plus - J_minus) '
            '/ (2 * epsilon)',
        'norm of the sum instead of the sum of the norms in the denominator':
            'the denominator is the sum of the two norms, not the norm of the sum: '
            'np.linalg.norm(grad) + np.linalg.norm(gradapprox)',
        'no copy: theta_plus = parameters_values, so the shifts pile up':
            'theta_plus and theta_minus must be fresh copies for each i, theta_plus = '
            'np.copy(parameters_values): without a copy the shifts stay in parameters_values',
        'no copies at all: theta_plus and theta_minus are both parameters_values':
            'theta_plus and theta_minus must be fresh copies for each i, theta_plus = '
            'np.copy(parameters_values): without a copy the shifts stay in parameters_values',
        'copies made once, before the loop: the shifts pile up':
            'copy parameters_values inside the loop, for each i: copies made once keep the shifts '
            'of the earlier parameters, theta_plus = np.copy(parameters_values); theta_plus[i] += '
            'epsilon',
        'shifts every parameter at once':
            'shift one parameter at a time: theta_plus[i] += epsilon changes only entry i, '
            'parameters_values + epsilon changes them all',
        'gradapprox of shape (n,): grad - gradapprox broadcasts to (n, n)':
            'gradapprox is rank-1, so grad - gradapprox broadcasts to (n, n): gradapprox = '
            'np.zeros((num_parameters, 1))',
    },
}
