"""Reference implementations of graded functions.

Later assignments import these to build on earlier work, and graded test cells substitute them for
the functions a graded function calls, so that a mistake in one function costs points only once.
"""
