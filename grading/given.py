"""Given code: the functions of earlier assignments that a later assignment builds on.

The original course shipped such "utils" files with each assignment; here they are derived by
`python -m grading derive`, never copied by hand. `GIVEN` says, per assignment, which modules to
write next to its notebook:

- ``{"deep_network": ("C1W4A1_deep_network_step_by_step", ("L_model_forward", ...))}``: a
  module holding those graded functions of the earlier assignment as its answer key has them
  (each solution cell), plus the earlier graded functions they call, plus the imports they need
  (numpy, math and `helpers.activations` lines of the earlier notebook's imports cell);
- ``{"three_layer": ("C2W1A1_initialization", COPY)}``: a copy of the hand-written given module
  `three_layer.py` of the earlier assignment's folder (it may import that folder's generated
  modules, which must then be given too).

A student's folder for assignment X thus holds answers of earlier assignments only: never one of
X's own graded functions, nor a later one's (the tests search for that).
"""

from __future__ import annotations

import ast
import builtins
import dis
import sys
import types

from grading import key

COPY = "copy"  # the module is the earlier folder's hand-written file of the same name, copied

# assignment -> {module name: (earlier assignment, the functions it gives, or COPY)}
GIVEN: dict[str, dict[str, tuple[str, tuple[str, ...] | str]]] = {
    "C1W3A1_planar_data": {
        "logistic_regression": ("C1W2A2_logistic_regression", ("sigmoid",)),
    },
    "C1W4A2_deep_network_application": {
        "deep_network": ("C1W4A1_deep_network_step_by_step",
                         ("initialize_parameters", "initialize_parameters_deep",
                          "linear_activation_forward", "linear_activation_backward",
                          "L_model_forward", "L_model_backward", "compute_cost",
                          "update_parameters")),
        "logistic_regression": ("C1W2A2_logistic_regression", ("model",)),
    },
    "C2W1A1_initialization": {
        "deep_network": ("C1W4A1_deep_network_step_by_step", ("update_parameters",)),
    },
    "C2W1A2_regularization": {
        "deep_network": ("C1W4A1_deep_network_step_by_step",
                         ("initialize_parameters_deep", "update_parameters")),
        "three_layer": ("C2W1A1_initialization", COPY),
    },
    "C2W2A1_optimization_methods": {
        "deep_network": ("C1W4A1_deep_network_step_by_step",
                         ("initialize_parameters_deep", "L_model_forward", "compute_cost",
                          "L_model_backward")),
    },
}

# What an imports cell may bring into a given module: computing, not checking or plotting.
_KEEP_MODULES = ("numpy", "math")
_KEEP_HELPERS = ("helpers.activations",)


def modules_for(assignment: str) -> dict[str, str]:
    """module name -> text of each given module that `assignment`'s folder must hold."""
    found = {}
    for module, (earlier, names) in GIVEN.get(assignment, {}).items():
        if names == COPY:
            found[module] = (key.source_notebook(earlier).parent / f"{module}.py").read_text()
        else:
            found[module] = module_text(assignment, module, earlier, names)
    return found


def module_text(assignment: str, module: str, earlier: str, names: tuple[str, ...]) -> str:
    graded = key.graded_names(earlier)
    unknown = [n for n in names if n not in graded]
    if unknown:
        raise ValueError(f"{assignment}: {module}.py asks for {', '.join(unknown)}, which are not "
                         f"graded functions of {earlier}")
    wanted = _with_dependencies(earlier, names)
    solutions = key.solutions(earlier)
    header = (f'"""Given code for {assignment}:\nfunctions you wrote in {earlier}, as the course '
              f"wrote them.\n\nGenerated from the answer key by `python -m grading derive`; "
              f'do not edit.\n"""\n\n')
    bodies = "\n\n".join(solutions[n].strip() + "\n" for n in graded if n in wanted)
    text = header + _imports(earlier, bodies) + "\n\n" + bodies
    _check_complete(text, f"{module}.py for {assignment}")
    return text


def _with_dependencies(earlier: str, names: tuple[str, ...]) -> set[str]:
    wanted, todo = set(), list(names)
    while todo:
        name = todo.pop()
        if name not in wanted:
            wanted.add(name)
            todo += key.dependencies(earlier, name)
    return wanted


def _imports(earlier: str, bodies: str) -> str:
    """The lines of the earlier imports cell that `bodies` need, in the order ruff's isort wants:
    standard library, then third-party, then the course's own `helpers`, a blank line between."""
    used = {n.id for n in ast.walk(ast.parse(bodies)) if isinstance(n, ast.Name)}
    groups: dict[int, list[str]] = {}
    for node in ast.parse(key.imports_source(earlier)).body:
        if isinstance(node, ast.Import) and all(a.name in _KEEP_MODULES for a in node.names):
            module = node.names[0].name
        elif isinstance(node, ast.ImportFrom) and (node.module in _KEEP_MODULES
                                                   or node.module in _KEEP_HELPERS):
            module = node.module
        else:
            continue
        node.names = sorted((a for a in node.names if (a.asname or a.name.split(".")[0]) in used),
                            key=lambda a: a.name)
        if node.names:
            group = 2 if module.startswith("helpers") else 0 if module in sys.stdlib_module_names else 1
            groups.setdefault(group, []).append(ast.unparse(node))
    return "\n\n".join("\n".join(sorted(lines)) for _, lines in sorted(groups.items())) + "\n"


def _check_complete(text: str, what: str) -> None:
    """Every name a given function uses must be defined in its module (or be a builtin)."""
    namespace: dict = {"__name__": "given"}
    exec(compile(text, what, "exec"), namespace)
    missing = set()
    for value in namespace.values():
        if isinstance(value, types.FunctionType) and value.__module__ == "given":
            missing |= {n for n in _globals_used(value.__code__)
                        if n not in namespace and not hasattr(builtins, n)}
    if missing:
        raise ValueError(f"{what} uses {', '.join(sorted(missing))}, which it does not define")


def _globals_used(code: types.CodeType) -> set[str]:
    found = {i.argval for i in dis.get_instructions(code) if i.opname in ("LOAD_GLOBAL", "LOAD_NAME")}
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            found |= _globals_used(const)
    return found
