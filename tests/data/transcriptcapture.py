#!/usr/bin/env python3
"""Writes the spec's 5.3 host <-> CRT transcript as a pcapng capture, written apart from the
workbench's own CaptureWriter (docs/capture-format.md): one interface (link type 147), one
enhanced packet block per wire block, its direction in epb_flags (1 inbound: from the device,
2 outbound: from the host), microsecond times 0.7 ms apart.

  transcriptcapture.py SPEC OUT.pcapng
"""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crtpeer import transcript_blocks  # noqa: E402


def block(kind, body):
    body += b"\0" * (-len(body) % 4)
    total = 12 + len(body)
    return struct.pack("<II", kind, total) + body + struct.pack("<I", total)


def option(code, value):
    return struct.pack("<HH", code, len(value)) + value + b"\0" * (-len(value) % 4)


def main():
    spec, out = sys.argv[1], sys.argv[2]
    blocks = transcript_blocks(spec)
    data = block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1))
    name = b"transcript of spec 5.3 (host <-> CRT)"
    data += block(1, struct.pack("<HHI", 147, 0, 0) + option(2, name) + option(0, b""))
    t = 1_767_225_600_000_000  # 2026-01-01 00:00:00 UTC, in microseconds
    for _label, from_host, payload in blocks:
        t += 700
        flags = option(2, struct.pack("<I", 2 if from_host else 1)) + option(0, b"")
        body = struct.pack("<IIIII", 0, t >> 32, t & 0xFFFFFFFF, len(payload), len(payload))
        body += payload + b"\0" * (-len(payload) % 4) + flags
        data += block(6, body)
    with open(out, "wb") as f:
        f.write(data)
    print("%d blocks" % len(blocks))


if __name__ == "__main__":
    main()
