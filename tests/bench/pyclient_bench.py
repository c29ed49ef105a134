#!/usr/bin/env python3
"""The plain-Python reference for bench_projectapi: a standard-library Project API client making
the same calls to the same servers. Prints the same figures.

    pyclient_bench.py TEMPLATE_DIR ECHO_PROJECT_DIR
"""
import base64
import json
import os
import subprocess
import sys
import time


class Client:
    def __init__(self, project_dir):
        req_r, req_w = os.pipe()
        rep_r, rep_w = os.pipe()
        self.proc = subprocess.Popen(
            [sys.executable, os.path.join(project_dir, "microtvm_api_server.py"),
             "--read-fd", str(req_r), "--write-fd", str(rep_w)],
            cwd=project_dir, pass_fds=(req_r, rep_w), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(req_r)
        os.close(rep_w)
        self.w = os.fdopen(req_w, "wb", buffering=0)
        self.r = os.fdopen(rep_r, "rb")
        self.next_id = 1

    def call(self, method, params):
        rid = self.next_id
        self.next_id += 1
        self.w.write(json.dumps({"jsonrpc": "2.0", "method": method, "params": params, "id": rid}).encode() + b"\n")
        reply = json.loads(self.r.readline())
        assert reply["id"] == rid and "error" not in reply, reply
        return reply["result"]

    def close(self):
        self.w.close()
        self.proc.wait()
        self.r.close()


def main():
    template, echo = sys.argv[1], sys.argv[2]
    c = Client(template)
    c.call("server_info_query", {"tvm_version": "0.18.0"})
    times = []
    for _ in range(1000):
        t = time.perf_counter()
        c.call("server_info_query", {"tvm_version": "0.18.0"})
        times.append((time.perf_counter() - t) * 1e3)
    c.close()
    times.sort()
    print("python client: server_info_query median %.3f ms, p99 %.3f ms" % (times[500], times[989]))

    c = Client(echo)
    c.call("open_transport", {"options": {}})
    payload = os.urandom(1024 * 1024)
    chunk = 64 * 1024
    t = time.perf_counter()
    for i in range(0, len(payload), chunk):
        c.call("write_transport", {"data": base64.b85encode(payload[i:i + chunk]).decode(), "timeout_sec": 5.0})
    got = bytearray()
    while len(got) < len(payload):
        got.extend(base64.b85decode(c.call("read_transport", {"n": chunk, "timeout_sec": 5.0})["data"]))
    elapsed = time.perf_counter() - t
    assert bytes(got) == payload
    c.close()
    print("python client: 1 MiB written and read back in %.1f ms: %.2f MiB/s" % (elapsed * 1e3, 1.0 / elapsed))


if __name__ == "__main__":
    main()
