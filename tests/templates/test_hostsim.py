#!/usr/bin/env python3
"""Tests of the host simulator template project (resources/templates/host-sim).

The real Project API server is started the way a client starts it: two os.pipe() pairs, the
child's ends passed with pass_fds and named by --read-fd / --write-fd, one JSON-RPC request
per line. The tests cover the protocol's validation and error paths, and generate, build,
flash and run the example archive, generated fixtures (tests/data/mlfgen.py) and the real
archives in ../shared/corpus beside the checkout (skipped when that folder is absent).

Run: python3 tests/templates/test_hostsim.py   (standard library only; needs a C compiler "cc")
"""

import base64
import binascii
import itertools
import json
import math
import os
import re
import select
import shutil
import stat
import struct
import time
import subprocess
import sys
import tarfile
import tempfile
import unittest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEMPLATE = os.path.join(REPO, "resources", "templates", "host-sim")
EXAMPLE = os.path.join(REPO, "resources", "example", "tinydense.tar")
MLFGEN = os.path.join(REPO, "tests", "data", "mlfgen.py")
CORPUS = os.path.normpath(os.path.join(REPO, "..", "shared", "corpus"))

REPLY_TIMEOUT = 300.0  # seconds to wait for one reply (a build of a big archive)
HAVE_CC = shutil.which("cc") is not None
_LOG_NUMBERS = itertools.count(1)


class ApiError(Exception):
    def __init__(self, error):
        super().__init__("%s: %s" % (error.get("code"), error.get("message")))
        self.code = error.get("code")
        self.message = error.get("message")
        self.data = error.get("data")


class ApiClient:
    """A minimal Project API client: newline-delimited JSON-RPC 2.0 over two pipes."""

    def __init__(self, project_dir, log_dir):
        req_r, req_w = os.pipe()
        rep_r, rep_w = os.pipe()
        self.log = open(os.path.join(log_dir, "server-%d.log" % next(_LOG_NUMBERS)), "wb")
        cmd = [sys.executable, os.path.join(project_dir, "microtvm_api_server.py"),
               "--read-fd", str(req_r), "--write-fd", str(rep_w)]
        self.proc = subprocess.Popen(cmd, cwd=project_dir, pass_fds=(req_r, rep_w),
                                     stdout=self.log, stderr=self.log)
        os.close(req_r)
        os.close(rep_w)
        self._req = req_w
        self._rep = rep_r
        self._buf = b""
        self._id = 0

    def send_line(self, data: bytes):
        while data:
            data = data[os.write(self._req, data):]

    def read_reply(self):
        """The next reply object, or None at EOF (the server ended)."""
        while b"\n" not in self._buf:
            ready, _, _ = select.select([self._rep], [], [], REPLY_TIMEOUT)
            if not ready:
                raise AssertionError("no reply within %d s" % REPLY_TIMEOUT)
            chunk = os.read(self._rep, 65536)
            if not chunk:
                return None
            self._buf += chunk
        line, self._buf = self._buf.split(b"\n", 1)
        return json.loads(line.decode("utf-8"))

    def request(self, method, params):
        self._id += 1
        self.send_line((json.dumps({"jsonrpc": "2.0", "method": method, "params": params,
                                    "id": self._id}) + "\n").encode("utf-8"))
        reply = self.read_reply()
        assert reply is not None, "server ended while %s was pending" % method
        assert reply.get("jsonrpc") == "2.0" and reply.get("id") == self._id, reply
        return reply

    def call(self, method, **params):
        reply = self.request(method, params)
        if "error" in reply:
            raise ApiError(reply["error"])
        return reply["result"]

    def close(self):
        try:
            os.close(self._req)
        except OSError:
            pass
        try:
            self.proc.wait(timeout=30)
        finally:
            os.close(self._rep)
            self.log.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# ----------------------------------------------------------------------------- output parsing

RUN_LINE = re.compile(r"^run (\d+)/(\d+) (\S+): ([0-9.]+) ms checksum=(0x[0-9a-f]{8})$")
OUTPUT_LINE = re.compile(r"^output ([^/\s]+)/(.+): (\w+)\[(\d+)\] checksum=(0x[0-9a-f]{8}) =(.*)$")


class ProgramOutput:
    def __init__(self, text):
        self.text = text
        self.runs = []  # (run, total, module, ms, checksum)
        self.outputs = {}  # (module, name) -> (dtype, count, checksum, values)
        self.done = False
        for line in text.splitlines():
            m = RUN_LINE.match(line)
            if m:
                run, total, module, ms, checksum = m.groups()
                self.runs.append((int(run), int(total), module, float(ms), checksum))
                continue
            m = OUTPUT_LINE.match(line)
            if m:
                values = re.sub(r"\s*\.\.\. \(\d+ more\)$", "", m.group(6)).split()
                self.outputs[(m.group(1), m.group(2))] = (
                    m.group(3), int(m.group(4)), m.group(5), [float(v) for v in values])
            if line == "done":
                self.done = True

    def checksums(self):
        return {key: out[2] for key, out in self.outputs.items()}


# ------------------------------------------------------------------------------------ helpers


