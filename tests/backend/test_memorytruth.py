#!/usr/bin/env python3
"""Memory figures of `mtvw-cli memory --json` checked against the raw files of the real archives.

Every real archive in ../shared/corpus (the folder beside the checkout) is unpacked with tarfile
into a temporary folder, and this test works out its own expectations from the raw entries: the
graph JSON (bytes per storage id), the generated C (the _lookup_linked_param switch, initialised
static arrays, uninitialised workspace arrays, the AOT main function's calls and activations),
the header's size macros and metadata.json. Nothing here is copied from the implementation's
output and no result number is written into the test: the figures all come from the archives.

Run:  python3 test_memorytruth.py /path/to/mtvw-cli      (or set MTVW_CLI)
      python3 test_memorytruth.py --oracle               (print this test's own expected figures,
                                                          without running the CLI)
Standard library only. Every test is skipped when ../shared/corpus is absent.
"""

import json
import math
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unittest


def names(n: int, text: str) -> bool:
    """True when text states the byte count n exactly, with or without thousands separators."""
    plain = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)
    return re.search(r"(?<!\d)%d(?!\d)" % n, plain) is not None

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.normpath(os.path.join(REPO, "..", "shared", "corpus"))
SKIP_MESSAGE = "../shared/corpus is absent (the corpus lives beside the checkout): skipped"

ARCHIVES = [
    "ethosu-compiler13/module.tar",
    "guberti-arduino/v4_graph_person_detection_nrf5340.tar",
    "guberti-arduino/v4_graph_yes_no_nrf5340.tar",
    "guberti-arduino/v5_aot_emotions_spresense.tar",
    "guberti-arduino/v5_aot_micro_speech_host.tar",
    "guberti-arduino/v5_graph_micro_speech_nrf5340.tar",
    "guberti-arduino/v5_graph_person_detection_nrf5340.tar",
    "hannah-m3-magic-wand/model.tar",
    "match-riscv-two-modules/restructured.tar",
    "nuvoton-m55m1-vww/codegen-only.tar",
    "octoml-mlperftiny-kws/model-codegen-only.tar",
    "utoe-riot-mnist/default.tar",
]
PERSON_DETECTION = "guberti-arduino/v4_graph_person_detection_nrf5340.tar"
ETHOSU = "ethosu-compiler13/module.tar"
UTOE = "utoe-riot-mnist/default.tar"
MULTI_MODULE = "match-riscv-two-modules/restructured.tar"
OCTOML = "octoml-mlperftiny-kws/model-codegen-only.tar"
CODEGEN_ONLY = ["nuvoton-m55m1-vww/codegen-only.tar", OCTOML]

TOLERANCE = 0.02  # relative, for the sums this test adds up itself
CLI_TIMEOUT = 240  # seconds for one CLI run (the biggest archive holds 2.2 MB of C)

# C element types of the initialised arrays, in bytes.
ELEMENT_BYTES = {
    "int8_t": 1, "uint8_t": 1, "char": 1, "signed char": 1, "unsigned char": 1,
    "int16_t": 2, "uint16_t": 2, "short": 2, "unsigned short": 2,
    "int32_t": 4, "uint32_t": 4, "float": 4, "int": 4, "unsigned int": 4, "unsigned": 4,
    "int64_t": 8, "uint64_t": 8, "double": 8,
}
QUALIFIERS = {"static", "const", "volatile", "extern", "TVM_DLL"}


def have_corpus():
    return os.path.isdir(CORPUS)


def close_to(actual, expected, rel=TOLERANCE):
    """True when actual is within rel of expected (exact when expected is 0)."""
    if actual is None or expected is None:
        return False
    return abs(actual - expected) <= rel * abs(expected)


# ---------------------------------------------------------------------------------------------
# Unpacking
# ---------------------------------------------------------------------------------------------

def extract_tar(tar_path, dest):
    """Unpacks a tar into dest (only regular files and folders) and returns the MLF root."""
    with tarfile.open(tar_path) as tar:
        members = [m for m in tar.getmembers() if m.isfile() or m.isdir()]
        if hasattr(tarfile, "data_filter"):
            tar.extractall(dest, members=members, filter="data")
        else:
            tar.extractall(dest, members=members)
    return find_mlf_root(dest)


def find_mlf_root(folder):
    """The folder itself, or the one folder below it that holds the MLF (codegen/, metadata.json)."""
    root = folder
    for _ in range(2):
        names = os.listdir(root)
        if "codegen" in names or "metadata.json" in names or "models" in names:
            return root
        subdirs = [n for n in names if os.path.isdir(os.path.join(root, n))]
        if len(subdirs) != 1:
            return root
        root = os.path.join(root, subdirs[0])
    return root


def read_text(path):
    with open(path, "r", encoding="utf-8", errors="replace") as f:
        return f.read()


def load_json(path):
    with open(path, "r", encoding="utf-8") as f:
        return json.load(f)


def rel(root, path):
    return os.path.relpath(path, root).replace(os.sep, "/")


# ---------------------------------------------------------------------------------------------
# C text helpers
# ---------------------------------------------------------------------------------------------

def strip_comments(text):
    """Blanks out // and /* */ comments, keeping every character position (and newline)."""
    def blank(m):
        return re.sub(r"[^\n]", " ", m.group(0))
    return re.sub(r"//[^\n]*|/\*.*?\*/", blank, text, flags=re.S)


def line_of(text, pos):
    return text.count("\n", 0, pos) + 1


def matching(text, open_pos, pair="{}"):
    """Index of the bracket closing the one at open_pos ("{}" or "()"; the generated C has no
    brackets in its strings)."""
    depth = 0
    for i in range(open_pos, len(text)):
        c = text[i]
        if c == pair[0]:
            depth += 1
        elif c == pair[1]:
            depth -= 1
            if depth == 0:
                return i
    return len(text)


ATTRIBUTE = re.compile(r"__attribute__\s*\(\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)\)")
ARRAY_INIT = re.compile(r"\b([A-Za-z_]\w*)\s*\[\s*([^\[\]]+?)\s*\]\s*=(?!=)")
DEFINE = re.compile(r"^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+([^\n]+)$", re.M)


