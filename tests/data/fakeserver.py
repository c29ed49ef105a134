#!/usr/bin/env python3
"""A Project API server that misbehaves on purpose, for the client's error-path tests.

    fakeserver.py MODE --read-fd R --write-fd W

It answers server_info_query normally (so that a client can start a conversation), then does
what MODE says on the next request:
    ok            answers every request with a null result
    garbage       answers with a line that is not JSON
    wrongid       answers with another id
    hugeline      answers with one line of 70 MB
    noreply       reads the request and never answers
    crash         exits with status 3 in the middle of the call, after a line on stderr
    stderrflood   writes 200,000 lines to stderr, then answers
    invalid       answers with an invalid-request error (id null) and exits, as a real server does
    oldprotocol   says protocol_version 2 in server_info_query
    spawnchild    starts a child that sleeps, then never answers (the cancel test kills both)
    echo          a loopback transport: read_transport returns what write_transport was given
    servererror   a generated project (not a template) whose build fails with a Python traceback
    ignoreterm    ignores EOF and SIGTERM, never answers after server_info_query (only SIGKILL ends it)
    hanginfo      ignores EOF and SIGTERM, never answers at all, server_info_query included
    slowread      read_transport answers after SLOWREAD_SEC seconds (default 40) with one byte
    closerequest  closes its request pipe on the next request and sleeps, never answering
    blankflood    answers the next request with 200,000 empty lines, then sleeps
    crt           a generated project whose transport is a microTVM device (tests/data/crtpeer.py on
                  a pipe): open_transport starts it, read_transport waits up to timeout_sec and says
                  IoTimeoutError when nothing came, close_transport ends it
"""
import base64
import select
import json
import os
import signal
import subprocess
import sys
import time


def main():
    mode = sys.argv[1]
    args = sys.argv[2:]
    rfd = int(args[args.index("--read-fd") + 1])
    wfd = int(args[args.index("--write-fd") + 1])
    if mode in ("ignoreterm", "hanginfo"):
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        with open("server.pid", "w") as f:  # in the project folder, the server's working directory
            f.write(str(os.getpid()))
    reader = os.fdopen(rfd, "rb", buffering=0)
    writer = os.fdopen(wfd, "wb", buffering=0)

    def reply(obj):
        writer.write(json.dumps(obj).encode() + b"\n")

    buffer = b""
    echoed = bytearray()
    while True:
        chunk = reader.read(65536)
        if not chunk:
            if mode in ("ignoreterm", "hanginfo"):
                while True:  # stubborn: EOF on its request pipe and SIGTERM do not end it
                    time.sleep(3600)
            return 0
        buffer += chunk
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            request = json.loads(line)
            rid = request["id"]
            if mode == "hanginfo":
                continue
            if request["method"] == "server_info_query":
                reply({"jsonrpc": "2.0", "id": rid, "result": {
                    "platform_name": "fake", "is_template": mode not in ("servererror", "crt"), "model_library_format_path": "",
                    "protocol_version": 2 if mode == "oldprotocol" else 1,
                    "project_options": [
                        {"name": "verbose", "type": "bool", "default": False, "choices": None,
                         "required": None, "optional": ["build"], "help": "Say more."},
                        {"name": "board", "choices": ["a", "b"], "help": "v0.8 shape: no type"}]}})
                continue
            if mode == "crt":
                method, params = request["method"], request["params"]
                result, error = None, None
                if method == "open_transport":
                    peer = os.path.join(os.path.dirname(os.path.abspath(__file__)), "crtpeer.py")
                    device = subprocess.Popen([sys.executable, peer], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
                    result = {"timeouts": {"session_start_retry_timeout_sec": 1, "session_start_timeout_sec": 5,
                                           "session_established_timeout_sec": 10}}
                elif method == "write_transport":
                    device.stdin.write(base64.b85decode(params["data"]))
                    device.stdin.flush()
                elif method == "read_transport":
                    ready, _, _ = select.select([device.stdout], [], [], params["timeout_sec"] or 60)
                    data = os.read(device.stdout.fileno(), params["n"]) if ready else b""
                    if not ready:
                        error = {"code": -32000, "message": "IoTimeoutError", "data": None}
                    elif not data:
                        error = {"code": -32000, "message": "TransportClosedError", "data": None}
                    else:
                        result = {"data": base64.b85encode(data).decode()}
                elif method == "close_transport":
                    device.terminate()
                    device.wait()
                if error:
                    reply({"jsonrpc": "2.0", "id": rid, "error": error})
                else:
                    reply({"jsonrpc": "2.0", "id": rid, "result": result})
                continue
            if mode == "echo":
                method, params = request["method"], request["params"]
                result = None
                if method == "open_transport":
                    result = {"timeouts": {"session_start_retry_timeout_sec": 0, "session_start_timeout_sec": 0,
                                           "session_established_timeout_sec": 0}}
                elif method == "write_transport":
                    echoed.extend(base64.b85decode(params["data"]))
                elif method == "read_transport":
                    n = params["n"]
                    result = {"data": base64.b85encode(bytes(echoed[:n])).decode()}
                    del echoed[:n]
                reply({"jsonrpc": "2.0", "id": rid, "result": result})
            elif mode == "ok":
                reply({"jsonrpc": "2.0", "id": rid, "result": None})
            elif mode == "garbage":
                writer.write(b"this is not json\n")
            elif mode == "wrongid":
                reply({"jsonrpc": "2.0", "id": rid + 100, "result": None})
            elif mode == "hugeline":
                writer.write(b'{"jsonrpc": "2.0", "id": %d, "result": "' % rid + b"x" * (70 * 1024 * 1024) + b'"}\n')
            elif mode == "slowread" and request["method"] == "read_transport":
                time.sleep(float(os.environ.get("SLOWREAD_SEC", "40")))
                reply({"jsonrpc": "2.0", "id": rid, "result": {"data": base64.b85encode(b"x").decode()}})
            elif mode == "slowread":
                reply({"jsonrpc": "2.0", "id": rid, "result": None})
            elif mode == "closerequest":
                reader.close()
                time.sleep(3600)
            elif mode == "blankflood":
                writer.write(b"\n" * 200000)
                time.sleep(3600)
            elif mode in ("noreply", "ignoreterm"):
                pass
            elif mode == "crash":
                sys.stderr.write("fake server: about to crash\n")
                sys.stderr.flush()
                os._exit(3)
            elif mode == "stderrflood":
                for i in range(200000):
                    sys.stderr.write("flood line %d\n" % i)
                sys.stderr.flush()
                reply({"jsonrpc": "2.0", "id": rid, "result": None})
            elif mode == "invalid":
                reply({"jsonrpc": "2.0", "id": None, "error": {
                    "code": -32600, "message": "request: want dict; got list", "data": None}})
                return 0
            elif mode == "spawnchild":
                child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
                sys.stdout.write("child %d\n" % child.pid)
                sys.stdout.flush()
            elif mode == "servererror":
                reply({"jsonrpc": "2.0", "id": rid, "error": {
                    "code": -32000, "message": "calling method build",
                    "data": {"traceback": "Traceback (most recent call last):\n  File \"x.py\", line 1, in f\n"
                                          "FileNotFoundError: [Errno 2] No such file or directory: 'west'\n"}}})


if __name__ == "__main__":
    sys.exit(main())
