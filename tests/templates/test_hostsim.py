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
                          "verbose"})
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


if __name__ == "__main__":
    unittest.main()