def array_count(text, code):
    """An array size as written: a number, or an expression of #define'd integers (+ - * /)."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    macros = dict(DEFINE.findall(code))
    for _ in range(8):
        replaced = re.sub(r"[A-Za-z_]\w*", lambda m: "(%s)" % macros.get(m.group(0), m.group(0)), text)
        if replaced == text:
            break
        text = replaced
    if not re.fullmatch(r"[0-9\s()+\-*/]+", text):
        return None
    return int(eval(text, {"__builtins__": {}}))  # only digits and arithmetic reach this
ARRAY_UNINIT = re.compile(r"\b([A-Za-z_]\w*)\s*\[\s*(\d+)\s*\]\s*;")
POOL_STRUCT = re.compile(r"\bstatic\s+struct\s+(\w+)\s*\{([^{}]*)\}\s*(\w+)\s*=")
POOL_MEMBER = re.compile(r"//\s*(\d+)\s*bytes\s*,\s*aligned\s+offset\s*:\s*(\d+)")


def declaration_prefix(code, start):
    """The text of the declaration in front of position start: from the last ; { } = or
    preprocessor line, comments already blanked. Returns (prefix, prefix_start)."""
    boundary = max(code.rfind(c, 0, start) for c in ";{}=") + 1
    region = code[boundary:start]
    # cut at the last preprocessor line (#if / #else / #endif / #define ...)
    offset = 0
    for m in re.finditer(r"^[ \t]*#[^\n]*\n?", region, flags=re.M):
        offset = m.end()
    return region[offset:], boundary + offset


def initialiser_start(code, pos):
    """The first characters of the initialiser after an "=", past blanks and preprocessor lines."""
    rest = code[pos:pos + 400]
    while True:
        stripped = rest.lstrip()
        if stripped.startswith("#"):
            nl = stripped.find("\n")
            rest = stripped[nl + 1:] if nl >= 0 else ""
            continue
        return stripped[:40]


def parse_prefix(prefix):
    """(tokens without qualifiers, qualifiers found, sections named) of a declaration prefix."""
    sections = re.findall(r'section\s*\(\s*"([^"]*)"', prefix)
    bare = ATTRIBUTE.sub(" ", prefix)
    words = re.findall(r"[A-Za-z_]\w*|\S", bare)
    quals = {w for w in words if w in QUALIFIERS}
    rest = [w for w in words if w not in QUALIFIERS]
    return rest, quals, sections


def scan_c_arrays(code_raw):
    """Initialised static arrays, uninitialised static arrays, skipped arrays, in one C text."""
    code = strip_comments(code_raw)
    found, uninit, skipped = [], [], []
    for m in ARRAY_INIT.finditer(code):
        prefix, pstart = declaration_prefix(code, m.start())
        rest, quals, sections = parse_prefix(prefix)
        if "static" not in quals and not sections:
            continue  # file-scope arrays count when static or placed in a named section
        name, count = m.group(1), array_count(m.group(2), code)
        if count is None:
            continue
        ctype = " ".join(rest)
        after = initialiser_start(code, m.end())
        first_decl = pstart + (len(prefix) - len(prefix.lstrip()))
        entry = {
            "symbol": name,
            "count": count,
            "ctype": ctype,
            "section": sections[0] if sections else None,
            "decl_line": line_of(code, first_decl),
            "line": line_of(code, m.start()),
            "string": after.startswith('"'),
        }
        if ctype not in ELEMENT_BYTES:
            skipped.append(entry)  # struct arrays (hannah's kTvmgenMetadata ...): size unknown here
            continue
        entry["bytes"] = count * ELEMENT_BYTES[ctype]
        found.append(entry)
    for m in POOL_STRUCT.finditer(code):
        members = [(int(n), int(o)) for n, o in POOL_MEMBER.findall(code_raw[m.start(2):m.end(2)])]
        if not members:
            continue
        prefix, pstart = declaration_prefix(code, m.start())
        _, _, sections = parse_prefix(prefix + " " + code[m.start():m.start(2)])
        first_decl = pstart + (len(prefix) - len(prefix.lstrip()))
        found.append({
            "symbol": m.group(3),
            "count": len(members),
            "ctype": "struct " + m.group(1),
            "section": sections[0] if sections else None,
            "decl_line": line_of(code, first_decl),
            "line": line_of(code, m.start(3)),
            "string": False,
            "bytes": max(n + o for n, o in members),
            "pool": True,
        })
    for m in ARRAY_UNINIT.finditer(code):
        prefix, pstart = declaration_prefix(code, m.start())
        rest, quals, sections = parse_prefix(prefix)
        if "static" not in quals or "const" in quals:
            continue
        ctype = " ".join(rest)
        if ctype not in ELEMENT_BYTES:
            continue
        first_decl = pstart + (len(prefix) - len(prefix.lstrip()))
        uninit.append({
            "symbol": m.group(1),
            "bytes": int(m.group(2)) * ELEMENT_BYTES[ctype],
            "section": sections[0] if sections else None,
            "decl_line": line_of(code, first_decl),
            "line": line_of(code, m.start()),
        })
    return found, uninit, skipped


def constant_kind(entry):
    name = entry["symbol"]
    if entry.get("pool"):
        return "constant_pool"
    if name.startswith("__tvm_param__"):
        return "linked_param"
    if name.endswith("_cms_data_data"):
        return "npu_command_stream"
    if name.endswith("_weights") and entry["string"]:
        return "npu_weights"
    return "constant"


def linked_storage_ids(code_raw):
    """The storage ids of the _lookup_linked_param switch: {storage id: __tvm_param__ symbol}."""
    code = strip_comments(code_raw)
    linked = {}
    for m in re.finditer(r"\b_lookup_linked_param\s*\(", code):
        close = matching(code, m.end() - 1, "()")
        after = code[close + 1:close + 40].lstrip()
        if not after.startswith("{"):
            continue  # a declaration
        body_start = code.index("{", close)
        body = code[body_start:matching(code, body_start) + 1]
        for case in re.finditer(r"\bcase\s+(\d+)\s*:(.*?)(?=\bcase\b|\bdefault\b|$)", body, re.S):
            sym = re.search(r"\b(__tvm_param__\w+)", case.group(2))
            linked[int(case.group(1))] = sym.group(1) if sym else None
    return linked


def split_args(argtext):
    """Top-level comma-separated arguments of a call."""
    args, depth, cur = [], 0, ""
    for c in argtext:
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        if c == "," and depth == 0:
            args.append(cur.strip())
            cur = ""
        else:
            cur += c
    if cur.strip():
        args.append(cur.strip())
    return args


def aot_main(code_raw, module):
    """(function name, body, first line) of the AOT main function of module, or None."""
    code = strip_comments(code_raw)
    pattern = re.compile(r"\b(tvmgen_%s_(?:__tvm_main__|run_model))\s*\(" % re.escape(module))
    for m in pattern.finditer(code):
        close = matching(code, m.end() - 1, "()")
        after = code[close + 1:close + 40].lstrip()
        if not after.startswith("{"):
            continue  # a declaration or a call
        body_start = code.index("{", close)
        body_end = matching(code, body_start)
        return m.group(1), code[body_start + 1:body_end], line_of(code, m.start())
    return None


def aot_calls_and_activations(name, body):
    """The operator calls (tvmgen_* functions, in order) with their argument names, and the
    activations (sid_N_let pointers into a pool, TVMBackendAllocWorkspace buffers) of one body."""
    calls = []
    for m in re.finditer(r"\b(tvmgen_\w+)\s*\(", body):
        if m.group(1) == name:
            continue
        close = matching(body, m.end() - 1, "()")
        args = split_args(body[m.end():close])
        idents = set()
        for a in args:
            idents.update(re.findall(r"[A-Za-z_]\w*", a))
        calls.append({"function": m.group(1), "args": args, "idents": idents})
    activations = {}
    for m in re.finditer(r"\bvoid\s*\*\s*(\w+)_let\s*=\s*\(\s*&\s*\(\s*(\w+)\s*\[\s*(\d+)\s*\]\s*\)\s*\)",
                         body):
        var = m.group(1) + "_let"
        activations[m.group(1)] = {"var": var, "pool": re.sub(r"_\d+_var$", "", m.group(2)),
                                   "offset": int(m.group(3)), "bytes": None, "exact": False}
    for m in re.finditer(r"\bvoid\s*\*\s*(\w+)\s*=\s*TVMBackendAllocWorkspace\s*\(([^;]*)\)\s*;", body):
        args = split_args(m.group(2))
        size = re.search(r"(\d+)\s*$", args[2]) if len(args) > 2 else None
        activations[m.group(1)] = {"var": m.group(1), "pool": None, "offset": None,
                                   "bytes": int(size.group(1)) if size else None, "exact": True}
    for act in activations.values():
        used = [i for i, c in enumerate(calls) if act["var"] in c["idents"]]
        act["first_call"] = used[0] if used else None
        act["last_call"] = used[-1] if used else None
    return calls, activations


def header_facts(text, module):
    """TVMGEN_<MOD>_WORKSPACE_SIZE and the sum of the other TVMGEN_<MOD>_*_SIZE macros."""
    up = module.upper()
    ws = re.search(r"^\s*#\s*define\s+TVMGEN_%s_WORKSPACE_SIZE\s+(\d+)" % re.escape(up), text, re.M)
    io = [int(v) for k, v in re.findall(r"^\s*#\s*define\s+TVMGEN_%s_(\w+)_SIZE\s+(\d+)" % re.escape(up),
                                        text, re.M) if k != "WORKSPACE" and not k.endswith("_POOL")]
    return (int(ws.group(1)) if ws else None), (sum(io) if io else None)


# ---------------------------------------------------------------------------------------------
# Graph JSON
# ---------------------------------------------------------------------------------------------

def dtype_bits(dltype):
    m = re.match(r"^(?:u?int|float|bfloat|bool)(\d*)(?:x(\d+))?$", dltype)
    if not m:
        raise ValueError("unknown dltype %r" % dltype)
    bits = int(m.group(1)) if m.group(1) else 8
    lanes = int(m.group(2)) if m.group(2) else 1
    return bits * lanes


def graph_storage(graph):
    """{storage id: bytes of its largest entry} and the tvm_op node names in order."""
    attrs = graph["attrs"]
    sids = attrs["storage_id"][1]
    shapes = attrs["shape"][1]
    dtypes = attrs["dltype"][1]
    storage = {}
    for sid, shape, dt in zip(sids, shapes, dtypes):
        nbytes = (math.prod(shape) * dtype_bits(dt) + 7) // 8
        storage[sid] = max(storage.get(sid, 0), nbytes)
    ops = [n["name"] for n in graph["nodes"] if n.get("op") == "tvm_op"]
    return storage, ops


# ---------------------------------------------------------------------------------------------
# The oracle: one archive's expected figures
# ---------------------------------------------------------------------------------------------

class ModuleTruth:
    """What this test expects of one module, worked out from the raw files."""

    def __init__(self, name):
        self.name = name
        self.executor = None
        self.metadata = None          # the module's metadata dict (v7: modules.<m>; v4/v5: top level)
        self.metadata_version = None
        self.c_files = []             # archive-relative paths
        self.header = None
        self.graph_file = None
        self.storage = {}             # storage id -> bytes (graph)
        self.graph_ops = []
        self.linked = {}              # storage id -> __tvm_param__ symbol
        self.claimed = {}             # storage id -> metadata size_bytes
        self.sids_differ = []         # storage ids where metadata and graph disagree
        self.op_workspace_max = None
        self.constants = {}           # (file, symbol) -> entry
        self.skipped_arrays = []
        self.workspace_arrays = []
        self.header_workspace = None
        self.header_io = None
        self.params_file = None
        self.params_bytes = 0
        self.main = None              # AOT main function name
        self.calls = []
        self.activations = {}

    # -- derived figures
    @property
    def constants_bytes(self):
        return sum(e["bytes"] for e in self.constants.values())

    @property
    def metadata_main(self):
        if not self.metadata:
            return None
        main = self.metadata.get("memory", {}).get("functions", {}).get("main")
        if isinstance(main, list):
            main = main[0] if main else None
        return main

    @property
    def metadata_workspace(self):
        main = self.metadata_main
        return main.get("workspace_size_bytes") if main else None

    @property
    def metadata_io(self):
        main = self.metadata_main
        return main.get("io_size_bytes") if main else None

    @property
    def code_workspace(self):
        arrays = [a for a in self.workspace_arrays if "workspace" in a["symbol"]]
        return sum(a["bytes"] for a in arrays) if arrays else None

    @property
    def workspace_expected(self):
        """(bytes, source): the code's array wins over the header's macro over metadata."""
        if self.code_workspace is not None:
            return self.code_workspace, "code"
        if self.header_workspace is not None:
            return self.header_workspace, "header"
        if self.metadata_workspace is not None:
            return self.metadata_workspace, "metadata"
        return None, None

    @property
    def metadata_tensor_io(self):
        """The sum of metadata's per-tensor input and output sizes (TVM >= 0.12), or None."""
        main = self.metadata_main
        if not main or not (main.get("inputs") or main.get("outputs")):
            return None
        return sum(t.get("size", 0) for k in ("inputs", "outputs") for t in (main.get(k) or {}).values())

    @property
    def io_expected(self):
        """What the application allocates: the header's size macros, else metadata's per-tensor
        sizes, else its io_size_bytes claim."""
        for io in (self.header_io, self.metadata_tensor_io, self.metadata_io):
            if io is not None:
                return io
        return None

    @property
    def graph_ram(self):
        if not self.storage:
            return None
        unlinked = sum(b for sid, b in self.storage.items() if sid not in self.linked)
        return unlinked + (self.op_workspace_max or 0)

    @property
    def params_loaded_at_runtime(self):
        return self.executor == "graph" and not self.linked and self.params_file is not None

    @property
    def flash_expected(self):
        object_bytes = 0  # no archive of the corpus carries object code
        return self.constants_bytes + (self.params_bytes if self.params_loaded_at_runtime else 0) + object_bytes

    @property
    def ram_expected(self):
        """(bytes, asserted): graph: unlinked storage + largest operator workspace; AOT and
        codegen-only: workspace + io, asserted when both are known."""
        if self.executor == "graph" and self.graph_ram is not None:
            return self.graph_ram, True
        ws, _ = self.workspace_expected
        io = self.io_expected
        if ws is None or io is None:
            return None, False
        return ws + io, True


