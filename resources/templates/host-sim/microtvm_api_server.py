#!/usr/bin/env python3
"""microTVM Project API server of the workbench's "host simulator" template (platform "host-sim").

The "board" is this computer: generate_project turns a Model Library Format archive into a C
program that runs the model, build compiles it with the host C compiler, flash installs it,
and the transport runs it and streams its text output, or, with project_type=host_driven, talks
to it as a microTVM device over a framed RPC session (see README.md).

Started by a client as ``python3 microtvm_api_server.py --read-fd R --write-fd W [--debug]``;
speaks newline-delimited JSON-RPC 2.0 on those two pipe file descriptors. Python 3 standard
library only; no TVM needed.
"""

import argparse
import base64
import binascii
import concurrent.futures
import json
import logging
import os
import select
import shlex
import shutil
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # keep template and project folders free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import hostsim_codegen  # noqa: E402
import hostsim_mlf  # noqa: E402
import hostsim_rpc as rpc  # noqa: E402

_LOG = logging.getLogger("hostsim")

PLATFORM_NAME = "host-sim"
MODEL_TAR = "model.tar"  # present only in generated projects
PROJECT_FILE = "hostsim_project.json"
PROGRAM = "model_runner"
TEMPLATE_FILES = [
    "microtvm_api_server.py",
    "hostsim_rpc.py",
    "hostsim_mlf.py",
    "hostsim_codegen.py",
    "README.md",
]
TEMPLATE_DIRS = ["runtime"]
FILL_CHOICES = ["zeros", "ones", "random", "file"]
PROJECT_TYPES = ["standalone", "host_driven"]
# Sources of the program besides the archive's and the generated glue, per project type.
PROGRAM_SOURCES = {
    "standalone": ["runtime/hostsim_main.c", "runtime/hostsim_runtime.c"],
    "host_driven": ["runtime/hostsim_rpc_main.c", "runtime/hostsim_rpc_device.c",
                    "runtime/hostsim_runtime.c"],
}
# open_transport's session timeouts for a host-driven program (seconds): it boots at once, so a
# lost handshake is retried quickly; a reply may take as long as a long time-evaluator run.
HOST_DRIVEN_TIMEOUTS = {
    "session_start_retry_timeout_sec": 0.5,
    "session_start_timeout_sec": 5.0,
    "session_established_timeout_sec": 60.0,
}
RUN_METHODS = ["generate_project", "build", "flash", "open_transport"]


class Option:
    """One project option in the Project API's ProjectOption shape (TVM >= 0.9)."""

    def __init__(self, name, type_name, default, help_text,
                 choices=None, required=None, optional=None):
        self.name = name
        self.type = type_name
        self.default = default
        self.help = help_text
        self.choices = choices
        self.required = required
        self.optional = optional

    def to_json(self):
        return {
            "name": self.name,
            "choices": self.choices,
            "default": self.default,
            "type": self.type,
            "required": self.required,
            "optional": self.optional,
            "help": self.help,
        }


PROJECT_OPTIONS = [
    Option("project_type", "str", "standalone",
           "standalone: the program runs the model and prints text; host_driven: the program is a "
           "microTVM device (framed session, TVM RPC server) driven by the host. Chosen at "
           "generate_project and recorded in the project.",
           choices=PROJECT_TYPES, optional=["generate_project", "build", "open_transport"]),
    Option("runs", "int", 1, "How many inferences the host program runs (at least 1).",
           optional=["open_transport"]),
    Option("input_fill", "str", "zeros",
           "What the inputs hold: zeros, ones (the value 1), random (seeded by random_seed), "
           "or file (the bytes of input_file).",
           choices=FILL_CHOICES, optional=["open_transport"]),
    Option("random_seed", "int", 0, "Seed for input_fill=random.", optional=["open_transport"]),
    Option("pace_ms", "int", 0,
           "Start the runs at least this many milliseconds apart, as a board's duty cycle (0: back to back).",
           optional=["open_transport"]),
    Option("print_every", "int", 0,
           "Print the outputs after every Nth run as well as at the end (0: only at the end).",
           optional=["open_transport"]),
    Option("input_file", "str", None,
           "Raw input bytes for input_fill=file: every input of every module, concatenated in "
           "the order the program lists them. A relative path is taken from the project folder.",
           optional=["open_transport"]),
    Option("cc", "str", "cc", "C compiler command (may include arguments, e.g. 'ccache gcc').",
           required=["build"]),
    Option("extra_cflags", "str", "",
           "Extra flags for compiling and linking, split like a shell would (e.g. '-O0 -g').",
           optional=["build"]),
    Option("verbose", "bool", False,
           "Print commands and compiler output on the server's stdout.", optional=RUN_METHODS),
]
OPTIONS_BY_NAME = {o.name: o for o in PROJECT_OPTIONS}
_PY_TYPES = {"int": int, "str": str, "bool": bool}


