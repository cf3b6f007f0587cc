"""Counts a check script's passed and failed checks, printing each failure as it happens."""
import sys


class Tally:
    def __init__(self):
        self.passed = 0
        self.failures = []

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failures.append(what)
            print("FAIL:", what, file=sys.stderr)

    def finish(self, name):
        """Prints "NAME: N passed, M failed" and exits 1 on any failure."""
        print("%s: %d passed, %d failed" % (name, self.passed, len(self.failures)))
        sys.exit(1 if self.failures else 0)