class ArchiveTruth:
    def __init__(self, name, root):
        self.name = name
        self.root = root
        self.modules = {}

    def module_list(self):
        return [self.modules[k] for k in sorted(self.modules)]


def find_files(root, top):
    out = []
    base = os.path.join(root, top)
    for dirpath, _, files in os.walk(base):
        for f in files:
            out.append(os.path.join(dirpath, f))
    return sorted(out)


def module_metadata(root):
    """{module: (metadata dict, version)} from metadata.json at the root (v4/v5 top level, v7
    modules) or models/<m>/other_metadata/metadata.json (restructured)."""
    result = {}
    top = os.path.join(root, "metadata.json")
    if os.path.isfile(top):
        meta = load_json(top)
        version = meta.get("version")
        if isinstance(meta.get("modules"), dict):
            for m, v in meta["modules"].items():
                result[m] = (v, version)
        else:
            result[meta.get("model_name") or "default"] = (meta, version)
    models = os.path.join(root, "models")
    if os.path.isdir(models):
        for m in sorted(os.listdir(models)):
            path = os.path.join(models, m, "other_metadata", "metadata.json")
            if not os.path.isfile(path):
                continue
            meta = load_json(path)
            version = meta.get("version")
            if isinstance(meta.get("modules"), dict):
                for mm, v in meta["modules"].items():
                    result[mm] = (v, version)
            else:
                result[meta.get("model_name") or m] = (meta, version)
    return result


