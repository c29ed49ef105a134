#!/usr/bin/env python3
"""A microTVM device for the host-session tests, written apart from the workbench's own code:
framing (CRC-16/CCITT-FALSE over the escaped bytes, FF escaped as FF FF) and the device side of
the session layer (spec 4.1, 4.2). It talks on stdin/stdout, or on a pseudo-terminal (--pty).

  crtpeer.py [--pty PATH] [--ignore N] [--never] [--reboot] [--echo]
      boots (TerminateSession, then a Log), answers StartSessionInit (after ignoring the first N,
      or never), then with --reboot sends a Log and reboots (TerminateSession), with --echo sends
      each Normal message's body back.
  crtpeer.py [--pty PATH] --transcript SPEC
      plays the device side of the spec's 5.3 transcript: checks that the host sends each host
      block byte for byte and answers with the device block after it; exits 1 on a mismatch.
"""
import binascii
import os
import re
import sys
import termios
import tty


class Link:
    def __init__(self, pty):
        if pty:
            self.rfd = self.wfd = os.open(pty, os.O_RDWR | os.O_NOCTTY)
            tty.setraw(self.rfd, termios.TCSANOW)
        else:
            self.rfd, self.wfd = 0, 1

    def read(self):
        try:
            return os.read(self.rfd, 4096)
        except OSError:
            return b""

    def write(self, data):
        while data:
            data = data[os.write(self.wfd, data):]


def escape(data):
    return data.replace(b"\xff", b"\xff\xff")


class Framer:
    def __init__(self):
        self.fresh = True

    def frame(self, payload):
        body = b"\xff\xfd" + escape(len(payload).to_bytes(4, "little")) + escape(payload)
        crc = binascii.crc_hqx(body, 0xFFFF)
        out = (b"\xfe" if self.fresh else b"") + body + escape(crc.to_bytes(2, "little"))
        self.fresh = False
        return out


def unframe(buffer):
    """Complete payloads at the front of buffer (CRC checked); returns (payloads, rest)."""
    out = []
    while True:
        start = buffer.find(b"\xff\xfd")
        if start < 0:
            return out, buffer[-1:] if buffer.endswith(b"\xff") else b""
        raw, i, fields = buffer[start:start + 2], start + 2, []

        def take(n):
            nonlocal i, raw
            got = b""
            while len(got) < n:
                if i >= len(buffer):
                    return None
                b = buffer[i]
                if b == 0xFF:
                    if i + 1 >= len(buffer):
                        return None
                    nxt = buffer[i + 1]
                    raw += buffer[i:i + 2]
                    i += 2
                    if nxt == 0xFF:
                        got += b"\xff"
                    continue  # FE nops skipped; FD would be a new packet (not produced by the host)
                raw += bytes([b])
                got += bytes([b])
                i += 1
            return got

        length = take(4)
        if length is None:
            return out, buffer[start:]
        payload = take(int.from_bytes(length, "little"))
        if payload is None:
            return out, buffer[start:]
        crc_raw = raw
        crc = take(2)
        if crc is None:
            return out, buffer[start:]
        if binascii.crc_hqx(crc_raw, 0xFFFF) == int.from_bytes(crc, "little"):
            out.append(payload)
        buffer = buffer[i:]


def transcript_blocks(spec):
    text = open(spec, encoding="utf-8").read()
    text = text[text.index("### 5.3"):text.index("Decoding aids for the transcript")]
    blocks, cur = [], None
    for line in text.split("\n"):
        m = re.match(r"^\[(.+)\] wire (host|device)->", line)
        if m:
            cur = [m.group(1), m.group(2) == "host", b""]
            blocks.append(cur)
            continue
        if line.startswith("["):
            cur = None
            continue
        m = re.match(r"^\s+((?:[0-9a-f]{2} ?)+)$", line)
        if m and cur is not None:
            cur[2] += bytes.fromhex(m.group(1))
    return [b for b in blocks if b[2]]


def play_transcript(link, spec):
    blocks = transcript_blocks(spec)
    got = b""
    for label, from_host, data in blocks:
        if not from_host:
            link.write(data)
            continue
        while len(got) < len(data):
            more = link.read()
            if not more:
                sys.stderr.write("host went away before block %r\n" % label)
                return 1
            got += more
        if got[:len(data)] != data:
            sys.stderr.write("host block %r differs:\n want %s\n got  %s\n" % (label, data.hex(" "), got[:len(data)].hex(" ")))
            return 1
        got = got[len(data):]
    sys.stderr.write("transcript played\n")
    return 0


def main():
    args = sys.argv[1:]
    opt = lambda name: name in args
    value = lambda name, default=None: args[args.index(name) + 1] if name in args else default
    link = Link(value("--pty"))
    if opt("--transcript"):
        return play_transcript(link, value("--transcript"))
    framer = Framer()
    send = lambda sid, kind, body=b"": link.write(framer.frame(sid.to_bytes(2, "little") + bytes([kind]) + body))
    send(0, 2)  # boot: TerminateSession
    send(0, 3, b"microTVM Zephyr runtime - running")
    ignore, nonce, session = int(value("--ignore", "0")), 0x9C, None
    buffer = b""
    while True:
        data = link.read()
        if not data:
            return 0
        payloads, buffer = unframe(buffer + data)
        for p in payloads:
            sid, kind, body = int.from_bytes(p[0:2], "little"), p[2], p[3:]
            if kind == 0 and body == b"\x01" and (sid & 0xFF):
                if opt("--never") or ignore > 0:
                    ignore -= 1
                    continue
                nonce = ((((nonce << 5) | (nonce >> 5)) + 1) & 0xFF) or 1
                session = (sid & 0xFF) | (nonce << 8)
                send(session, 1, b"\x01")
                if opt("--reboot"):
                    send(0, 3, b"about to reboot")
                    send(0, 2)
                    session = None
            elif kind == 0x10 and session is not None and sid == session and opt("--echo"):
                send(session, 0x10, body)


if __name__ == "__main__":
    sys.exit(main())
