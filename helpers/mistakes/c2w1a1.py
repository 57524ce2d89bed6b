"""Usual mistakes of C2W1A1 (initialization), as wrong implementations named by their hint.

Only ``initialize_parameters_zeros`` has fixed outputs that a wrong implementation can reproduce.
The two random initializations are checked by their properties
(:func:`helpers.reference.initialization.check_initialization`), which names the usual mistakes
(no scale, Xavier instead of He, rand instead of randn, ...) from the spread of the weights.
"""

from __future__ import annotations

import numpy as np

from helpers.mistakes import Mistake

Parameters = dict[str, np.ndarray]


def _zeros_transposed_w(layers_dims: list[int]) -> Parameters:
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters[f"W{l}"] = np.zeros((layers_dims[l - 1], layers_dims[l]))
        parameters[f"b{l}"] = np.zeros((layers_dims[l], 1))
    return parameters


def _zeros_rank_1_b(layers_dims: list[int]) -> Parameters:
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters[f"W{l}"] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros(layers_dims[l])
    return parameters


def _ones_for_w(layers_dims: list[int]) -> Parameters:
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters[f"W{l}"] = np.ones((layers_dims[l], layers_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layers_dims[l], 1))
    return parameters


def _last_layer_missing(layers_dims: list[int]) -> Parameters:
    parameters = {}
    for l in range(1, len(layers_dims) - 1):  # range(1, L): stops before layer L
        parameters[f"W{l}"] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layers_dims[l], 1))
    return parameters


def _loop_from_0(layers_dims: list[int]) -> Parameters:
    parameters = {}
    for l in range(len(layers_dims) - 1):  # range(L): a layer 0 and no layer L
        parameters[f"W{l}"] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layers_dims[l], 1))
    return parameters


MISTAKES: dict[str, list[Mistake]] = {
    "initialize_parameters_zeros": [
        (("W has its two sizes swapped: W[l] has shape (layers_dims[l], layers_dims[l - 1]), "
          "one row per unit of layer l"), _zeros_transposed_w),
        (("b is a rank-1 array: each bias is a column, "
          "b[l] = np.zeros((layers_dims[l], 1))"), _zeros_rank_1_b),
        (("the weights must start at zero too: "
          "W[l] = np.zeros((layers_dims[l], layers_dims[l - 1])), not np.ones"), _ones_for_w),
        (("the last layer is missing: loop over l = 1, ..., L with range(1, L + 1), "
          "where L = len(layers_dims) - 1"), _last_layer_missing),
        (("the layers are numbered from 1: loop over range(1, L + 1) to get the keys "
          "W1, b1, ..., WL, bL"), _loop_from_0),
    ],
}