def build_truth(name, root):
    truth = ArchiveTruth(name, root)
    codegen = os.path.join(root, "codegen")
    metas = module_metadata(root)
    # Which module each codegen folder holds.
    folders = sorted(d for d in os.listdir(codegen) if os.path.isdir(os.path.join(codegen, d))) \
        if os.path.isdir(codegen) else []
    assignments = []  # (module, folder)
    for d in folders:
        if d != "host":
            assignments.append((d, d))
            continue
        names = sorted(metas) if metas else []
        if not names:
            headers = [f for f in os.listdir(os.path.join(codegen, d, "include"))
                       if re.match(r"tvmgen_\w+\.h$", f)] \
                if os.path.isdir(os.path.join(codegen, d, "include")) else []
            names = sorted(re.match(r"tvmgen_(\w+)\.h$", h).group(1) for h in headers)
        if not names:
            texts = " ".join(read_text(f) for f in find_files(root, "codegen/host/src") if f.endswith(".c"))
            names = sorted(set(re.findall(r"\btvmgen_(\w+?)_(?:__tvm_main__|run_model)\b", texts))) or ["default"]
        for n in names:
            assignments.append((n, d))
    for module, folder in assignments:
        mt = ModuleTruth(module)
        if module in metas:
            mt.metadata, mt.metadata_version = metas[module]
            execs = mt.metadata.get("executors") or mt.metadata.get("runtimes") or []
            mt.executor = execs[0] if execs else None
        src_files = [f for f in find_files(root, "codegen/%s" % folder)
                     if f.endswith(".c") and os.path.basename(os.path.dirname(f)) == "src"]
        if sum(1 for m, f in assignments if f == folder) > 1:
            src_files = [f for f in src_files if os.path.basename(f).startswith(module + "_")]
        mt.c_files = [rel(root, f) for f in src_files]
        header = os.path.join(codegen, folder, "include", "tvmgen_%s.h" % module)
        if os.path.isfile(header):
            mt.header = rel(root, header)
            mt.header_workspace, mt.header_io = header_facts(read_text(header), module)
        # graph JSON
        for cand in ("executor-config/graph/%s.graph" % module, "executor-config/graph/graph.json",
                     "runtime-config/graph/graph.json", "models/%s/executor-config/graph/%s.graph" % (module, module)):
            path = os.path.join(root, cand)
            if os.path.isfile(path):
                mt.graph_file = cand
                mt.storage, mt.graph_ops = graph_storage(load_json(path))
                mt.executor = mt.executor or "graph"
                break
        # params file
        for cand in ("parameters/%s.params" % module, "models/%s/parameters/%s.params" % (module, module)):
            path = os.path.join(root, cand)
            if os.path.isfile(path):
                mt.params_file = cand
                mt.params_bytes = os.path.getsize(path)
                break
        # the C
        for relpath in mt.c_files:
            text = read_text(os.path.join(root, relpath))
            found, uninit, skipped = scan_c_arrays(text)
            for e in found:
                key = (relpath, e["symbol"])
                e = dict(e, file=relpath, kind=constant_kind(e))
                if key in mt.constants:  # the same symbol again (#if / #else): counted once
                    prev = mt.constants[key]
                    prev["decl_line"] = min(prev["decl_line"], e["decl_line"])
                    prev["line_last"] = max(prev.get("line_last", prev["line"]), e["line"])
                    prev["repeats"] = prev.get("repeats", 1) + 1
                    if e["string"] and not prev["string"]:  # the #if branch's "=" runs into the #else
                        prev["string"] = True
                        prev["kind"] = constant_kind(prev)
                    continue
                mt.constants[key] = e
            for e in skipped:
                mt.skipped_arrays.append(dict(e, file=relpath))
            for e in uninit:
                mt.workspace_arrays.append(dict(e, file=relpath))
            mt.linked.update(linked_storage_ids(text))
            if mt.main is None:
                found_main = aot_main(text, module)
                if found_main:
                    mt.main, body, _ = found_main
                    mt.calls, mt.activations = aot_calls_and_activations(mt.main, body)
        if mt.main and not mt.executor and not mt.storage:
            mt.executor = "aot"
        # metadata figures
        if mt.metadata:
            mem = mt.metadata.get("memory", {})
            mt.claimed = {int(s["storage_id"]): s.get("size_bytes") for s in mem.get("sids", [])}
            sizes = [w.get("workspace_size_bytes", 0)
                     for f in mem.get("functions", {}).get("operator_functions", [])
                     for w in f.get("workspace", [])]
            mt.op_workspace_max = max(sizes) if sizes else 0
        if mt.storage and mt.claimed:
            mt.sids_differ = sorted(s for s in set(mt.storage) | set(mt.claimed)
                                    if mt.storage.get(s) != mt.claimed.get(s))
        truth.modules[module] = mt
    return truth