def check_options(method, options):
    """Validates an options object for ``method``; returns it with defaults filled in."""
    unknown = sorted(set(options) - set(OPTIONS_BY_NAME))
    if unknown:
        raise rpc.ServerError("method %s: unknown option(s): %s" % (method, ", ".join(unknown)))
    result = {}
    for opt in PROJECT_OPTIONS:
        value = options.get(opt.name)
        if value is None:
            if opt.required and method in opt.required:
                raise rpc.ServerError("method %s: option %s is required" % (method, opt.name))
            result[opt.name] = opt.default
            continue
        want = _PY_TYPES[opt.type]
        if not isinstance(value, want) or (want is int and isinstance(value, bool)):
            raise rpc.ServerError("method %s: option %s: want %s, got %s"
                                  % (method, opt.name, opt.type, json.dumps(value)))
        if opt.choices is not None and value not in opt.choices:
            raise rpc.ServerError(
                "method %s: option %s: %s is not one of %s"
                % (method, opt.name, json.dumps(value), ", ".join(opt.choices))
            )
        result[opt.name] = value
    if result["pace_ms"] < 0:
        raise rpc.ServerError("method %s: option pace_ms: want at least 0, got %d"
                              % (method, result["pace_ms"]))
    if result["print_every"] < 0:
        raise rpc.ServerError("method %s: option print_every: want at least 0, got %d"
                              % (method, result["print_every"]))
    if result["runs"] < 1:
        raise rpc.ServerError("method %s: option runs: want at least 1, got %d"
                              % (method, result["runs"]))
    if method == "open_transport" and result["input_fill"] == "file" and not result["input_file"]:
        raise rpc.ServerError(
            "method open_transport: option input_file is required when input_fill is file"
        )
    return result


def _say(options, text):
    """Verbose output goes to the server's stdout, which is not part of the protocol."""
    if options["verbose"]:
        print(text, flush=True)


