#!/usr/bin/env python3
"""The far end of a serial link for the transport tests: opens a pseudo-terminal (the peer side
of a socat pair) raw, says "ready" on stdout, and echoes every byte it reads, or with --send N
writes N bytes of a known sequence (byte i is i * 7 % 251) as fast as the line takes them (or,
with --rate R after it, at R bytes per second), then keeps echoing."""
import os
import sys
import termios
import time
import tty


def main():
    path = sys.argv[1]
    send = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--send" else 0
    rate = float(sys.argv[5]) if len(sys.argv) > 5 and sys.argv[4] == "--rate" else 0.0
    fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
    tty.setraw(fd, termios.TCSANOW)  # not TCSAFLUSH: bytes already on the line stay
    attrs = termios.tcgetattr(fd)
    attrs[3] &= ~termios.ECHO
    termios.tcsetattr(fd, termios.TCSANOW, attrs)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    # The sequence repeats every 251 bytes: one period-aligned block, sliced at the right phase.
    block = bytes((i * 7) % 251 for i in range(251 * 256))
    sent = 0
    start = time.monotonic()
    while sent < send:
        phase = sent % 251
        chunk = block[phase:phase + min(send - sent, 16384 if rate else 65536)]
        sent += os.write(fd, chunk)
        if rate:
            ahead = sent / rate - (time.monotonic() - start)
            if ahead > 0:
                time.sleep(ahead)
    sys.stdout.write("sent %d\n" % sent)
    sys.stdout.flush()
    while True:
        try:
            data = os.read(fd, 4096)
        except OSError:
            return 0
        if not data:
            return 0
        os.write(fd, data)


if __name__ == "__main__":
    sys.exit(main())