# ---------------------------------------------------------------------------------------------
# The archives, unpacked once
# ---------------------------------------------------------------------------------------------

_UNPACKED = {}


def unpacked(name):
    """(TemporaryDirectory, ArchiveTruth) of one corpus archive, unpacked on first use."""
    if name not in _UNPACKED:
        tmp = tempfile.TemporaryDirectory(prefix="mtvw-memtruth-")
        root = extract_tar(os.path.join(CORPUS, name), tmp.name)
        _UNPACKED[name] = (tmp, build_truth(name, root))
    return _UNPACKED[name]


def truth_of(name):
    return unpacked(name)[1]


def cleanup_unpacked():
    for tmp, _ in _UNPACKED.values():
        tmp.cleanup()
    _UNPACKED.clear()


# ---------------------------------------------------------------------------------------------
# Running the CLI
# ---------------------------------------------------------------------------------------------

CLI = None
_RUNS = {}


def run_cli(args, cwd=None):
    """(exit code, stdout, stderr, parsed JSON or None) of mtvw-cli memory ARGS --json."""
    key = (tuple(args), cwd)
    if key not in _RUNS:
        proc = subprocess.run([CLI, "memory"] + list(args) + ["--json"], cwd=cwd, capture_output=True,
                              text=True, timeout=CLI_TIMEOUT)
        try:
            parsed = json.loads(proc.stdout) if proc.stdout.strip() else None
        except ValueError:
            parsed = None
        _RUNS[key] = (proc.returncode, proc.stdout, proc.stderr, parsed)
    return _RUNS[key]


def cli_memory(name, *extra):
    return run_cli([os.path.join(CORPUS, name)] + list(extra))


def function_name(call):
    if isinstance(call, str):
        return call
    if isinstance(call, dict):
        for k in ("function", "name", "func", "callee", "func_name"):
            if isinstance(call.get(k), str):
                return call[k]
    return None


def norm_path(p):
    p = (p or "").replace("\\", "/")
    while p.startswith("./"):
        p = p[2:]
    return p


def normalise_digits(text):
    """7,782,656 / 7 782 656 / 7_782_656 -> 7782656."""
    return re.sub(r"(?<=\d)[,_ \u2009\u202f](?=\d{3}\b)", "", text)


def all_messages(report, module):
    msgs = list(module.get("warnings") or []) + list(module.get("notes") or [])
    msgs += list(report.get("warnings") or []) + list(report.get("notes") or [])
    return [m if isinstance(m, str) else json.dumps(m) for m in msgs]


# ---------------------------------------------------------------------------------------------
# The tests
# ---------------------------------------------------------------------------------------------

