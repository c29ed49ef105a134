#!/usr/bin/env python3
"""A text board on the far end of a pseudo-terminal, for the monitor's tests.

    textpeer.py PTY [--lines N] [--prefix P]

Opens PTY raw and says "ready" on stdout. Each line the host sends is answered: "go" makes it
write N lines "<prefix><i>" (i from 0) as fast as the line takes them; "more K" writes K more
lines, numbered on; anything else is echoed back as "echo: <line>". Bytes come back as hex in
"echo-hex: ..." when the line is not UTF-8."""
import os
import sys
import termios
import tty


def main():
    path = sys.argv[1]
    args = sys.argv[2:]
    lines = int(args[args.index("--lines") + 1]) if "--lines" in args else 1000
    prefix = args[args.index("--prefix") + 1] if "--prefix" in args else "n="
    fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
    tty.setraw(fd, termios.TCSANOW)
    attrs = termios.tcgetattr(fd)
    attrs[3] &= ~termios.ECHO
    termios.tcsetattr(fd, termios.TCSANOW, attrs)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    sent = 0

    def write_all(data):
        while data:
            data = data[os.write(fd, data):]

    def send(count):
        nonlocal sent
        block = "".join("%s%d\n" % (prefix, i) for i in range(sent, sent + count)).encode()
        sent += count
        write_all(block)

    pending = b""
    while True:
        try:
            data = os.read(fd, 4096)
        except OSError:
            return
        if not data:
            return
        pending += data
        while b"\n" in pending:
            line, pending = pending.split(b"\n", 1)
            line = line.rstrip(b"\r")
            if line == b"go":
                send(lines)
            elif line.startswith(b"more "):
                send(int(line[5:]))
            else:
                try:
                    write_all(b"echo: " + line.decode("utf-8").encode() + b"\n")
                except UnicodeDecodeError:
                    write_all(b"echo-hex: " + line.hex().encode() + b"\n")


if __name__ == "__main__":
    main()