class HostSimHandler:
    """The eight Project API methods."""

    def __init__(self, project_dir=HERE):
        self._dir = project_dir
        self._proc = None

    # --------------------------------------------------------------------- info

    def _is_template(self):
        return not os.path.isfile(os.path.join(self._dir, MODEL_TAR))

    def server_info_query(self, tvm_version):
        is_template = self._is_template()
        return {
            "platform_name": PLATFORM_NAME,
            "is_template": is_template,
            "model_library_format_path": "" if is_template else os.path.join(self._dir, MODEL_TAR),
            "project_options": [o.to_json() for o in PROJECT_OPTIONS],
            "protocol_version": rpc.PROTOCOL_VERSION,
        }

    # ----------------------------------------------------------------- generate

    def generate_project(self, model_library_format_path, standalone_crt_dir, project_dir, options):
        # standalone_crt_dir is not used: the template brings its own small runtime.
        options = check_options("generate_project", options)
        if not self._is_template():
            raise rpc.ServerError("generate_project: this is a generated project, not the template")
        project_dir = os.path.abspath(project_dir)
        if os.path.lexists(project_dir):
            raise rpc.ServerError("generate_project: project_dir %s already exists" % project_dir)
        try:
            os.makedirs(project_dir)
        except OSError as err:  # a parent that is a file, no permission, a race with another writer
            raise rpc.ServerError("generate_project: cannot create project_dir %s: %s"
                                  % (project_dir, err.strerror or err)) from err
        try:
            self._generate(os.path.abspath(model_library_format_path), project_dir, options)
        except BaseException as err:
            shutil.rmtree(project_dir, ignore_errors=True)
            if isinstance(err, hostsim_mlf.ModelError):
                raise rpc.ServerError(str(err)) from err
            raise

    def _generate(self, archive, project_dir, options):
        for name in TEMPLATE_FILES:
            shutil.copy2(os.path.join(self._dir, name), os.path.join(project_dir, name))
        for name in TEMPLATE_DIRS:
            shutil.copytree(os.path.join(self._dir, name), os.path.join(project_dir, name),
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        model_dir = os.path.join(project_dir, "model")
        hostsim_mlf.unpack(archive, os.path.join(project_dir, MODEL_TAR), model_dir)
        analysis = hostsim_mlf.analyse(model_dir)

        project_type = options["project_type"]
        os.makedirs(os.path.join(project_dir, "src"))
        with open(os.path.join(project_dir, "src", "hostsim_model.c"), "w", encoding="utf-8") as f:
            f.write(hostsim_codegen.generate(analysis, host_driven=project_type == "host_driven"))

        def rel(path):
            return os.path.relpath(path, project_dir)

        project = {
            "format": 1,
            "project_type": project_type,
            "modules": [
                {
                    "name": m.name,
                    "executor": m.executor,
                    "inputs": [vars(t) for t in m.inputs],
                    "outputs": [vars(t) for t in m.outputs],
                }
                for m in analysis.modules
            ],
            "sources": [rel(s) for s in analysis.sources]
            + ["src/hostsim_model.c"] + PROGRAM_SOURCES[project_type],
            "include_dirs": ["runtime", "runtime/include"]
            + [rel(d) for d in analysis.include_dirs],
        }
        with open(os.path.join(project_dir, PROJECT_FILE), "w", encoding="utf-8") as f:
            json.dump(project, f, indent=2)
            f.write("\n")
        for m in analysis.modules:
            _say(options, "module %s: %s, %d input(s), %d output(s)"
                 % (m.name, m.executor, len(m.inputs), len(m.outputs)))

    # -------------------------------------------------------------- build, flash

    def _project(self, method):
        path = os.path.join(self._dir, PROJECT_FILE)
        if self._is_template() or not os.path.isfile(path):
            raise rpc.ServerError("%s: this is the template, not a generated project; "
                                  "call generate_project first" % method)
        with open(path, "r", encoding="utf-8") as f:
            project = json.load(f)
        project.setdefault("project_type", "standalone")
        return project

    @staticmethod
    def _check_project_type(method, project, options):
        """The project's type is fixed at generate_project; another non-default value is an error."""
        wanted = options["project_type"]
        if wanted != project["project_type"] and wanted != OPTIONS_BY_NAME["project_type"].default:
            raise rpc.ServerError("%s: option project_type is %s, but the project was generated as %s"
                                  % (method, wanted, project["project_type"]))

    def build(self, options):
        options = check_options("build", options)
        project = self._project("build")
        self._check_project_type("build", project, options)
        cc = shlex.split(options["cc"])
        if not cc:
            raise rpc.ServerError("build: option cc is empty")
        extra = shlex.split(options["extra_cflags"] or "")
        build_dir = os.path.join(self._dir, "build")
        shutil.rmtree(build_dir, ignore_errors=True)
        os.makedirs(os.path.join(build_dir, "obj"))

        # -fno-strict-aliasing: generated code reads packed arguments through casted pointers.
        flags = ["-std=gnu11", "-O2", "-fno-strict-aliasing"]
        flags += ["-I" + os.path.join(self._dir, d) for d in project["include_dirs"]]
        jobs = []
        for i, src in enumerate(project["sources"]):
            stem = os.path.splitext(os.path.basename(src))[0]
            obj = os.path.join(build_dir, "obj", "%03d_%s.o" % (i, stem))
            cmd = cc + flags + extra + ["-c", os.path.join(self._dir, src), "-o", obj]
            jobs.append((src, obj, cmd))
        workers = max(1, os.cpu_count() or 1)
        with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(lambda job: (job, self._run_tool(job[2], options)), jobs))
        for (src, _, _), (code, output) in results:
            if code != 0:
                raise rpc.ServerError("build: compiling %s failed (exit code %d):\n%s"
                                      % (src, code, _tail(output)))

        program = os.path.join(build_dir, PROGRAM)
        link = cc + [obj for _, obj, _ in jobs] + extra + ["-o", program, "-lm"]
        code, output = self._run_tool(link, options)
        if code != 0:
            raise rpc.ServerError("build: linking failed (exit code %d):\n%s"
                                  % (code, _tail(output)))

    def _run_tool(self, cmd, options):
        try:
            proc = subprocess.run(cmd, cwd=self._dir, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT)
        except OSError as err:
            raise rpc.ServerError("build: cannot run %s: %s" % (cmd[0], err.strerror)) from err
        output = proc.stdout.decode("utf-8", "replace")
        _say(options, " ".join(shlex.quote(c) for c in cmd) + ("\n" + output if output else ""))
        return proc.returncode, output

    def flash(self, options):
        options = check_options("flash", options)
        self._project("flash")
        built = os.path.join(self._dir, "build", PROGRAM)
        if not os.path.isfile(built):
            raise rpc.ServerError("flash: nothing to install; call build first")
        installed = os.path.join(self._dir, "installed")
        os.makedirs(installed, exist_ok=True)
        shutil.copy2(built, os.path.join(installed, PROGRAM))
        _say(options, "installed %s" % os.path.join(installed, PROGRAM))

    # ---------------------------------------------------------------- transport

    def open_transport(self, options):
        options = check_options("open_transport", options)
        project = self._project("open_transport")
        self._check_project_type("open_transport", project, options)
        program = os.path.join(self._dir, "installed", PROGRAM)
        if not os.path.isfile(program):
            raise rpc.ServerError("open_transport: nothing installed; call build and flash first")
        self.close_transport()
        if project["project_type"] == "host_driven":
            # The program is a microTVM device: stdout carries only framed bytes, its
            # diagnostics (stderr) go to a log file in the project.
            _say(options, program)
            log_path = os.path.join(self._dir, "installed", "device.log")
            with open(log_path, "ab") as log:
                self._proc = subprocess.Popen([program], cwd=self._dir, stdin=subprocess.PIPE,
                                              stdout=subprocess.PIPE, stderr=log)
            os.set_blocking(self._proc.stdout.fileno(), False)
            os.set_blocking(self._proc.stdin.fileno(), False)
            return {"timeouts": dict(HOST_DRIVEN_TIMEOUTS)}
        cmd = [program, "--runs", str(options["runs"]), "--fill", options["input_fill"],
               "--seed", str(options["random_seed"]), "--print-every", str(options["print_every"]),
               "--pace-ms", str(options["pace_ms"])]
        if options["input_fill"] == "file":
            path = os.path.join(self._dir, options["input_file"])
            if not os.path.isfile(path):
                raise rpc.ServerError("open_transport: input_file %s does not exist" % path)
            cmd += ["--input-file", path]
        _say(options, " ".join(shlex.quote(c) for c in cmd))
        self._proc = subprocess.Popen(cmd, cwd=self._dir, stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        os.set_blocking(self._proc.stdout.fileno(), False)
        os.set_blocking(self._proc.stdin.fileno(), False)
        # The stream is plain text, not a microTVM session: no handshake timeouts apply.
        return {
            "timeouts": {
                "session_start_retry_timeout_sec": 0.0,
                "session_start_timeout_sec": 0.0,
                "session_established_timeout_sec": 0.0,
            }
        }

    def close_transport(self):
        proc, self._proc = self._proc, None
        if proc is None:
            return
        for stream in (proc.stdin, proc.stdout):
            try:
                stream.close()
            except OSError:
                pass
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def read_transport(self, n, timeout_sec):
        if n < 1:
            raise rpc.ServerError("read_transport: n must be at least 1, got %d" % n)
        if self._proc is None:
            raise rpc.TransportClosedError()
        fd = self._proc.stdout.fileno()
        timeout = None if timeout_sec is None else max(0.0, float(timeout_sec))
        readable, _, _ = select.select([fd], [], [], timeout)
        if not readable:
            raise rpc.IoTimeoutError()
        try:
            data = os.read(fd, n)
        except BlockingIOError as err:
            raise rpc.IoTimeoutError() from err
        if not data:  # the program ended and its output is drained
            self.close_transport()
            raise rpc.TransportClosedError()
        return {"data": base64.b85encode(data).decode("ascii")}

    def write_transport(self, data, timeout_sec):
        if self._proc is None:
            raise rpc.TransportClosedError()
        try:
            payload = base64.b85decode(data)
        except (ValueError, binascii.Error) as err:
            raise rpc.ServerError("write_transport: data is not valid base85") from err
        fd = self._proc.stdin.fileno()
        deadline = None if timeout_sec is None else time.monotonic() + max(0.0, float(timeout_sec))
        while payload:
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            _, writable, _ = select.select([], [fd], [], wait)
            if not writable:
                raise rpc.IoTimeoutError()
            try:
                payload = payload[os.write(fd, payload):]
            except BlockingIOError:
                continue
            except (BrokenPipeError, ConnectionResetError) as err:
                self.close_transport()
                raise rpc.TransportClosedError() from err
        return None


def _tail(text, lines=40):
    parts = text.rstrip().splitlines()
    if len(parts) > lines:
        parts = ["... (%d lines omitted)" % (len(parts) - lines)] + parts[-lines:]
    return "\n".join(parts)


def main(argv=None):
    parser = argparse.ArgumentParser(description="microTVM Project API server: host simulator")
    parser.add_argument("--read-fd", type=int, required=True, help="fd of the request pipe")
    parser.add_argument("--write-fd", type=int, required=True, help="fd of the reply pipe")
    parser.add_argument("--debug", action="store_true", help="log at DEBUG level on stderr")
    args = parser.parse_args(argv)
    logging.basicConfig(
        stream=sys.stderr,
        level=logging.DEBUG if args.debug else logging.INFO,
        format="%(asctime)s %(name)s %(levelname)s: %(message)s",
    )
    handler = HostSimHandler()
    try:
        rpc.Server(args.read_fd, args.write_fd, handler).serve_forever()
    finally:
        handler.close_transport()


if __name__ == "__main__":
    main()