@unittest.skipUnless(have_corpus(), SKIP_MESSAGE)
class MemoryTruth(unittest.TestCase):
    maxDiff = 4000

    # -- helpers
    def report(self, name, *extra):
        code, out, err, parsed = cli_memory(name, *extra)
        self.assertIn(code, (0, 3, 4), "%s: exit %d\nstderr: %s" % (name, code, err[-2000:]))
        self.assertIsInstance(parsed, dict, "%s: stdout is not a JSON object:\n%s" % (name, out[:2000]))
        self.assertIsInstance(parsed.get("modules"), list, "%s: no modules list" % name)
        return parsed

    def paired(self, name):
        """[(ModuleTruth, the CLI's module object)] of one archive."""
        truth = truth_of(name)
        report = self.report(name)
        cli_mods = {m.get("module"): m for m in report["modules"]}
        mods = truth.module_list()
        if len(mods) == 1 and len(cli_mods) == 1:
            return [(mods[0], next(iter(cli_mods.values())))]
        out = []
        for mt in mods:
            self.assertIn(mt.name, cli_mods, "%s: module %s missing from the CLI's modules %s"
                          % (name, mt.name, sorted(map(str, cli_mods))))
            out.append((mt, cli_mods[mt.name]))
        return out

    # -- 1. graph storage, linked params, claimed sizes, RAM
    def test_graph_storage(self):
        graph_archives = [a for a in ARCHIVES if any(m.storage for m in truth_of(a).module_list())]
        self.assertTrue(graph_archives, "no graph archive found in the corpus")
        for name in graph_archives:
            report = self.report(name)
            for mt, cm in self.paired(name):
                if not mt.storage:
                    continue
                with self.subTest(archive=name, module=mt.name, check="storage bytes"):
                    got = {int(s["storage_id"]): s.get("bytes") for s in cm.get("storage") or []}
                    self.assertEqual(got, mt.storage)
                with self.subTest(archive=name, module=mt.name, check="linked"):
                    got = {int(s["storage_id"]) for s in cm.get("storage") or [] if s.get("linked") is True}
                    self.assertEqual(got, set(mt.linked))
                with self.subTest(archive=name, module=mt.name, check="claimed_bytes"):
                    got = {int(s["storage_id"]): s.get("claimed_bytes") for s in cm.get("storage") or []}
                    want = {sid: mt.claimed.get(sid) for sid in mt.storage}
                    self.assertEqual(got, want)
                if mt.sids_differ:
                    with self.subTest(archive=name, module=mt.name, check="sids warning"):
                        warnings = [normalise_digits(w) for w in (cm.get("warnings") or [])
                                    + (report.get("warnings") or []) if isinstance(w, str)]
                        hit = [w for w in warnings if re.search(r"sid|storage", w, re.I)
                               and any(names(s, w) for s in mt.sids_differ)]
                        self.assertTrue(hit, "no warning names a storage id whose metadata size differs "
                                        "from the graph (%s); warnings: %s" % (mt.sids_differ, warnings))
                with self.subTest(archive=name, module=mt.name, check="graph activations"):
                    acts = cm.get("activations") or []
                    got = {}
                    for a in acts:
                        if a.get("pool") != "storage":
                            continue  # the operators' workspace while they run
                        num = re.search(r"(\d+)", str(a.get("name")))
                        if num:
                            got[int(num.group(1))] = a.get("bytes")
                    want = {sid: b for sid, b in mt.storage.items() if sid not in mt.linked}
                    self.assertEqual(got, want)
                with self.subTest(archive=name, module=mt.name, check="RAM estimate"):
                    est = cm.get("estimate") or {}
                    self.assertTrue(est.get("ram_known"), "RAM unknown: %s" % est)
                    self.assertTrue(close_to(est.get("ram_bytes"), mt.graph_ram),
                                    "ram_bytes %s, expected %d (unlinked storage %d + largest operator "
                                    "workspace %d)" % (est.get("ram_bytes"), mt.graph_ram,
                                                       mt.graph_ram - mt.op_workspace_max, mt.op_workspace_max))
        with self.subTest(archive=PERSON_DETECTION, check="fits 512 KiB"):
            (mt, cm), = self.paired(PERSON_DETECTION)
            self.assertLess(mt.graph_ram, 512 * 1024, "the oracle's own RAM figure is over 512 KiB")
            self.assertLess((cm.get("estimate") or {}).get("ram_bytes"), 512 * 1024)
            code, out, err, parsed = cli_memory(PERSON_DETECTION, "--budget-ram", "512K")
            self.assertEqual(code, 0, "exit %d with --budget-ram 512K\n%s%s" % (code, out[-1500:], err[-1500:]))

    # -- 2. constants in code, flash
    def test_constants_in_code(self):
        for name in ARCHIVES:
            for mt, cm in self.paired(name):
                listed = {}
                for e in cm.get("constants_in_code") or []:
                    listed[(norm_path(e.get("file")), e.get("symbol"))] = e
                with self.subTest(archive=name, module=mt.name, check="constants total"):
                    self.assertTrue(close_to(cm.get("constants_in_code_bytes"), mt.constants_bytes),
                                    "constants_in_code_bytes %s, expected %d"
                                    % (cm.get("constants_in_code_bytes"), mt.constants_bytes))
                with self.subTest(archive=name, module=mt.name, check="constants listed"):
                    missing, wrong = [], []
                    for (path, sym), e in sorted(mt.constants.items()):
                        got = listed.get((path, sym))
                        if got is None:
                            missing.append("%s:%s" % (path, sym))
                            continue
                        if got.get("bytes") != e["bytes"]:
                            wrong.append("%s bytes %s != %d" % (sym, got.get("bytes"), e["bytes"]))
                        if got.get("kind") != e["kind"]:
                            wrong.append("%s kind %s != %s" % (sym, got.get("kind"), e["kind"]))
                        line = got.get("line")
                        last = e.get("line_last", e["line"])
                        if not isinstance(line, int) or not e["decl_line"] - 1 <= line <= last + 1:
                            wrong.append("%s line %s not in %d..%d" % (sym, line, e["decl_line"], last))
                    self.assertFalse(missing, "symbols missing from constants_in_code: %s" % missing[:20])
                    self.assertFalse(wrong, "; ".join(wrong[:20]))
                with self.subTest(archive=name, module=mt.name, check="flash estimate"):
                    est = cm.get("estimate") or {}
                    if est.get("flash_known") is False:
                        self.assertTrue(cm.get("warnings") or cm.get("notes"),
                                        "flash unknown and nothing says why")
                        continue
                    flash = est.get("flash_bytes")
                    self.assertIsInstance(flash, int, "flash_bytes %r" % flash)
                    self.assertGreaterEqual(flash, mt.constants_bytes)
                    self.assertTrue(close_to(flash, mt.flash_expected),
                                    "flash_bytes %d, expected %d (constants in code %d%s)"
                                    % (flash, mt.flash_expected, mt.constants_bytes,
                                       " + params file %d" % mt.params_bytes if mt.params_loaded_at_runtime else ""))

    # -- 3. AOT calls and activations
    def test_aot_activations(self):
        aot = [a for a in ARCHIVES if any(m.main for m in truth_of(a).module_list())]
        self.assertTrue(aot, "no AOT archive found in the corpus")
        for name in aot:
            for mt, cm in self.paired(name):
                if not mt.main:
                    continue
                with self.subTest(archive=name, module=mt.name, check="calls"):
                    got = [function_name(c) for c in cm.get("calls") or []]
                    self.assertEqual(got, [c["function"] for c in mt.calls])
                acts = {a.get("name"): a for a in cm.get("activations") or []}
                for aname, want in sorted(mt.activations.items()):
                    with self.subTest(archive=name, module=mt.name, activation=aname):
                        self.assertIn(aname, acts, "activation missing; the CLI lists %s" % sorted(map(str, acts)))
                        got = acts[aname]
                        self.assertEqual(got.get("offset"), want["offset"])
                        if want["exact"]:
                            self.assertEqual(got.get("bytes"), want["bytes"])
                            self.assertIs(got.get("exact"), True)
                        else:
                            self.assertEqual(got.get("pool"), want["pool"])
                            self.assertIs(got.get("exact"), False)
                        self.assertEqual((got.get("first_call"), got.get("last_call")),
                                         (want["first_call"], want["last_call"]))
        with self.subTest(archive=UTOE, check="peak"):
            (mt, cm), = self.paired(UTOE)
            pool = [a["bytes"] for a in mt.workspace_arrays if a["symbol"] == "global_workspace"]
            self.assertTrue(pool, "the oracle found no global_workspace array")
            io = max(x for x in (mt.metadata_io, mt.header_io) if x is not None)
            peak = cm.get("peak_bytes")
            self.assertIsInstance(peak, int, "peak_bytes %r" % peak)
            self.assertGreater(peak, 0)
            self.assertLessEqual(peak, pool[0] + io)

    # -- 3b. AOT RAM: the workspace the code declares (or the header's, or metadata's) + io
    def test_aot_ram(self):
        checked = 0
        for name in ARCHIVES:
            for mt, cm in self.paired(name):
                if mt.executor == "graph":
                    continue
                ram, asserted = mt.ram_expected
                if not asserted:
                    continue
                with self.subTest(archive=name, module=mt.name):
                    est = cm.get("estimate") or {}
                    self.assertTrue(close_to(est.get("ram_bytes"), ram),
                                    "RAM %s, expected %d (workspace %s from %s + io %s)" %
                                    (est.get("ram_bytes"), ram, mt.workspace_expected[0], mt.workspace_expected[1],
                                     mt.io_expected))
                    checked += 1
        self.assertGreater(checked, 3, "too few AOT modules had a known workspace and io")

    # -- 4. codegen-only archives
    def test_codegen_only(self):
        for name in CODEGEN_ONLY:
            (mt, cm), = self.paired(name)
            self.assertIsNone(mt.metadata, "%s has metadata after all" % name)
            want, source = mt.workspace_expected
            with self.subTest(archive=name, check="workspace"):
                self.assertIsNotNone(want, "the oracle found no workspace figure")
                self.assertEqual((cm.get("totals") or {}).get("workspace_bytes"), want)
                self.assertEqual((cm.get("sources_of_figures") or {}).get("workspace"), source)
                self.assertIn(source, ("header", "code"))
            with self.subTest(archive=name, check="budget 1K"):
                code, out, err, _ = cli_memory(name, "--budget-ram", "1K")
                self.assertIn(code, (3, 4), "exit %d with --budget-ram 1K" % code)
        (mt, _), = self.paired(OCTOML)
        with self.subTest(archive=OCTOML, check="budget 1M unknown io"):
            self.assertIsNone(mt.header_io, "the octoml header has io size macros after all")
            code, out, err, parsed = cli_memory(OCTOML, "--budget-ram", "1M")
            self.assertEqual(code, 4, "exit %d with --budget-ram 1M\n%s" % (code, err[-1500:]))
            text = (out + "\n" + err).lower()
            self.assertIn("unknown", text)
            self.assertRegex(text, r"\b(io|i/o|inputs?|outputs?)\b")

    # -- 5. Ethos-U
    def test_ethosu(self):
        (mt, cm), = self.paired(ETHOSU)
        arrays = [a["bytes"] for a in mt.workspace_arrays if a["symbol"] == "global_workspace"]
        self.assertEqual(len(arrays), 1, "the oracle expects one global_workspace array")
        self.assertEqual(mt.metadata_workspace, mt.header_workspace,
                         "metadata and header disagree: the test's premise is gone")
        self.assertNotEqual(mt.metadata_workspace, arrays[0])
        report = self.report(ETHOSU)
        with self.subTest(check="workspace warning"):
            warnings = [normalise_digits(w) for w in (cm.get("warnings") or []) + (report.get("warnings") or [])
                        if isinstance(w, str)]
            both = [w for w in warnings if names(mt.metadata_workspace, w) and names(arrays[0], w)]
            self.assertTrue(both, "no warning names both %d and %d: %s" % (mt.metadata_workspace, arrays[0], warnings))
        with self.subTest(check="NPU note"):
            notes = [n for n in (cm.get("notes") or []) + (report.get("notes") or []) if isinstance(n, str)]
            self.assertTrue([n for n in notes if re.search(r"ethos|npu", n, re.I)], "notes: %s" % notes)

    # -- 6. relative paths
    def test_relative_paths(self):
        absolute = self.report(UTOE)
        with tempfile.TemporaryDirectory(prefix="mtvw-memtruth-rel-") as tmp:
            os.makedirs(os.path.join(tmp, "model"))
            extract_tar(os.path.join(CORPUS, UTOE), os.path.join(tmp, "model"))
            shutil.copyfile(os.path.join(CORPUS, UTOE), os.path.join(tmp, "x.tar"))
            for arg in ("model", "x.tar"):
                with self.subTest(argument=arg):
                    code, out, err, parsed = run_cli([arg], cwd=tmp)
                    self.assertEqual(code, 0, "exit %d for %s\n%s" % (code, arg, err[-1500:]))
                    self.assertIsInstance(parsed, dict)
                    self.assertEqual(self.figures(parsed), self.figures(absolute))

    @staticmethod
    def figures(report):
        out = []
        for m in report.get("modules") or []:
            out.append({
                "module": m.get("module"),
                "totals": m.get("totals"),
                "estimate": m.get("estimate"),
                "constants": sorted((norm_path(e.get("file")), e.get("symbol"), e.get("bytes"))
                                    for e in m.get("constants_in_code") or []),
                "activations": sorted(json.dumps(a, sort_keys=True) for a in m.get("activations") or []),
                "calls": [function_name(c) for c in m.get("calls") or []],
                "peak_bytes": m.get("peak_bytes"),
            })
        return out

    # -- 7. multi-module totals
    def test_multi_module_total(self):
        report = self.report(MULTI_MODULE)
        truth = truth_of(MULTI_MODULE)
        self.assertGreaterEqual(len(truth.modules), 2, "the oracle found one module only")
        self.assertEqual(sorted(m.get("module") for m in report["modules"]), sorted(truth.modules))
        ests = [m.get("estimate") or {} for m in report["modules"]]
        total = report.get("total") or {}
        if not (total.get("ram_known") and all(e.get("ram_known") for e in ests)):
            self.skipTest("a module's RAM is unknown: the sum is not checked")
        self.assertEqual(total.get("ram_bytes"), sum(e.get("ram_bytes") for e in ests))


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------

