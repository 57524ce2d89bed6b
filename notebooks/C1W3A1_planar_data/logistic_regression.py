"""Given code for C1W3A1_planar_data:
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
