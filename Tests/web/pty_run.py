#!/usr/bin/env python3
"""Runs a command with its standard error on a pseudo-terminal (standard output a pipe) and prints
what it wrote there, so that a test can see a terminal-only progress line.
Usage: pty_run.py COMMAND ARG ...
"""
import os
import pty
import subprocess
import sys

master, slave = pty.openpty()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=slave, stdin=subprocess.DEVNULL)
os.close(slave)
out = b""
while True:
    try:
        chunk = os.read(master, 4096)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
proc.wait()
sys.stdout.write(out.decode("utf-8", "replace"))
sys.exit(proc.returncode)