def fmt(n):
    return "-" if n is None else str(n)


def oracle_table(out):
    out.write("%-52s %-8s %-6s %10s %10s  %s\n" % ("archive", "module", "exec", "RAM", "flash", "figures"))
    for name in ARCHIVES:
        truth = truth_of(name)
        for mt in truth.module_list():
            ram, asserted = mt.ram_expected
            ws, wsrc = mt.workspace_expected
            extra = ["constants_in_code %d (%d arrays)" % (mt.constants_bytes, len(mt.constants))]
            if mt.storage:
                extra.append("storage ids %d, linked %d, unlinked %d, op ws max %s, metadata sids differ at %s"
                             % (len(mt.storage), len(mt.linked),
                                sum(b for s, b in mt.storage.items() if s not in mt.linked),
                                fmt(mt.op_workspace_max), mt.sids_differ[:8] + (["..."] if len(mt.sids_differ) > 8 else [])))
            extra.append("workspace %s (%s), io %s" % (fmt(ws), wsrc, fmt(mt.io_expected)))
            if mt.params_file:
                extra.append("params %s %d bytes%s" % (mt.params_file, mt.params_bytes,
                                                       " (loaded at run time)" if mt.params_loaded_at_runtime else ""))
            if mt.main:
                acts = ", ".join("%s@%s/%s[%s..%s]" % (k, fmt(v["offset"]), fmt(v["bytes"]), fmt(v["first_call"]),
                                                       fmt(v["last_call"]))
                                 for k, v in sorted(mt.activations.items()))
                extra.append("main %s: %d calls; activations %s" % (mt.main, len(mt.calls), acts or "none"))
            if mt.skipped_arrays:
                extra.append("not counted (element size unknown): %s"
                             % ", ".join("%s %s[%d]" % (e["ctype"], e["symbol"], e["count"]) for e in mt.skipped_arrays))
            if mt.workspace_arrays:
                extra.append("uninitialised: %s" % ", ".join("%s[%d B] %s" % (a["symbol"], a["bytes"], a["section"])
                                                             for a in mt.workspace_arrays))
            out.write("%-52s %-8s %-6s %10s %10s  %s\n" % (name, mt.name, fmt(mt.executor),
                                                         fmt(ram) + ("" if asserted else "*"),
                                                         fmt(mt.flash_expected), extra[0]))
            for e in extra[1:]:
                out.write("%-52s %s\n" % ("", e))
    out.write("* not asserted (a figure the formula needs is unknown); the others are asserted within 2%\n")


