"""`scriptlint` and `python -m scriptlint`: exec the native binary with the same arguments, so that
exit codes, signals, standard input and a terminal pass straight through."""

import os
import sys

from scriptlint import binary_path


def main() -> None:
    binary = binary_path()
    try:
        os.execv(binary, ["scriptlint", *sys.argv[1:]])
    except OSError as error:
        sys.stderr.write(
            f"scriptlint: cannot run {binary}: {error.strerror}. This wheel's binary does not run on this "
            "machine; reinstall the wheel built for it (pip install --force-reinstall scriptlint).\n")
        sys.exit(2)


if __name__ == "__main__":
    main()
