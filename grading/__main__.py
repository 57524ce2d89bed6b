"""`python -m grading ...`: see grading/cli.py."""

from grading.cli import main

raise SystemExit(main())