def read_params(path):
    """{name: (shape, float values)} from a .params file of float32 tensors (spec 2.1)."""
    with open(path, "rb") as f:
        data = f.read()
    pos = 24
    (count,) = struct.unpack_from("<Q", data, 16)
    names = []
    for _ in range(count):
        (n,) = struct.unpack_from("<Q", data, pos)
        names.append(data[pos + 8:pos + 8 + n].decode())
        pos += 8 + n
    pos += 8
    result = {}
    for name in names:
        ndim, code, bits = struct.unpack_from("<iBB", data, pos + 24)
        pos += 32
        shape = struct.unpack_from("<%dq" % ndim, data, pos)
        pos += 8 * ndim
        (nbytes,) = struct.unpack_from("<q", data, pos)
        pos += 8
        assert (code, bits) == (2, 32)
        result[name] = (shape, struct.unpack_from("<%df" % (nbytes // 4), data, pos))
        pos += nbytes
    return result


def tinydense_reference(params, x):
    """dense(16->8) + bias, relu, dense(8->4) + bias, softmax: the example model's Relay text."""
    w1, b1, w2, b2 = (params[k][1] for k in ("p0", "p1", "p2", "p3"))
    h = [max(0.0, b1[j] + sum(x[k] * w1[j * 16 + k] for k in range(16))) for j in range(8)]
    o = [b2[j] + sum(h[k] * w2[j * 8 + k] for k in range(8)) for j in range(4)]
    top = max(o)
    e = [math.exp(v - top) for v in o]
    return [v / sum(e) for v in e]


class HostSimCase(unittest.TestCase):
    """Shared set-up: a scratch folder and helpers that drive the template like a client."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="hostsim-test-")
        cls.logs = os.path.join(cls.tmp, "logs")
        os.makedirs(cls.logs)
        with cls.server_at(TEMPLATE) as client:
            info = client.call("server_info_query", tvm_version="0.18.0")
        cls.defaults = {o["name"]: o["default"] for o in info["project_options"]}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def server_at(cls, project_dir):
        return ApiClient(project_dir, cls.logs)

    def options(self, **overrides):
        opts = dict(self.defaults)
        opts.update(overrides)
        return opts

    def project_path(self, name):
        return os.path.join(self.tmp, "projects", re.sub(r"[^A-Za-z0-9_.-]", "_", name))

    def generate(self, archive, name, **opts):
        """generate_project; returns the project folder or raises ApiError."""
        project_dir = self.project_path(name)
        with self.server_at(TEMPLATE) as client:
            client.call("generate_project", model_library_format_path=archive,
                        standalone_crt_dir=os.path.join(self.tmp, "no-crt"),
                        project_dir=project_dir, options=self.options(**opts))
        return project_dir

    def generate_error(self, archive, name, **opts):
        with self.assertRaises(ApiError) as ctx:
            self.generate(archive, name, **opts)
        self.assertEqual(ctx.exception.code, -32000)
        self.assertFalse(os.path.exists(self.project_path(name)), "failed generate left a folder")
        return ctx.exception

    @staticmethod
    def read_all(client, timeout=60.0):
        out = b""
        while True:
            try:
                out += base64.b85decode(client.call("read_transport", n=65536, timeout_sec=timeout)["data"])
            except ApiError as err:
                if err.message == "TransportClosedError":
                    return out.decode("utf-8", "replace")
                raise

    def build_and_run(self, project_dir, sessions=1, **opts):
        """server_info_query, build, flash, then open_transport/read until closed, once or more.

        Returns a list of ProgramOutput, one per transport session."""
        options = self.options(**opts)
        results = []
        with self.server_at(project_dir) as client:
            info = client.call("server_info_query", tvm_version="0.18.0")
            self.assertFalse(info["is_template"])
            self.assertEqual(info["model_library_format_path"], os.path.join(project_dir, "model.tar"))
            self.assertTrue(os.path.isfile(info["model_library_format_path"]))
            self.assertIsNone(client.call("build", options=options))
            self.assertIsNone(client.call("flash", options=options))
            self.assertTrue(os.path.isfile(os.path.join(project_dir, "installed", "model_runner")))
            for _ in range(sessions):
                timeouts = client.call("open_transport", options=options)["timeouts"]
                self.assertEqual(set(timeouts), {"session_start_retry_timeout_sec",
                                                 "session_start_timeout_sec",
                                                 "session_established_timeout_sec"})
                results.append(ProgramOutput(self.read_all(client)))
                self.assertIsNone(client.call("close_transport"))
        for out in results:
            self.assertTrue(out.done, out.text)
        return results

    def run_installed(self, project_dir, **opts):
        """One transport session with the already installed program; returns its raw text."""
        with self.server_at(project_dir) as client:
            client.call("open_transport", options=self.options(**opts))
            text = self.read_all(client)
            client.call("close_transport")
        return text

    def assert_deterministic_runs(self, out):
        by_module = {}
        for run, total, module, ms, checksum in out.runs:
            by_module.setdefault(module, set()).add(checksum)
            self.assertGreaterEqual(ms, 0.0)
        for module, sums in by_module.items():
            self.assertEqual(len(sums), 1, "module %s: runs differ: %s" % (module, out.text))

    def assert_softmax(self, values):
        self.assertTrue(all(v >= 0.0 for v in values), values)
        self.assertAlmostEqual(sum(values), 1.0, delta=1e-4)


# ---------------------------------------------------------------------------- protocol tests


class ProtocolTests(HostSimCase):
    def test_server_info_of_template(self):
        with self.server_at(TEMPLATE) as client:
            info = client.call("server_info_query", tvm_version="0.18.0")
        self.assertEqual(info["protocol_version"], 1)
        self.assertEqual(info["platform_name"], "host-sim")
        self.assertIs(info["is_template"], True)
        self.assertEqual(info["model_library_format_path"], "")
        options = {o["name"]: o for o in info["project_options"]}
        for opt in options.values():
            self.assertEqual(set(opt), {"name", "type", "choices", "default", "required", "optional", "help"})
            self.assertIn(opt["type"], ("int", "str", "bool"))
            self.assertTrue(opt["help"])
        self.assertEqual(set(options),
                         {"runs", "input_fill", "random_seed", "print_every", "pace_ms", "input_file", "cc", "extra_cflags",
                          "verbose", "project_type"})
        self.assertEqual(options["project_type"]["choices"], ["standalone", "host_driven"])
        self.assertEqual(options["project_type"]["default"], "standalone")
        self.assertEqual((options["runs"]["type"], options["runs"]["default"]), ("int", 1))
        self.assertEqual(options["input_fill"]["choices"], ["zeros", "ones", "random", "file"])
        self.assertEqual(options["input_fill"]["default"], "zeros")
        self.assertEqual(options["cc"]["default"], "cc")
        self.assertEqual(options["cc"]["required"], ["build"])
        self.assertIn("open_transport", options["runs"]["optional"])

    def test_unknown_method_and_bad_params_keep_the_server(self):
        with self.server_at(TEMPLATE) as client:
            reply = client.request("no_such", {})
            self.assertEqual(reply["error"],
                             {"code": -32601, "message": "no_such: no such method", "data": None})
            cases = [
                ("build", {}, "method build: parameter options not given"),
                ("server_info_query", {"tvm_version": "0.18.0", "x": 1},
                 "server_info_query: extra parameters: x"),
                ("build", {"options": []},
                 "method build: parameter options: want <class 'dict'>, got <class 'list'>"),
                ("read_transport", {"n": "4", "timeout_sec": 1.0},
                 "method read_transport: parameter n: want <class 'int'>, got <class 'str'>"),
            ]
            for method, params, message in cases:
                with self.subTest(method=method, params=params):
                    reply = client.request(method, params)
                    self.assertEqual(reply["error"], {"code": -32602, "message": message, "data": None})
            self.assertEqual(client.call("server_info_query", tvm_version="0.18.0")["protocol_version"], 1)

    def test_invalid_request_ends_the_server(self):
        cases = [
            ({"jsonrpc": "1.0", "method": "build", "params": {"options": {}}, "id": 9},
             "request[\"jsonrpc\"]: want \"2.0\"; got '1.0'"),
            ([1, 2], "request: want dict; got [1, 2]"),
            ({"jsonrpc": "2.0", "method": "bad-name", "params": {}, "id": 1}, "request[\"method\"]"),
            ({"jsonrpc": "2.0", "method": "build", "params": [], "id": 1}, "request[\"params\"]"),
            ({"jsonrpc": "2.0", "method": "build", "params": {}, "id": 1.5}, "request[\"id\"]"),
        ]
        for request, message in cases:
            with self.subTest(request=request), self.server_at(TEMPLATE) as client:
                client.send_line((json.dumps(request) + "\n").encode())
                reply = client.read_reply()
                self.assertEqual(reply["id"], None)
                self.assertEqual(reply["error"]["code"], -32600)
                self.assertTrue(reply["error"]["message"].startswith(message), reply["error"]["message"])
                self.assertIsNone(client.read_reply(), "server kept running after an invalid request")

    def test_non_json_line_ends_the_server_without_reply(self):
        with self.server_at(TEMPLATE) as client:
            client.send_line(b"this is not json\n")
            self.assertIsNone(client.read_reply())
            self.assertEqual(client.proc.wait(timeout=30), 0)

    def test_build_before_generate(self):
        with self.server_at(TEMPLATE) as client:
            with self.assertRaises(ApiError) as ctx:
                client.call("build", options=self.options())
        err = ctx.exception
        self.assertEqual(err.code, -32000)
        self.assertIn("call generate_project first", err.message)
        self.assertIn("# <--- Outermost server-side stack frame", err.data["traceback"])

    def test_missing_required_option(self):
        options = self.options()
        del options["cc"]
        with self.server_at(TEMPLATE) as client:
            with self.assertRaises(ApiError) as ctx:
                client.call("build", options=options)
        self.assertEqual((ctx.exception.code, ctx.exception.message),
                         (-32000, "method build: option cc is required"))

    def test_option_values_are_validated(self):
        cases = [
            ({"input_fill": "purple"},
             'method generate_project: option input_fill: "purple" is not one of zeros, ones, random, file'),
            ({"runs": "3"}, 'method generate_project: option runs: want int, got "3"'),
            ({"verbose": 1}, "method generate_project: option verbose: want bool, got 1"),
            ({"board": "x"}, "method generate_project: unknown option(s): board"),
        ]
        for overrides, message in cases:
            with self.subTest(overrides=overrides):
                err = self.generate_error(EXAMPLE, "badopt", **overrides)
                self.assertEqual(err.message, message)

    def test_generate_into_existing_folder(self):
        project_dir = self.project_path("exists")
        os.makedirs(project_dir)
        with self.server_at(TEMPLATE) as client:
            with self.assertRaises(ApiError) as ctx:
                client.call("generate_project", model_library_format_path=EXAMPLE,
                            standalone_crt_dir="", project_dir=project_dir, options=self.options())
        self.assertEqual(ctx.exception.code, -32000)
        self.assertIn("already exists", ctx.exception.message)
        self.assertEqual(os.listdir(project_dir), [])

    def test_transport_calls_without_an_open_transport(self):
        with self.server_at(TEMPLATE) as client:
            for method, params in (("read_transport", {"n": 4, "timeout_sec": 1.0}),
                                   ("write_transport", {"data": "00", "timeout_sec": None})):
                with self.subTest(method=method):
                    reply = client.request(method, params)
                    self.assertEqual(reply["error"]["code"], -32000)
                    self.assertEqual(reply["error"]["message"], "TransportClosedError")
            self.assertIsNone(client.call("close_transport"))


# --------------------------------------------------------------------------- example archive


@unittest.skipUnless(HAVE_CC, "no C compiler 'cc' on PATH")
class ExampleArchiveTests(HostSimCase):
    def tinydense_params(self, project_dir):
        return read_params(os.path.join(project_dir, "model", "parameters", "default.params"))

    def test_tinydense_end_to_end(self):
        project_dir = self.generate(EXAMPLE, "tinydense")
        first, second = self.build_and_run(project_dir, sessions=2, runs=3)
        self.assertEqual([r[:3] for r in first.runs],
                         [(1, 3, "default"), (2, 3, "default"), (3, 3, "default")])
        self.assert_deterministic_runs(first)
        dtype, count, checksum, values = first.outputs[("default", "output")]
        self.assertEqual((dtype, count), ("float32", 4))
        self.assertEqual(checksum, first.runs[-1][4])
        self.assert_softmax(values)
        expected = tinydense_reference(self.tinydense_params(project_dir), [0.0] * 16)
        for got, want in zip(values, expected):
            self.assertAlmostEqual(got, want, delta=1e-5)
        self.assertEqual(second.outputs, first.outputs)
        self.assertIn("input default/input: float32[16]", first.text)

    def test_tinydense_input_fill(self):
        project_dir = self.generate(EXAMPLE, "tinydense-fill")
        ones_file = os.path.join(project_dir, "ones.bin")
        with open(ones_file, "wb") as f:
            f.write(struct.pack("<16f", *([1.0] * 16)))
        ones, = self.build_and_run(project_dir, input_fill="ones")

        def run(**opts):
            out = ProgramOutput(self.run_installed(project_dir, **opts))
            self.assertTrue(out.done, out.text)
            return out

        from_file = run(input_fill="file", input_file="ones.bin")
        seed1a = run(input_fill="random", random_seed=1)
        seed1b = run(input_fill="random", random_seed=1)
        seed2 = run(input_fill="random", random_seed=2)
        self.assertEqual(from_file.outputs, ones.outputs)
        expected = tinydense_reference(self.tinydense_params(project_dir), [1.0] * 16)
        for got, want in zip(ones.outputs[("default", "output")][3], expected):
            self.assertAlmostEqual(got, want, delta=1e-5)
        self.assertEqual(seed1a.outputs, seed1b.outputs)
        self.assertNotEqual(seed1a.outputs, seed2.outputs)
        self.assert_softmax(seed2.outputs[("default", "output")][3])

        with open(ones_file, "ab") as f:
            f.write(b"\0")
        too_long = self.run_installed(project_dir, input_fill="file", input_file=ones_file)
        self.assertIn("error: input file", too_long)
        self.assertNotIn("\ndone", too_long)

    def test_print_every(self):
        """print_every=N prints the outputs after every Nth run (not after the last: the end does)."""
        project_dir = self.generate(EXAMPLE, "tinydense-every")
        out, = self.build_and_run(project_dir, runs=7, print_every=3)
        lines = out.text.splitlines()
        runs_before = []
        seen = 0
        for line in lines:
            if line.startswith("run "):
                seen += 1
            elif line.startswith("output default/output:"):
                runs_before.append(seen)
        self.assertEqual(runs_before, [3, 6, 7], out.text)
        plain, = self.build_and_run(project_dir, runs=2)
        self.assertEqual(plain.text.count("output default/output:"), 1)

    def test_pace_ms(self):
        """pace_ms=N starts the runs N ms apart: five runs take at least four gaps."""
        project_dir = self.generate(EXAMPLE, "tinydense-paced")
        self.build_and_run(project_dir, runs=1)
        start = time.monotonic()
        paced = ProgramOutput(self.run_installed(project_dir, runs=5, pace_ms=60))
        elapsed = time.monotonic() - start
        self.assertEqual(len(paced.runs), 5, paced.text)
        self.assertGreaterEqual(elapsed, 4 * 0.060)
        start = time.monotonic()
        unpaced = ProgramOutput(self.run_installed(project_dir, runs=5))
        self.assertEqual(len(unpaced.runs), 5, unpaced.text)
        self.assertLess(time.monotonic() - start, elapsed)

    def test_transport_timeout_write_and_close(self):
        project_dir = self.generate(EXAMPLE, "tinydense-silent")
        self.build_and_run(project_dir)
        # A "device" that stays silent: the installed program replaced by a sleeping script.
        program = os.path.join(project_dir, "installed", "model_runner")
        with open(program, "w") as f:
            f.write("#!/bin/sh\nexec sleep 60\n")
        os.chmod(program, stat.S_IRWXU)
        with self.server_at(project_dir) as client:
            client.call("open_transport", options=self.options())
            reply = client.request("read_transport", {"n": 16, "timeout_sec": 0.2})
            self.assertEqual((reply["error"]["code"], reply["error"]["message"]), (-32000, "IoTimeoutError"))
            data = base64.b85encode(b"hello device").decode()
            self.assertIsNone(client.call("write_transport", data=data, timeout_sec=1.0))
            reply = client.request("write_transport", {"data": "not base85 ~~~", "timeout_sec": 1.0})
            self.assertEqual(reply["error"]["code"], -32000)
            self.assertIsNone(client.call("close_transport"))
            reply = client.request("read_transport", {"n": 16, "timeout_sec": 0.2})
            self.assertEqual(reply["error"]["message"], "TransportClosedError")

    def test_generated_project_layout(self):
        project_dir = self.generate(EXAMPLE, "tinydense-layout")
        for rel in ("microtvm_api_server.py", "hostsim_rpc.py", "README.md", "model.tar",
                    "model/metadata.json", "src/hostsim_model.c", "hostsim_project.json",
                    "runtime/include/tvm/runtime/c_runtime_api.h"):
            self.assertTrue(os.path.isfile(os.path.join(project_dir, rel)), rel)
        self.assertFalse(os.path.exists(os.path.join(TEMPLATE, "__pycache__")))
        with self.server_at(project_dir) as client:
            with self.assertRaises(ApiError) as ctx:
                client.call("flash", options=self.options())
            self.assertIn("call build first", ctx.exception.message)


# --------------------------------------------------------------------- generated MLF fixtures


@unittest.skipUnless(HAVE_CC, "no C compiler 'cc' on PATH")
class HostileSourceTests(HostSimCase):
    """The example archive with one C source changed as an attacker would."""

    def archive_with(self, name, extra_c):
        src = os.path.join(self.tmp, "src-" + name)
        os.makedirs(src)
        with tarfile.open(EXAMPLE) as t:
            t.extractall(src)
        lib = [os.path.join(d, f) for d, _, fs in os.walk(src) for f in fs if f.endswith(".c")][0]
        with open(lib, "a") as f:
            f.write(extra_c)
        out = os.path.join(self.tmp, name + ".tar")
        with tarfile.open(out, "w") as t:
            t.add(src, arcname=".")
        return out

    def test_includes_the_scan_cannot_check_are_refused(self):
        for name, line in (("macro", '#define X "/dev/zero"\n#include X\n'),
                           ("absolute", '#include "/etc/hostname"\n'),
                           ("climbing", '#include "../../../../../../etc/hostname"\n')):
            with self.subTest(include=name):
                err = self.generate_error(self.archive_with("inc-" + name, line), "inc-" + name)
                self.assertIn("cannot be checked", err.message)
                self.assertNotIn("Traceback", err.message)

    def test_deeply_nested_metadata_is_named_not_a_recursion_error(self):
        src = os.path.join(self.tmp, "src-deep")
        os.makedirs(src)
        with tarfile.open(EXAMPLE) as t:
            t.extractall(src)
        with open(os.path.join(src, "metadata.json"), "w") as f:
            f.write("[" * 100000 + "]" * 100000)
        out = os.path.join(self.tmp, "deep.tar")
        with tarfile.open(out, "w") as t:
            t.add(src, arcname=".")
        err = self.generate_error(out, "deep")
        self.assertIn("metadata.json nests", err.message)
        self.assertNotIn("RecursionError", err.message)

    def test_project_dir_that_cannot_be_made_is_named(self):
        blocker = os.path.join(self.tmp, "a-file")
        with open(blocker, "w") as f:
            f.write("not a folder\n")
        with self.server_at(TEMPLATE) as client:
            with self.assertRaises(ApiError) as ctx:
                client.call("generate_project", model_library_format_path=EXAMPLE,
                            standalone_crt_dir="", project_dir=os.path.join(blocker, "project"),
                            options=self.options())
        self.assertIn("cannot create project_dir", ctx.exception.message)
        self.assertNotIn("Error:", ctx.exception.message.split(":", 1)[0])

    def test_scan_is_linear_on_pathological_sources(self):
        # 200 KB of "a" lines made the old function-head pattern backtrack for minutes; the scan
        # must finish (generate succeeds: the lines are only compiled at build).
        project = self.generate(self.archive_with("alines", "a\n" * 100000 + "/* " * 20000), "alines")
        self.assertTrue(os.path.isdir(project))


class GeneratedFixtureTests(HostSimCase):
    RUNNABLE = ["v1_graph.tar", "v1_aot.tar", "v4_graph.tar", "v4_aot.tar", "v5_aot.tar",
                "v6_graph.tar", "v7_graph.tar", "v7_aot.tar", "v7_aot.tar.gz", "v7_nested.tar",
                "v7_pools.tar", "v7_two_modules.tar"]
    # The same model lowered for both executors must compute the same outputs.
    SAME_OUTPUTS = [("v1_graph.tar", "v1_aot.tar"), ("v4_graph.tar", "v4_aot.tar"),
                    ("v7_graph.tar", "v7_aot.tar"), ("v7_aot.tar", "v7_pools.tar"),
                    ("v7_aot.tar", "v7_aot.tar.gz")]
    REFUSED = {
        "v7_llvm.tar": "cannot run on the host: needs prebuilt object files",
        "v7_operator.tar": "cannot run on the host: needs a full-model archive",
        "v7_aot.zip": "is a zip file",
    }

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.fixtures = os.path.join(cls.tmp, "fixtures")
        subprocess.run([sys.executable, MLFGEN, "fixtures", cls.fixtures], check=True,
                       stdout=subprocess.DEVNULL)
        with open(os.path.join(cls.fixtures, "manifest.json"), encoding="utf-8") as f:
            cls.manifest = {e["file"]: e for e in json.load(f)}

    def test_fixtures_run(self):
        results = {}
        for name in self.RUNNABLE:
            with self.subTest(fixture=name):
                entry = self.manifest[name]
                self.assertEqual(entry["kind"], "valid")
                project_dir = self.generate(os.path.join(self.fixtures, name), "fx-" + name)
                out, = self.build_and_run(project_dir, runs=2, input_fill="random", random_seed=7)
                self.assert_deterministic_runs(out)
                self.assertEqual({m for _, _, m, _, _ in out.runs}, {m["name"] for m in entry["modules"]})
                for mod in entry["modules"]:
                    for out_name, facts in (mod.get("outputs") or {}).items():
                        dtype, count, _, _ = out.outputs[(mod["name"], out_name)]
                        self.assertEqual(dtype, facts["dtype"])
                        self.assertEqual(count * int(re.sub(r"\D", "", dtype)) // 8, facts["size"])
                results[name] = out.outputs
        for a, b in self.SAME_OUTPUTS:
            with self.subTest(same=(a, b)):
                self.assertEqual(results[a], results[b])

    def test_fixtures_refused(self):
        for name, message in self.REFUSED.items():
            with self.subTest(fixture=name):
                err = self.generate_error(os.path.join(self.fixtures, name), "refused-" + name)
                self.assertIn(message, err.message)

    def test_hostile_archives_are_refused(self):
        for name, entry in sorted(self.manifest.items()):
            if (entry["kind"] != "hostile" or entry.get("needs_caps") or entry["form"] == "zip"
                    or entry.get("workbench_only")):
                continue
            with self.subTest(fixture=name):
                err = self.generate_error(os.path.join(self.fixtures, name), "hostile-" + name)
                wanted = entry.get("template_error_contains", entry["error_contains"])
                self.assertIn(wanted, err.message.lower())
        leaked = [f for _, _, files in os.walk(self.tmp) for f in files if "evil" in f]
        self.assertEqual(leaked, [])


# ------------------------------------------------------------------------------ real archives


@unittest.skipUnless(os.path.isdir(CORPUS), "corpus folder %s is absent" % CORPUS)
@unittest.skipUnless(HAVE_CC, "no C compiler 'cc' on PATH")
class CorpusTests(HostSimCase):
    # archive -> (module, output name, dtype, element count)
    RUNS_ON_HOST = {
        "guberti-arduino/v4_graph_yes_no_nrf5340.tar": ("default", "output", "int8", 4),
        "guberti-arduino/v5_graph_micro_speech_nrf5340.tar": ("default", "output", "int8", 4),
        "guberti-arduino/v5_aot_micro_speech_host.tar": ("default", "output", "int8", 4),
        "guberti-arduino/v4_graph_person_detection_nrf5340.tar": ("default", "output", "uint8", 3),
        "guberti-arduino/v5_graph_person_detection_nrf5340.tar": ("default", "output", "uint8", 3),
        "guberti-arduino/v5_aot_emotions_spresense.tar": ("default", "output", "float32", 7),
        "hannah-m3-magic-wand/model.tar": ("default", "Identity", "float32", 4),
    }
    ENDS_IN_SOFTMAX = {"guberti-arduino/v5_aot_emotions_spresense.tar", "hannah-m3-magic-wand/model.tar"}
    # Archives of one model exported in different ways must compute the same outputs.
    SAME_MODEL = [
        ["guberti-arduino/v4_graph_yes_no_nrf5340.tar", "guberti-arduino/v5_graph_micro_speech_nrf5340.tar",
         "guberti-arduino/v5_aot_micro_speech_host.tar"],
        ["guberti-arduino/v4_graph_person_detection_nrf5340.tar",
         "guberti-arduino/v5_graph_person_detection_nrf5340.tar"],
    ]
    # archive -> words the "cannot run on the host: needs ..." message must contain
    REFUSED = {
        "ethosu-compiler13/module.tar": ["Ethos-U", "tvm_ethosu_runtime.h"],
        "nuvoton-m55m1-vww/codegen-only.tar": ["CMSIS-NN", "arm_nnfunctions.h", "Ethos-U"],
        "octoml-mlperftiny-kws/model-codegen-only.tar": ["CMSIS-NN", "arm_convolve_wrapper_s8"],
        "utoe-riot-mnist/default.tar": ["arm_acle.h", "inline assembly"],
        "match-riscv-two-modules/restructured.tar": ["nodes/default/main_0_params.h"],
    }

    def test_every_corpus_archive(self):
        archives = sorted(os.path.relpath(os.path.join(d, f), CORPUS)
                          for d, _, files in os.walk(CORPUS)
                          for f in files if f.endswith((".tar", ".tar.gz")))
        self.assertTrue(archives)
        outputs = {}
        for rel in archives:
            with self.subTest(archive=rel):
                path = os.path.join(CORPUS, rel)
                try:
                    project_dir = self.generate(path, "corpus-" + rel)
                except ApiError as err:
                    self.assertEqual(err.code, -32000)
                    self.assertTrue(err.message.startswith("cannot run on the host: needs "), err.message)
                    self.assertNotIn(rel, self.RUNS_ON_HOST, err.message)
                    for word in self.REFUSED.get(rel, []):
                        self.assertIn(word, err.message)
                    continue
                self.assertNotIn(rel, self.REFUSED)
                out, = self.build_and_run(project_dir, runs=2)
                self.assert_deterministic_runs(out)
                self.assertEqual(len(out.runs), 2 * len({r[2] for r in out.runs}))
                outputs[rel] = out.outputs
                if rel in self.RUNS_ON_HOST:
                    module, name, dtype, count = self.RUNS_ON_HOST[rel]
                    got = out.outputs[(module, name)]
                    self.assertEqual(got[:2], (dtype, count))
                    if rel in self.ENDS_IN_SOFTMAX:
                        self.assert_softmax(got[3])
        for group in self.SAME_MODEL:
            with self.subTest(same_model=group):
                self.assertEqual(len({json.dumps(sorted(outputs[a].items())) for a in group}), 1)


# ------------------------------------------------------------------ host-driven (RPC device)
#
# A small microTVM host written from the spec (4.1 framing, 4.2 session, 4.4 TVM RPC): it
# drives a host_driven build of an archive through the Project API transport.

SPEC = os.path.normpath(os.path.join(REPO, "..", "shared", "spec", "microtvm-reference.md"))
MAX_PACKET = 2037  # what tvm.rpc.server.GetCRTMaxPacketSize answers (2048 - 11)


def fnv1a(data, h=2166136261):
    for b in data:
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return "0x%08x" % h


def frame(payload, fresh=False):
    esc = lambda b: b.replace(b"\xff", b"\xff\xff")
    body = b"\xff\xfd" + esc(struct.pack("<I", len(payload))) + esc(payload)
    crc = binascii.crc_hqx(body, 0xFFFF)
    return (b"\xfe" if fresh else b"") + body + esc(struct.pack("<H", crc))


class Unframer:
    """Spec 4.1's receiver: hunts FF FD, unescapes, checks the CRC over the escaped bytes."""

    def __init__(self):
        self.buf = b""

    def feed(self, data):
        self.buf += data
        out = []
        while True:
            start = self.buf.find(b"\xff\xfd")
            if start < 0:
                self.buf = self.buf[-1:] if self.buf.endswith(b"\xff") else b""
                return out
            i, raw_end, complete = start + 2, None, False
            got, want, stage, length, payload = b"", 4, 0, None, b""
            while i < len(self.buf):
                b = self.buf[i]
                if b == 0xFF:
                    if i + 1 >= len(self.buf):
                        break
                    nxt = self.buf[i + 1]
                    i += 2
                    if nxt == 0xFE:
                        continue
                    if nxt != 0xFF:
                        raise AssertionError("device sent a bad escape")
                else:
                    i += 1
                got += bytes([b])
                if len(got) == want:
                    if stage == 0:
                        length = struct.unpack("<I", got)[0]
                        stage, want, got = 1, length, b""
                        if want == 0:
                            raw_end, stage, want = i, 2, 2
                    elif stage == 1:
                        payload, raw_end, stage, want, got = got, i, 2, 2, b""
                    else:
                        complete = True
                        break
            if not complete:
                self.buf = self.buf[start:]
                return out
            crc = struct.unpack("<H", got)[0]
            if binascii.crc_hqx(self.buf[start:raw_end], 0xFFFF) == crc:
                out.append(payload)
            self.buf = self.buf[i:]


# Packed-sequence values: (type code, encoded bytes).
def I(v): return (0, struct.pack("<q", v))
def F(v): return (2, struct.pack("<d", v))
def H(v): return (3, struct.pack("<Q", v))
def NULL(): return (4, b"")
def DEV(t=1, i=0): return (6, struct.pack("<ii", t, i))
def MOD(v): return (9, struct.pack("<Q", v))
def S(text): return (11, struct.pack("<Q", len(text.encode())) + text.encode())


def dltensor(data, shape, dtype=(2, 32, 1), offset=0):
    return (struct.pack("<QiiiBBH", data, 1, 0, len(shape), *dtype)
            + struct.pack("<%dq" % len(shape), *shape) + struct.pack("<Q", offset))


def T(data, shape, dtype=(2, 32, 1)): return (7, dltensor(data, shape, dtype))


def seq(*values):
    return (struct.pack("<i", len(values)) + b"".join(struct.pack("<i", c) for c, _ in values)
            + b"".join(v for _, v in values))


def packet(code, body=b""):
    return struct.pack("<Qi", len(body) + 4, code) + body


def parse_reply(pkt):
    """(code, [(type code, value)]) for kReturn/kException, (8, raw) for kCopyAck."""
    nbytes, code = struct.unpack_from("<Qi", pkt)
    assert nbytes == len(pkt) - 8, (nbytes, len(pkt))
    if code == 8:
        return code, pkt[12:]
    assert code in (4, 5), code
    (n,) = struct.unpack_from("<i", pkt, 12)
    codes = struct.unpack_from("<%di" % n, pkt, 16)
    pos, values = 16 + 4 * n, []
    for c in codes:
        if c in (0, 1, 15):
            v = struct.unpack_from("<q", pkt, pos)[0]; pos += 8
        elif c == 2:
            v = struct.unpack_from("<d", pkt, pos)[0]; pos += 8
        elif c in (3, 9, 10):
            v = struct.unpack_from("<Q", pkt, pos)[0]; pos += 8
        elif c == 4:
            v = None
        elif c in (11, 12):
            (k,) = struct.unpack_from("<Q", pkt, pos)
            v = pkt[pos + 8:pos + 8 + k]; pos += 8 + k
        elif c == 7:
            data, dt, di, ndim, dc, db, dl = struct.unpack_from("<QiiiBBH", pkt, pos)
            shape = list(struct.unpack_from("<%dq" % ndim, pkt, pos + 24))
            (off,) = struct.unpack_from("<Q", pkt, pos + 24 + 8 * ndim)
            v = {"data": data, "device": (dt, di), "dtype": (dc, db, dl), "shape": shape, "offset": off}
            pos += 32 + 8 * ndim
        else:
            raise AssertionError("type code %d in a reply" % c)
        values.append((c, v))
    assert pos == len(pkt), (pos, len(pkt))
    return code, values


class TransportLink:
    """The device's bytes through a Project API client's read_transport/write_transport."""

    def __init__(self, client):
        self.client = client
        self.closed = False

    def write(self, data):
        self.client.call("write_transport", data=base64.b85encode(data).decode(), timeout_sec=10.0)

    def read(self, timeout):
        reply = self.client.request("read_transport", {"n": 65536, "timeout_sec": timeout})
        if "error" in reply:
            if reply["error"]["message"] == "IoTimeoutError":
                return b""
            if reply["error"]["message"] == "TransportClosedError":
                self.closed = True
                return b""
            raise ApiError(reply["error"])
        return base64.b85decode(reply["result"]["data"])


class MicroHost:
    """Host side of the session (spec 4.2, 4.3) and one-request-at-a-time RPC (4.4)."""

    def __init__(self, link, nonce=0x5A):
        self.link = link
        self.unframer = Unframer()
        self.queue = []
        self.logs = []
        self.fresh = True
        self.nonce = nonce
        self.sid = None

    def send(self, sid, kind, body=b""):
        self.link.write(frame(struct.pack("<HB", sid, kind) + body, self.fresh))
        self.fresh = False

    def next_message(self, timeout):
        deadline = time.monotonic() + timeout
        while not self.queue:
            left = deadline - time.monotonic()
            if left <= 0 or self.link.closed:
                return None
            data = self.link.read(min(left, 1.0))
            for p in self.unframer.feed(data):
                sid, kind = struct.unpack_from("<HB", p)
                if kind == 3:
                    self.logs.append(p[3:].decode("utf-8", "replace"))
                    continue
                self.queue.append((sid, kind, p[3:]))
        return self.queue.pop(0)

    def start_session(self, timeout=10.0):
        self.send(0, 2)  # TerminateSession, as Initialize does
        self.nonce = ((((self.nonce << 5) | (self.nonce >> 5)) + 1) & 0xFF) or 1
        self.send(self.nonce, 0, b"\x01")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            msg = self.next_message(deadline - time.monotonic())
            if msg is None:
                break
            sid, kind, body = msg
            if kind == 1 and (sid & 0xFF) == self.nonce and (sid >> 8) and body == b"\x01":
                self.sid = sid
                return sid
        raise AssertionError("no StartSessionReply")

    def rpc_raw(self, pkt, timeout=20.0):
        self.send(self.sid, 0x10, pkt)
        while True:
            msg = self.next_message(timeout)
            if msg is None:
                return None
            sid, kind, body = msg
            if kind == 0x10 and sid == self.sid:
                return body

    def rpc(self, code, body=b"", timeout=20.0):
        reply = self.rpc_raw(packet(code, body), timeout)
        assert reply is not None, "no reply to RPC code %d" % code
        return parse_reply(reply)

    # ---- the host-side call flows of spec 4.4.5
    def global_func(self, name):
        code, values = self.rpc(9, seq(S(name)))
        assert code == 4 and values[0][0] == 3, (code, values)
        return values[0][1]

    def call(self, handle, *args):
        code, values = self.rpc(3, struct.pack("<Q", handle) + seq(*args))
        if code == 5:
            raise RuntimeError(values[0][1].decode())
        return values

    def get_function(self, module, name):
        if not hasattr(self, "_mgf"):
            self._mgf = self.global_func("tvm.rpc.server.ModuleGetFunction")
        values = self.call(self._mgf, MOD(module), S(name), I(1))
        return values[1][1] if values[0][1] == 10 else None

    def alloc(self, shape, dtype=(2, 32, 1)):
        code, values = self.rpc(17, seq((7, dltensor(0, shape, dtype)), NULL()))
        assert code == 4 and values[0][0] == 3, values
        return values[0][1]

    def free(self, ptr):
        code, values = self.rpc(14, seq(DEV(), H(ptr)))
        assert (code, values) == (4, [(4, None)]), (code, values)

    def upload(self, ptr, data):
        block = MAX_PACKET - (44 + 8)
        for off in range(0, max(1, len(data)), block):
            chunk = data[off:off + block]
            body = dltensor(ptr, [len(data)], (1, 8, 1), off) + struct.pack("<Q", len(chunk)) + chunk
            code, values = self.rpc(7, body)
            assert (code, values) == (4, [(4, None)]), (code, values)

    def download(self, ptr, nbytes):
        block, out = MAX_PACKET - (44 + 8), b""
        for off in range(0, nbytes, block):
            n = min(block, nbytes - off)
            code, raw = self.rpc(6, dltensor(ptr, [nbytes], (1, 8, 1), off) + struct.pack("<Q", n))
            assert code == 8 and len(raw) == n, (code, raw)
            out += raw
        return out


C_TYPE_SIZES = {"int8_t": 1, "uint8_t": 1, "int16_t": 2, "int32_t": 4, "int64_t": 8, "float": 4, "double": 8}


def c_function(text, name):
    """(parameter declarations, body) of the definition of `name` in C text."""
    m = re.search(r"\b%s\(([^()]*)\)\s*\{" % re.escape(name), text)
    depth, i = 1, m.end()
    while depth:
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        i += 1
    return [p.strip() for p in m.group(1).split(",")], text[m.end():i - 1]


def operator_calls(text, main, io_bytes):
    """The calls of the AOT main function `main`, read from the archive's C text on its own:
    [(function, [(kind, bytes, buffer)])], kind "tensor", "constant" or "workspace". `io_bytes` are
    the sizes of main's first parameters (inputs, then outputs). A pool let holds up to the next
    buffer of its pool in use at the same time (the callee's own lets included) or the pool's end."""
    arrays = {n: (bool(c), C_TYPE_SIZES[t] * int(k))
              for c, t, n, k in re.findall(r"static (const )?(\w+) (\w+)\[(\d+)\]", text) if t in C_TYPE_SIZES}
    params, body = c_function(text, main)
    names = [re.findall(r"\w+", p)[-1] for p in params]
    buffers = {n: ("tensor", b) for n, b in zip(names, io_bytes)}
    caller = re.search(r"return %s\((.*)\);" % re.escape(main), text)
    if caller:
        for name, arg in zip(names, caller.group(1).split(",")):
            word = re.findall(r"\w+", arg)[-1]
            if word in arrays and not arrays[word][0]:
                buffers[name] = ("pool", arrays[word][1])
    alias, calls = {}, []
    for line in body.split("\n"):
        line = line.strip()
        if re.match(r"void\* (\w+) = (\w+);$", line):
            a, b = re.match(r"void\* (\w+) = (\w+);$", line).groups()
            alias[a] = alias.get(b, b)
        elif re.match(r"void\* (\w+) = TVMBackendAllocWorkspace\(1, 0, \(uint64_t\)(\d+), ", line):
            a, n = re.match(r"void\* (\w+) = TVMBackendAllocWorkspace\(1, 0, \(uint64_t\)(\d+), ", line).groups()
            buffers[a] = ("tensor", int(n))
        elif re.match(r"void\* (\w+) = \(&\((\w+)\[(\d+)\]\)\);$", line):
            a, pool, off = re.match(r"void\* (\w+) = \(&\((\w+)\[(\d+)\]\)\);$", line).groups()
            buffers[a] = ("let", pool, int(off))
        else:
            m = re.match(r"(?:\(void\)|if \()(\w+)\((.*?)\)(?: != 0\) \{|;)$", line)
            if m and not m.group(1).startswith("TVMBackend"):
                args = [re.sub(r"^\(\w+\*\)", "", a) for a in m.group(2).split(", ")]
                calls.append((m.group(1), [alias.get(a, a) for a in args]))
    # Pool lets in use: (pool, offset, first call, last call), the callees' own lets included.
    used = {}
    for i, (fn, args) in enumerate(calls):
        for a in args:
            used.setdefault(a, [i, i])[1] = i
    lets = [(buffers[a][1], buffers[a][2], f, l) for a, (f, l) in used.items() if buffers.get(a, ("",))[0] == "let"]
    for i, (fn, args) in enumerate(calls):
        callee_params, callee_body = c_function(text, fn)
        for decl, a in zip(callee_params, args):
            if buffers.get(a, ("",))[0] == "pool":
                pname = re.findall(r"\w+", decl)[-1]
                lets += [(a, int(off), i, i) for off in re.findall(r"\(&\(%s\[(\d+)\]\)\)" % pname, callee_body)]
    plan = []
    for fn, args in calls:
        described = []
        for a in args:
            if a in arrays and arrays[a][0]:
                described.append(("constant", arrays[a][1], a))
            elif buffers[a][0] == "pool":
                described.append(("workspace", buffers[a][1], a))
            elif buffers[a][0] == "tensor":
                described.append(("tensor", buffers[a][1], a))
            else:
                _, pool, off = buffers[a]
                first, last = used[a]
                end = min([buffers[pool][1]] + [o for p, o, f, l in lets if p == pool and o > off and f <= last and first <= l])
                described.append(("tensor", end - off, a))
        plan.append((fn, described))
    return plan


def transcript_rpc_pairs(spec):
    """[(label, request packet, reply packet or None)] from the spec's 5.3 transcript."""
    with open(spec, encoding="utf-8") as f:
        text = f.read()
    text = text[text.index("### 5.3"):text.index("Decoding aids for the transcript")]
    blocks, cur = [], None
    for line in text.split("\n"):
        m = re.match(r"^\[(.+)\] RPC (request|reply) +\(inside Normal msg\):", line)
        if m:
            cur = [m.group(1), m.group(2), b""]
            blocks.append(cur)
            continue
        if line.startswith("[") or line.startswith("#"):
            cur = None
            continue
        m = re.match(r"^\s+((?:[0-9a-f]{2} ?)+)$", line)
        if m and cur is not None:
            cur[2] += bytes.fromhex(m.group(1))
    pairs = []
    for i, (label, kind, data) in enumerate(blocks):
        if kind == "request":
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            reply = nxt[2] if nxt and nxt[1] == "reply" and nxt[0] == label else None
            pairs.append((label, data, reply))
    return pairs


@unittest.skipUnless(HAVE_CC, "no C compiler 'cc' on PATH")
class HostDrivenTests(HostSimCase):
    # The transcript's operator: add(A, B, C) of int8[4], packed (it checks its own arguments, as
    # TVM's packed functions do); and an unpacked one the main function never calls.
    ADD_C = ("\nTVM_DLL int32_t add(void* args, int32_t* type_codes, int32_t num_args, void* out_ret_value,\n"
             "                    int32_t* out_ret_tcode, void* resource_handle) {\n"
             "  (void)out_ret_value; (void)out_ret_tcode; (void)resource_handle;\n"
             "  int8_t* p[3];\n"
             "  if (num_args != 3) return -1;\n"
             "  for (int32_t i = 0; i < 3; ++i) {\n"
             "    DLTensor* t = (DLTensor*)((TVMValue*)args)[i].v_handle;\n"
             "    if (type_codes[i] != kTVMDLTensorHandle || t->ndim != 1 || t->shape[0] < 4 || t->dtype.bits != 8)\n"
             "      return -1;\n"
             "    p[i] = (int8_t*)t->data + t->byte_offset;\n"
             "  }\n"
             "  for (int32_t i = 0; i < 4; ++i) p[2][i] = (int8_t)(p[0][i] + p[1][i]);\n"
             "  return 0;\n}\n"
             "\nTVM_DLL int32_t add_unpacked(int8_t* A, int8_t* B, int8_t* C) {\n"
             "  for (int32_t i = 0; i < 4; ++i) C[i] = (int8_t)(A[i] + B[i]);\n  return 0;\n}\n")

    def built(self, archive, name, **opts):
        project_dir = self.generate(archive, name, project_type="host_driven", **opts)
        with open(os.path.join(project_dir, "hostsim_project.json")) as f:
            self.assertEqual(json.load(f)["project_type"], "host_driven")
        with self.server_at(project_dir) as client:
            client.call("build", options=self.options(project_type="host_driven"))
            client.call("flash", options=self.options(project_type="host_driven"))
        return project_dir

    def session(self, project_dir):
        """(client, host) with the session up; the caller closes the client."""
        client = self.server_at(project_dir)
        timeouts = client.call("open_transport", options=self.options(project_type="host_driven"))["timeouts"]
        self.assertEqual(timeouts, {"session_start_retry_timeout_sec": 0.5, "session_start_timeout_sec": 5.0,
                                    "session_established_timeout_sec": 60.0})
        host = MicroHost(TransportLink(client))
        host.start_session()
        return client, host

    def end(self, client, host):
        host.send(host.sid, 0x10, packet(1))  # Shutdown: no reply, the program ends
        deadline = time.monotonic() + 10
        while not host.link.closed and time.monotonic() < deadline:
            host.link.read(0.5)
        self.assertTrue(host.link.closed, "program still running after Shutdown")
        client.call("close_transport")
        client.close()

    def add_archive(self):
        src = os.path.join(self.tmp, "src-add")
        if not os.path.isdir(src):
            os.makedirs(src)
            with tarfile.open(EXAMPLE) as t:
                t.extractall(src)
            with open(os.path.join(src, "codegen", "host", "src", "default_lib1.c"), "a") as f:
                f.write(self.ADD_C)
        out = os.path.join(self.tmp, "add.tar")
        with tarfile.open(out, "w") as t:
            t.add(src, arcname=".")
        return out

    def test_option_checks(self):
        project_dir = self.generate(EXAMPLE, "hd-standalone-type")
        with self.server_at(project_dir) as client:
            with self.assertRaises(ApiError) as ctx:
                client.call("build", options=self.options(project_type="host_driven"))
        self.assertIn("generated as standalone", ctx.exception.message)
        err = self.generate_error(EXAMPLE, "hd-bad", project_type="device")
        self.assertIn("project_type", err.message)

    def test_tinydense_over_rpc_matches_standalone(self):
        x = [((i * 7) % 16) / 8.0 - 1.0 for i in range(16)]
        xbytes = struct.pack("<16f", *x)
        standalone = self.generate(EXAMPLE, "hd-ref")
        with open(os.path.join(standalone, "x.bin"), "wb") as f:
            f.write(xbytes)
        ref, = self.build_and_run(standalone, input_fill="file", input_file="x.bin")
        dtype, count, checksum, values = ref.outputs[("default", "output")]

        project_dir = self.built(EXAMPLE, "hd-tinydense")
        client, host = self.session(project_dir)
        self.assertIn("microTVM host-sim runtime - running", host.logs)
        syslib_fn = host.global_func("runtime.SystemLib")
        self.assertEqual(syslib_fn, 0x80028000)
        self.assertEqual(host.call(syslib_fn), [(0, 9), (3, 0x8000)])
        self.assertEqual(host.call(host.global_func("tvm.rpc.server.GetCRTMaxPacketSize")), [(0, 0), (0, 2037)])
        self.assertEqual(host.global_func("no.such.func"), 0)
        self.assertIsNone(host.get_function(0x8000, "no_such_operator"))

        # Operators called one by one with DLTensors (the graph-executor path).
        params = read_params(os.path.join(project_dir, "model", "parameters", "default.params"))
        bufs = {}
        for name, shape in (("x", [1, 16]), ("h", [1, 8]), ("o", [1, 4]), ("y", [1, 4])):
            bufs[name] = (host.alloc(shape), shape)
        for name in ("p0", "p1", "p2", "p3"):
            shape, vals = params[name]
            bufs[name] = (host.alloc(list(shape)), list(shape))
            host.upload(bufs[name][0], struct.pack("<%df" % len(vals), *vals))
        host.upload(bufs["x"][0], xbytes)
        t = lambda n: T(bufs[n][0], bufs[n][1])
        for op, args in (("tvmgen_default_fused_nn_dense_add_nn_relu", ["x", "p0", "p1", "h"]),
                         ("tvmgen_default_fused_nn_dense_add", ["h", "p2", "p3", "o"]),
                         ("tvmgen_default_fused_nn_softmax", ["o", "y"])):
            fn = host.get_function(0x8000, op)
            self.assertIsNotNone(fn, op)
            self.assertEqual(fn >> 16, 0x8000)
            self.assertEqual(host.call(fn, *[t(a) for a in args]), [(0, 4), (4, None)])
        y = host.download(bufs["y"][0], 16)
        self.assertEqual(fnv1a(y), checksum)
        for got, want in zip(struct.unpack("<4f", y), values):
            self.assertAlmostEqual(got, want, delta=1e-5)

        # The AOT executor (handle 0x8001) over RPC.
        create = host.global_func("tvm.aot_executor.create")
        self.assertEqual(host.call(create, MOD(0x8000), DEV(), S("default")), [(0, 9), (3, 0x8001)])
        f = {n: host.get_function(0x8001, n) for n in ("get_input", "get_output", "get_num_inputs",
                                                        "get_num_outputs", "get_input_index",
                                                        "get_input_name", "run", "set_input")}
        self.assertTrue(all(f.values()), f)
        self.assertEqual(host.call(f["get_num_inputs"]), [(0, 0), (0, 1)])
        self.assertEqual(host.call(f["get_num_outputs"]), [(0, 0), (0, 1)])
        self.assertEqual(host.call(f["get_input_index"], S("input")), [(0, 0), (0, 0)])
        self.assertEqual(host.call(f["get_input_name"], I(0)), [(0, 11), (11, b"input")])
        with self.assertRaises(RuntimeError):
            host.call(f["set_input"], I(0))
        inp = host.call(f["get_input"], I(0))
        self.assertEqual([c for c, _ in inp], [0, 7, 3])
        self.assertEqual(inp[0][1], 13)
        self.assertEqual((inp[1][1]["dtype"], inp[1][1]["device"]), ((2, 32, 1), (1, 0)))
        self.assertEqual(host.call(f["get_input"], S("input"))[1][1]["data"], inp[1][1]["data"])
        code, _ = host.rpc(7, dltensor(inp[1][1]["data"], inp[1][1]["shape"]) + struct.pack("<Q", 64) + xbytes)
        self.assertEqual(code, 4)
        self.assertEqual(host.call(f["run"]), [(0, 4), (4, None)])
        out = host.call(f["get_output"], I(0))
        self.assertEqual(out[0][1], 13)
        self.assertEqual(out[1][1]["dtype"], (2, 32, 1))
        code, raw = host.rpc(6, dltensor(out[1][1]["data"], out[1][1]["shape"]) + struct.pack("<Q", 16))
        self.assertEqual((code, fnv1a(raw)), (8, checksum))
        with self.assertRaises(RuntimeError):
            host.call(create, MOD(0x8000), DEV(), S("default"))  # one executor per boot

        # Time evaluator (12 arguments) over the executor's run: repeat doubles, real seconds.
        te = host.global_func("runtime.RPCTimeEvaluator")
        timer = host.call(te, MOD(0x8001), S("run"), I(1), I(0), I(2), I(3), I(5), I(100), I(0), I(1), I(0), S(""))
        self.assertEqual(timer[0], (0, 10))
        self.assertEqual(timer[1][1] & 0xFFFF8000, 0xFFFF8000)
        res = host.call(timer[1][1])
        self.assertEqual((res[0], res[1][0]), ((0, 12), 12))
        times = struct.unpack("<3d", res[1][1])
        self.assertTrue(all(0 < v < 1 for v in times), times)
        self.end(client, host)

    def check_operator_arguments(self, archive, name, main):
        """The operators of an AOT archive's main function over RPC, their argument sizes read from
        the archive's C here: each called alone with null constants, the workspace left out and
        tensors of exactly the size it uses; then all in the main function's order on device
        tensors, giving the standalone program's output; too small and null tensors refused."""
        ref_dir = self.generate(archive, name + "-ref")
        model = os.path.join(ref_dir, "model")
        relay_path = [os.path.join(model, "src", f) for f in sorted(os.listdir(os.path.join(model, "src")))][0]
        with open(relay_path) as f:
            shape, dtype = re.search(r"def @main\(%[\w.]+: Tensor\[\(([\d, ]+)\), (\w+)\]", f.read()).groups()
        count = math.prod(int(d) for d in shape.split(","))
        if dtype == "float32":
            data = struct.pack("<%df" % count, *[((i * 7) % 16) / 8.0 - 1.0 for i in range(count)])
        else:
            data = bytes((i * 37 + 11) % 256 for i in range(count * C_TYPE_SIZES[dtype + "_t"]))
        with open(os.path.join(ref_dir, "x.bin"), "wb") as f:
            f.write(data)
        ref, = self.build_and_run(ref_dir, input_fill="file", input_file="x.bin")
        (out_dtype, out_count, checksum, _), = ref.outputs.values()
        out_bytes = out_count * int(re.sub(r"\D", "", out_dtype)) // 8
        src = os.path.join(model, "codegen", "host", "src")
        text = ""
        for f in sorted(os.listdir(src)):
            with open(os.path.join(src, f)) as source:
                text += source.read() + "\n"
        calls = operator_calls(text, main, [len(data), out_bytes])
        self.assertGreater(len(calls), 1)
        needs = {}
        for fn, args in calls:
            needs[fn] = [max(n, b) for n, (_, b, _) in zip(needs.get(fn, [0] * len(args)), args)]

        def arguments(fn, args, tensor):
            """The call's values: null constants, the trailing workspace left out."""
            values = []
            for k, (kind, _, buf) in enumerate(args):
                if kind == "constant":
                    values.append(NULL())
                elif kind == "workspace":
                    if k != len(args) - 1:
                        values.append(NULL())
                else:
                    values.append(tensor(k, buf))
            return values

        project_dir = self.built(archive, name)
        client, host = self.session(project_dir)
        done = set()
        for fn, args in calls:
            if fn in done:
                continue
            done.add(fn)
            handle = host.get_function(0x8000, fn)
            self.assertIsNotNone(handle, fn)
            ptrs = []

            def exact(k, buf):
                ptrs.append(host.alloc([needs[fn][k]], (1, 8, 1)))
                return T(ptrs[-1], [needs[fn][k]], (1, 8, 1))

            self.assertEqual(host.call(handle, *arguments(fn, args, exact)), [(0, 4), (4, None)], fn)
            for ptr in ptrs:
                host.free(ptr)

        # The main function's calls in order, on one device tensor per buffer.
        sizes = {}
        for fn, args in calls:
            for k, (kind, _, buf) in enumerate(args):
                if kind == "tensor":
                    sizes[buf] = max(sizes.get(buf, 0), needs[fn][k])
        ptrs = {buf: host.alloc([n], (1, 8, 1)) for buf, n in sizes.items()}
        params, _ = c_function(text, main)
        names = [re.findall(r"\w+", p)[-1] for p in params]
        host.upload(ptrs[names[0]], data)
        chained = lambda k, buf: T(ptrs[buf], [sizes[buf]], (1, 8, 1))
        for fn, args in calls:
            self.assertEqual(host.call(host.get_function(0x8000, fn), *arguments(fn, args, chained)),
                             [(0, 4), (4, None)], fn)
        self.assertEqual(fnv1a(host.download(ptrs[names[1]], out_bytes)), checksum)

        # A tensor one element too small, and null for a tensor: refused; the device keeps serving.
        fn, args = calls[0]
        k = [i for i, a in enumerate(args) if a[0] == "tensor"][-1]
        decl = c_function(text, fn)[0][k]
        elem = C_TYPE_SIZES.get(decl.split("*")[0].strip(), 1)
        dtypes = {1: (1, 8, 1), 2: (0, 16, 1), 4: (2, 32, 1), 8: (0, 64, 1)}
        handle = host.get_function(0x8000, fn)
        small = lambda i, buf: T(ptrs[buf], [needs[fn][i] // elem - (i == k)], dtypes[elem])
        with self.assertRaises(RuntimeError) as ctx:
            host.call(handle, *arguments(fn, args, small))
        self.assertEqual(str(ctx.exception), "%s: argument %d holds %d bytes; the operator uses %d"
                         % (fn, k, needs[fn][k] - elem, needs[fn][k]))
        null = lambda i, buf: NULL() if i == k else chained(i, buf)
        with self.assertRaises(RuntimeError) as ctx:
            host.call(handle, *arguments(fn, args, null))
        self.assertEqual(str(ctx.exception), "%s: argument %d is null; the operator uses %d bytes"
                         % (fn, k, needs[fn][k]))
        self.assertEqual(host.call(handle, *arguments(fn, args, chained)), [(0, 4), (4, None)])
        self.assertEqual(host.global_func("runtime.SystemLib"), 0x80028000)
        self.end(client, host)
        return calls

    def test_tinydense_operator_arguments_are_checked(self):
        calls = self.check_operator_arguments(EXAMPLE, "hd-args-tinydense", "tvmgen_default___tvm_main__")
        self.assertEqual([(fn, [b for _, b, _ in args]) for fn, args in calls], [
            ("tvmgen_default_fused_nn_dense_add_nn_relu", [64, 512, 32, 32, 80]),
            ("tvmgen_default_fused_nn_dense_add", [32, 128, 16, 16, 80]),
            ("tvmgen_default_fused_nn_softmax", [16, 16, 80])])

    @unittest.skipUnless(os.path.isdir(CORPUS), "corpus folder %s is absent" % CORPUS)
    def test_corpus_aot_operator_arguments_are_checked(self):
        for rel in ("guberti-arduino/v5_aot_micro_speech_host.tar", "guberti-arduino/v5_aot_emotions_spresense.tar"):
            with self.subTest(archive=rel):
                self.check_operator_arguments(os.path.join(CORPUS, rel), "hd-args-" + rel, "tvmgen_default_run_model")

    @unittest.skipUnless(os.path.isdir(CORPUS), "corpus folder %s is absent" % CORPUS)
    def test_packed_entry_points_are_not_served(self):
        """A packed tvmgen_default_run would pass the host's tensors to the model unchecked: the
        system library leaves it out (the AOT executor runs the model), its operators stay."""
        archive = os.path.join(CORPUS, "guberti-arduino/v5_aot_emotions_spresense.tar")
        with tarfile.open(archive) as t:
            lib0 = t.extractfile("./codegen/host/src/default_lib0.c").read().decode()
        self.assertRegex(lib0, r"int32_t tvmgen_default_run\(void\* args, void\* type_code")
        client, host = self.session(self.built(archive, "hd-entry"))
        self.assertIsNone(host.get_function(0x8000, "tvmgen_default_run"))
        self.assertIsNotNone(host.get_function(0x8000, "tvmgen_default_fused_nn_softmax"))
        self.end(client, host)

    def test_main_function_over_rpc_and_uncalled_operators(self):
        """The AOT main function is served too, its pool left out; an unpacked function the main
        function never calls is refused, whatever it is given."""
        project_dir = self.built(self.add_archive(), "hd-main")
        client, host = self.session(project_dir)
        x, y = host.alloc([16]), host.alloc([4])
        host.upload(x, struct.pack("<16f", *([1.0] * 16)))
        main = host.get_function(0x8000, "tvmgen_default___tvm_main__")
        self.assertEqual(host.call(main, T(x, [16]), T(y, [4])), [(0, 4), (4, None)])
        params = read_params(os.path.join(project_dir, "model", "parameters", "default.params"))
        for got, want in zip(struct.unpack("<4f", host.download(y, 16)), tinydense_reference(params, [1.0] * 16)):
            self.assertAlmostEqual(got, want, delta=1e-5)
        with self.assertRaises(RuntimeError) as ctx:
            host.call(main, T(x, [16]), T(y, [3]))
        self.assertEqual(str(ctx.exception),
                         "tvmgen_default___tvm_main__: argument 1 holds 12 bytes; the operator uses 16")
        a = host.alloc([4], (0, 8, 1))
        for args in ((T(a, [4], (0, 8, 1)),) * 3, ()):
            with self.assertRaises(RuntimeError) as ctx:
                host.call(host.get_function(0x8000, "add_unpacked"), *args)
            self.assertEqual(str(ctx.exception), "add_unpacked: cannot be called from the host: the main "
                             "function never calls it, so its argument sizes are unknown")
        self.assertEqual(host.call(host.get_function(0x8000, "add"), *(T(a, [4], (0, 8, 1)),) * 3),
                         [(0, 4), (4, None)])
        self.end(client, host)

    def fixtures(self):
        fixtures = os.path.join(self.tmp, "hd-fixtures")
        if not os.path.isdir(fixtures):
            subprocess.run([sys.executable, MLFGEN, "fixtures", fixtures], check=True, stdout=subprocess.DEVNULL)
        return fixtures

    def test_fixtures_build_host_driven(self):
        for name in GeneratedFixtureTests.RUNNABLE:
            with self.subTest(fixture=name):
                client, host = self.session(self.built(os.path.join(self.fixtures(), name), "hd-fx-" + name))
                self.assertEqual(host.global_func("runtime.SystemLib"), 0x80028000)
                self.end(client, host)

    def test_pools_fixture_over_rpc(self):
        """Workspace pools, a constant pool and I/O mapped into a pool (mlfgen's v7_pools): the
        operators run with null constants (copies of the pool) and the pools left out or null."""
        archive = os.path.join(self.fixtures(), "v7_pools.tar")
        ref_dir = self.generate(archive, "hd-pools-ref")
        x = bytes((i * 37 + 11) % 256 for i in range(16))
        with open(os.path.join(ref_dir, "x.bin"), "wb") as f:
            f.write(x)
        ref, = self.build_and_run(ref_dir, input_fill="file", input_file="x.bin")
        checksum = ref.outputs[("default", "output")][2]
        client, host = self.session(self.built(archive, "hd-pools"))
        fn = lambda name: host.get_function(0x8000, "tvmgen_default_" + name)
        data, out = host.alloc([16], (0, 8, 1)), host.alloc([8])
        host.upload(data, x)
        main = fn("__tvm_main__")
        self.assertEqual(host.call(main, T(data, [16], (0, 8, 1)), T(out, [8]), NULL(), NULL(), NULL()),
                         [(0, 4), (4, None)])
        self.assertEqual(fnv1a(host.download(out, 32)), checksum)
        # The main function's calls one by one (sid_1 at sram[48], sid_2 at sram[80]: 32 bytes each).
        sid1, sid2 = host.alloc([8]), host.alloc([8])
        steps = [("fused_nn_dense_add", [T(data, [16], (0, 8, 1)), NULL(), NULL(), T(sid1, [8], (0, 32, 1))]),
                 ("fused_cast_multiply", [T(sid1, [8], (0, 32, 1)), NULL(), T(sid2, [8])]),
                 ("fused_nn_relu", [T(sid2, [8]), T(sid1, [8])]),
                 ("fused_nn_dense_add_1", [T(sid1, [8]), NULL(), NULL(), T(sid2, [8]), NULL()]),
                 ("fused_nn_relu", [T(sid2, [8]), T(sid1, [8])]),
                 ("fused_nn_softmax", [T(sid1, [8]), T(out, [8])])]
        host.upload(out, bytes(32))
        for name, args in steps:
            self.assertEqual(host.call(fn(name), *args), [(0, 4), (4, None)], name)
        self.assertEqual(fnv1a(host.download(out, 32)), checksum)
        with self.assertRaises(RuntimeError) as ctx:
            host.call(fn("fused_nn_relu"), T(sid2, [7]), T(sid1, [8]))
        self.assertEqual(str(ctx.exception), "tvmgen_default_fused_nn_relu: argument 0 holds 28 bytes; "
                         "the operator uses 32")
        with self.assertRaises(RuntimeError) as ctx:
            host.call(fn("fused_nn_relu"), T(sid2, [8]))
        self.assertEqual(str(ctx.exception), "tvmgen_default_fused_nn_relu: want 3 arguments, got 1")
        self.end(client, host)

    @unittest.skipUnless(os.path.isfile(SPEC), "spec %s is absent" % SPEC)
    def test_transcript_wire_bytes_until_the_first_allocation(self):
        """With the transcript's device nonce the program's bytes equal the CRT's, byte for byte,
        up to the first device-specific handle."""
        project_dir = self.built(self.add_archive(), "hd-wire")
        sys.path.insert(0, os.path.join(REPO, "tests", "data"))
        try:
            import crtpeer
        finally:
            sys.path.pop(0)
        blocks = crtpeer.transcript_blocks(SPEC)
        proc = subprocess.Popen([os.path.join(project_dir, "installed", "model_runner"), "--nonce", "0x9c"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            # TerminateSession as the CRT sends it; then our own Log text (not Zephyr's).
            self.assertEqual(proc.stdout.read(12), blocks[0][2][:12])
            log = frame(b"\0\0\x03" + b"microTVM host-sim runtime - running")
            self.assertEqual(proc.stdout.read(len(log)), log)
            for label, from_host, data in blocks[1:]:
                if label.startswith("DevAllocDataWithScope"):
                    break
                if from_host:
                    proc.stdin.write(data)
                    proc.stdin.flush()
                else:
                    self.assertEqual(proc.stdout.read(len(data)).hex(" "), data.hex(" "), label)
        finally:
            proc.stdin.close()
            proc.wait(timeout=10)
            proc.stdout.close()

    @unittest.skipUnless(os.path.isfile(SPEC), "spec %s is absent" % SPEC)
    def test_transcript_replies_have_the_same_structure(self):
        project_dir = self.built(self.add_archive(), "hd-transcript")
        client, host = self.session(project_dir)
        handles = {}  # the transcript's device-specific handles -> ours
        pairs = transcript_rpc_pairs(SPEC)
        self.assertGreaterEqual(len(pairs), 20)
        for label, request, reply in pairs:
            with self.subTest(step=label):
                for theirs, ours in handles.items():
                    request = request.replace(struct.pack("<Q", theirs), struct.pack("<Q", ours))
                got = host.rpc_raw(request, timeout=3.0 if reply is None else 20.0)
                if reply is None:
                    self.assertIsNone(got, label)
                    continue
                self.assertIsNotNone(got, label)
                want_code, want = parse_reply(reply)
                code, values = parse_reply(got)
                self.assertEqual(code, want_code, (label, values))
                if code == 8:
                    self.assertEqual(values, want)
                    continue
                self.assertEqual([c for c, _ in values], [c for c, _ in want])
                if struct.unpack_from("<i", request, 8)[0] == 3 and code == 4:
                    self.assertEqual(values[0], want[0])  # the returned type code
                if code == 5:
                    self.assertEqual(values, want)  # same message as the CRT's
                for (c, v), (_, w) in zip(values, want):
                    if c == 3 and v != w:
                        handles[w] = v
        self.assertEqual(len(handles), 3, handles)  # just the three tensors are device-specific
        deadline = time.monotonic() + 10
        while not host.link.closed and time.monotonic() < deadline:
            host.link.read(0.5)
        self.assertTrue(host.link.closed, "program still running after Shutdown")
        client.call("close_transport")
        client.close()

    def test_malformed_requests_never_hang(self):
        project_dir = self.built(EXAMPLE, "hd-malformed")
        client, host = self.session(project_dir)
        ok = lambda: self.assertEqual(host.global_func("runtime.SystemLib"), 0x80028000)
        code, values = host.rpc(99)
        self.assertEqual((code, values[0][1]), (5, b"unknown RPC code 99"))
        ok()
        code, values = host.rpc(9, struct.pack("<ii", 1, 77) + b"\0" * 8)
        self.assertEqual(code, 5)
        ok()
        for bad in (packet(3, struct.pack("<Q", 0x80028000) + struct.pack("<i", 1)),  # ends in type codes
                    struct.pack("<Qi", 500, 9),  # packet_nbytes past the message
                    packet(7, dltensor(0x1234, [4], (0, 8, 1)) + struct.pack("<Q", 4) + b"abcd"),  # wild pointer
                    packet(6, dltensor(0, [4], (0, 8, 1)) + struct.pack("<Q", 1 << 40)),
                    packet(3, struct.pack("<Q", 0xFFFF8123) + seq()),  # no such timer
                    packet(14, seq(DEV(), H(0x1000))),
                    packet(13, seq(DEV(), I(1 << 40), I(64), (5, b"\x02\x20\x01\x00\0\0\0\0")))):
            with self.subTest(request=bad.hex()):
                reply = host.rpc_raw(bad, timeout=5.0)
                self.assertIsNotNone(reply)
                self.assertEqual(parse_reply(reply)[0], 5)
                ok()
        # FF FD inside a packet: the packet is abandoned, the bytes after it start the next one.
        good = struct.pack("<HB", host.sid, 0x10) + packet(9, seq(S("runtime.SystemLib")))
        whole = frame(good)
        host.link.write(whole[:9] + b"\xff\xfd" + whole[2:])
        self.assertEqual(parse_reply(host.next_message(10)[2])[1], [(3, 0x80028000)])
        # An invalid escape, a bad CRC, a stale session id, an over-long message: dropped.
        host.link.write(whole[:9] + b"\xff\x41" + b"\x00" * 8)
        bad_crc = bytearray(whole)
        bad_crc[-1] ^= 1
        host.link.write(bytes(bad_crc))
        host.send(host.sid ^ 0x0100, 0x10, packet(9, seq(S("runtime.SystemLib"))))
        host.send(host.sid, 0x10, packet(9, seq(S("x" * 3000))))
        self.assertIsNone(host.next_message(1.0))
        ok()
        # Empty packets are ignored; a re-handshake keeps serving.
        host.send(host.sid, 0x10, struct.pack("<Q", 0))
        self.assertIsNone(host.next_message(0.5))
        host.start_session()
        ok()
        self.end(client, host)

    @unittest.skipUnless(os.path.isdir(CORPUS), "corpus folder %s is absent" % CORPUS)
    def test_corpus_graph_archive_operator_by_operator(self):
        rel = "guberti-arduino/v4_graph_yes_no_nrf5340.tar"
        archive = os.path.join(CORPUS, rel)
        ref, = self.build_and_run(self.generate(archive, "hd-graph-ref"))
        project_dir = self.built(archive, "hd-graph")
        sys.dont_write_bytecode = True
        sys.path.insert(0, TEMPLATE)
        try:
            import hostsim_mlf as mlf
        finally:
            sys.path.remove(TEMPLATE)
        m = mlf.analyse(os.path.join(project_dir, "model")).modules[0]
        g = m.graph
        nodes, row = g["nodes"], g["node_row_ptr"]
        shapes, dtypes, sids = g["attrs"]["shape"][1], g["attrs"]["dltype"][1], g["attrs"]["storage_id"][1]
        sizes = {}
        for eid, sid in enumerate(sids):
            sizes[sid] = max(sizes.get(sid, 0), mlf.tensor_bytes(dtypes[eid], shapes[eid]))
        client, host = self.session(project_dir)
        storage = {sid: host.alloc([size], (1, 8, 1)) for sid, size in sorted(sizes.items())}
        by_name = {nodes[nid]["name"]: row[nid] for nid in g["arg_nodes"]}
        for name, _, _, data in m.params:
            if name in by_name:
                host.upload(storage[sids[by_name[name]]], data)
        tensor = lambda eid: T(storage[sids[eid]], shapes[eid], mlf.parse_dtype(dtypes[eid]))
        calls = 0
        for nid, node in enumerate(nodes):
            if node.get("op") != "tvm_op":
                continue
            func = (node.get("attrs") or node.get("attr") or {})["func_name"]
            args = [row[e[0]] + e[1] for e in node.get("inputs", [])] + list(range(row[nid], row[nid + 1]))
            if func in ("__nop", "__copy"):
                if sids[args[0]] != sids[args[-1]]:
                    n = mlf.tensor_bytes(dtypes[args[-1]], shapes[args[-1]])
                    host.upload(storage[sids[args[-1]]], host.download(storage[sids[args[0]]], n))
                continue
            fn = host.get_function(0x8000, func)
            self.assertIsNotNone(fn, func)
            self.assertEqual(host.call(fn, *[tensor(a) for a in args]), [(0, 4), (4, None)], func)
            calls += 1
        self.assertGreater(calls, 1)
        for t, head in zip(m.outputs, g["heads"]):
            eid = row[head[0]] + head[1]
            data = host.download(storage[sids[eid]], mlf.tensor_bytes(dtypes[eid], shapes[eid]))
            self.assertEqual(fnv1a(data), ref.outputs[(m.name, t.name)][2], t.name)
        self.end(client, host)


if __name__ == "__main__":
    unittest.main()
