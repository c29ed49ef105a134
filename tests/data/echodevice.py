#!/usr/bin/env python3
"""A device program on stdin/stdout for the subprocess transport's tests: says hello, then echoes
what it reads until end of input; with --fail exits with code 3 after saying so on stderr."""
import os
import sys

if len(sys.argv) > 1 and sys.argv[1] == "--fail":
    sys.stderr.write("device: no board attached\n")
    sys.exit(3)
os.write(1, b"hello\n")
while True:
    data = os.read(0, 4096)
    if not data:
        break
    os.write(1, data)