def comparison_table(out):
    if not have_corpus() or not CLI:
        return
    out.write("\n%-52s %-8s %10s %10s %10s %10s\n" % ("archive", "module", "RAM exp", "RAM cli", "flash exp",
                                                       "flash cli"))
    for name in ARCHIVES:
        key = ((os.path.join(CORPUS, name),), None)
        if key not in _RUNS or name not in _UNPACKED:
            continue
        parsed = _RUNS[key][3] or {}
        cli_mods = {m.get("module"): m for m in parsed.get("modules") or []}
        for mt in truth_of(name).module_list():
            cm = cli_mods.get(mt.name) or (next(iter(cli_mods.values())) if len(cli_mods) == 1 else {})
            est = cm.get("estimate") or {}
            ram, asserted = mt.ram_expected
            out.write("%-52s %-8s %10s %10s %10s %10s\n" % (name, mt.name, fmt(ram) + ("" if asserted else "*"),
                                                           fmt(est.get("ram_bytes")), fmt(mt.flash_expected),
                                                           fmt(est.get("flash_bytes"))))
    out.write("* not asserted (a figure the formula needs is unknown)\n")


def main(argv):
    global CLI
    args = argv[1:]
    if args and args[0] == "--oracle":
        if not have_corpus():
            print(SKIP_MESSAGE)
            return 0
        try:
            oracle_table(sys.stdout)
        finally:
            cleanup_unpacked()
        return 0
    if args and not args[0].startswith("-"):
        CLI = os.path.abspath(args.pop(0))
    else:
        CLI = os.environ.get("MTVW_CLI")
        CLI = os.path.abspath(CLI) if CLI else CLI
    if have_corpus():
        if not CLI:
            sys.stderr.write("usage: %s /path/to/mtvw-cli [unittest options] (or set MTVW_CLI), "
                             "or %s --oracle\n" % (argv[0], argv[0]))
            return 2
        if not os.path.isfile(CLI):
            sys.stderr.write("mtvw-cli not found: %s\n" % CLI)
            return 2
    try:
        result = unittest.main(argv=[argv[0]] + args, exit=False).result
        comparison_table(sys.stderr)
    finally:
        cleanup_unpacked()
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
