"""Reading a Model Library Format (MLF) archive for the host simulator.

Python 3 standard library only. Written from the workbench's microTVM reference: archive
layout (1.1-1.3), metadata versions 1-7 (1.4, 1.5), the C interface header (1.6), the
``.params`` NDArray list (2.1) and the graph JSON (2.2).

``unpack`` extracts an archive safely; ``analyse`` turns the extracted tree into a list of
``Module`` descriptions the code generator (hostsim_codegen.py) can drive, or raises
``ModelError`` saying why the model cannot run on the host.
"""

import gzip
import json
import math
import os
import re
import shutil
import struct
import tarfile
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

MAX_ARCHIVE_BYTES = 1 << 30  # refuse archives that unpack to more than this
MAX_MEMBERS = 100000

RUNTIME_INCLUDE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "runtime", "include")

# Headers of the C library the generated code may include.
STANDARD_HEADERS = {
    "assert.h", "ctype.h", "errno.h", "float.h", "inttypes.h", "limits.h", "math.h",
    "stdalign.h", "stdarg.h", "stdbool.h", "stddef.h", "stdint.h", "stdio.h", "stdlib.h",
    "string.h", "time.h",
}

# C library functions generated code may declare itself.
LIBC_FUNCTIONS = {
    "memcpy", "memset", "memmove", "memcmp", "strlen", "strcmp", "strncmp", "printf",
    "fprintf", "snprintf", "sprintf", "puts", "malloc", "calloc", "realloc", "free", "abort",
    "exit", "abs", "labs",
}
LIBM_NAMES = (
    "exp exp2 expm1 log log2 log10 log1p sqrt cbrt pow tanh sinh cosh tan sin cos atan atan2 "
    "asin acos asinh acosh atanh erf erfc fabs floor ceil round trunc nearbyint rint fmod "
    "fmax fmin copysign hypot ldexp frexp lgamma tgamma"
).split()
LIBM_FUNCTIONS = set(LIBM_NAMES) | {n + "f" for n in LIBM_NAMES}

# Functions the host-sim runtime glue defines (runtime/hostsim_runtime.c).
RUNTIME_FUNCTIONS = {
    "TVMBackendAllocWorkspace", "TVMBackendFreeWorkspace", "TVMBackendGetFuncFromEnv",
    "TVMFuncCall", "TVMBackendParallelLaunch", "TVMBackendParallelBarrier",
    "TVMAPISetLastError", "TVMGetLastError",
}

C_SOURCE_EXTS = (".c",)
CXX_SOURCE_EXTS = (".cc", ".cpp", ".cxx")


class ModelError(Exception):
    """The archive cannot be turned into a host program; the message says why."""


# ----------------------------------------------------------------------------- dtypes

_DTYPE = re.compile(r"^(int|uint|float|bfloat|bool)(\d*)(?:x(\d+))?$")
_DTYPE_CODES = {"int": 0, "uint": 1, "float": 2, "bfloat": 4}


def parse_dtype(name: str) -> Tuple[int, int, int]:
    """'float32' -> (DLPack code 2, 32 bits, 1 lane); 'bool' -> (1, 1, 1)."""
    m = _DTYPE.match(name or "")
    if not m:
        raise ModelError("unsupported tensor type %r" % name)
    kind, bits, lanes = m.group(1), m.group(2), m.group(3)
    if kind == "bool":
        return 1, 1, 1
    if not bits:
        raise ModelError("unsupported tensor type %r" % name)
    return _DTYPE_CODES[kind], int(bits), int(lanes or 1)


def element_bytes(dtype: str) -> int:
    _, bits, lanes = parse_dtype(dtype)
    return max(1, (bits * lanes + 7) // 8)


def tensor_bytes(dtype: str, shape) -> int:
    return element_bytes(dtype) * math.prod(shape)


def c_name(name: str) -> str:
    """Sanitises a tensor or pool name the way the C interface header does."""
    return re.sub(r"[^a-zA-Z0-9]", "_", name)


# ---------------------------------------------------------------------------- unpack


def unpack(archive_path: str, model_tar: str, dest_dir: str) -> None:
    """Copies the archive to ``model_tar`` (uncompressed) and extracts it into ``dest_dir``.

    Only directories and regular files with relative, ``..``-free names are accepted.
    """
    if os.path.isdir(archive_path):
        raise ModelError("%s is a directory; want a Model Library Format tar file" % archive_path)
    try:
        with open(archive_path, "rb") as f:
            magic = f.read(4)
    except OSError as err:
        raise ModelError("cannot read %s: %s" % (archive_path, err.strerror)) from err
    if magic.startswith(b"PK"):
        raise ModelError("%s is a zip file; a Model Library Format archive is a tar" % archive_path)

    try:
        if magic[:2] == b"\x1f\x8b":
            with gzip.open(archive_path, "rb") as src, open(model_tar, "wb") as dst:
                _copy_capped(src, dst, MAX_ARCHIVE_BYTES + (1 << 20))
        else:
            shutil.copyfile(archive_path, model_tar)
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        raise ModelError("cannot decompress %s: %s" % (archive_path, err)) from err

    try:
        with tarfile.open(model_tar, "r:") as tar:
            members = _checked_members(tar)
            os.makedirs(dest_dir, exist_ok=True)
            for member, rel in members:
                target = os.path.join(dest_dir, rel)
                if member.isdir():
                    os.makedirs(target, exist_ok=True)
                    continue
                os.makedirs(os.path.dirname(target), exist_ok=True)
                src = tar.extractfile(member)
                with open(target, "wb") as dst:
                    _copy_capped(src, dst, member.size)
                    if dst.tell() != member.size:
                        raise ModelError("archive member %s is truncated" % member.name)
    except (tarfile.TarError, EOFError) as err:
        raise ModelError("%s is truncated or not a tar archive (%s)" % (archive_path, err)) from err


def _copy_capped(src, dst, limit: int) -> None:
    copied = 0
    while True:
        chunk = src.read(1 << 20)
        if not chunk:
            return
        copied += len(chunk)
        if copied > limit:
            raise ModelError(
                "archive is too large: unpacked size exceeds %d bytes" % MAX_ARCHIVE_BYTES
            )
        dst.write(chunk)


def _checked_members(tar: tarfile.TarFile):
    result, total = [], 0
    for member in tar:
        if len(result) >= MAX_MEMBERS:
            raise ModelError("archive has more than %d members" % MAX_MEMBERS)
        name = member.name.replace("\\", "/")
        parts = [p for p in name.split("/") if p not in ("", ".")]
        if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
            raise ModelError("unsafe archive member %r: absolute path" % member.name)
        if ".." in parts:
            raise ModelError("unsafe archive member %r: '..' in path" % member.name)
        if member.issym() or member.islnk():
            raise ModelError("unsafe archive member %r: links are not allowed" % member.name)
        if not (member.isdir() or member.isfile()):
            raise ModelError(
                "unsafe archive member %r: only files and directories are allowed "
                "(no device, fifo or other special member)" % member.name
            )
        total += member.size
        if total > MAX_ARCHIVE_BYTES:
            raise ModelError(
                "archive is too large: total member size exceeds %d bytes" % MAX_ARCHIVE_BYTES
            )
        if parts:
            result.append((member, os.path.join(*parts)))
    if not result:
        raise ModelError("the archive is empty")
    return result


# ---------------------------------------------------------------------- C source scan

# An unterminated /* comment runs to the end of the file: the search for its end is made once,
# not again from every later "/*" (that was quadratic).
_STRING_OR_COMMENT = re.compile(
    r'("(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\')|(/\*.*?(?:\*/|\Z)|//[^\n]*)', re.S
)
_INCLUDE_LINE = re.compile(r"^[ \t]*#[ \t]*include\b[ \t]*([^\n]*)$", re.M)
_INCLUDE_NAME = re.compile(r'^[<"]([^>"]+)[>"]')
# A function head: a name at a word start, its parameters, then "{" (a definition) or ";" (a
# declaration). The lookbehind tries each word once; the type in front of the name is read
# backwards from it (_head_prefix), so nothing here can backtrack over many lines.
_CALL_HEAD = re.compile(r"(?<!\w)([A-Za-z_]\w*)[ \t\n]*\(([^;{}()]*)\)[ \t\n]*([{;])")
_PREFIX_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ \t\n*")
_MAX_PREFIX = 512
_NOT_A_TYPE = {"return", "else", "case", "goto", "do", "if", "while", "for", "switch", "sizeof"}
_ASM = re.compile(r"\b(?:__asm__|__asm|asm)\b\s*(?:volatile|__volatile__)?\s*\(")
_VENDOR_CALL = re.compile(r"\b(arm_\w+|ethosu_\w+|TVMEthosU\w+|TVMDeviceEthosU\w+)\s*\(")


def strip_comments(text: str) -> str:
    return _STRING_OR_COMMENT.sub(lambda m: m.group(1) if m.group(1) else " ", text)


@dataclass
class CFunction:
    name: str
    params: List[str]  # parameter declarations as written
    static: bool

    @property
    def is_packed(self) -> bool:
        """True for the packed calling convention:
        (args, type codes, count, return value, return code[, resource handle])."""
        if len(self.params) not in (5, 6):
            return False
        third = self.params[2]
        return "*" not in third and re.search(r"\bint(32_t)?\b", third) is not None


@dataclass
class SourceIndex:
    """What the archive's C sources define, declare, include and call."""

    definitions: Dict[str, CFunction] = field(default_factory=dict)
    declarations: Dict[str, str] = field(default_factory=dict)  # name -> file
    includes: Dict[str, List[str]] = field(default_factory=dict)  # header -> files
    vendor_calls: Dict[str, str] = field(default_factory=dict)
    asm_files: List[str] = field(default_factory=list)
    bad_includes: List[str] = field(default_factory=list)  # through a macro, absolute, or out with ".."
    bodies: Dict[str, str] = field(default_factory=dict)  # name -> text between a definition's braces
    arrays: Dict[str, "CArray"] = field(default_factory=dict)  # static or const arrays by name


# Bytes of the C element types generated code declares arrays and pointers of.
C_TYPE_BYTES = {
    "int8_t": 1, "uint8_t": 1, "char": 1, "int16_t": 2, "uint16_t": 2, "int32_t": 4,
    "uint32_t": 4, "int": 4, "float": 4, "int64_t": 8, "uint64_t": 8, "double": 8,
}


@dataclass
class CArray:
    """An array the sources declare static or const: ``static const float p0[128] = {...};``."""

    name: str
    ctype: str  # element type as written, e.g. "float", "unsigned char"
    const: bool
    count: Optional[int]
    init: Optional[str]  # the initializer as written ("{...}" or a macro name), None if none

    @property
    def nbytes(self) -> Optional[int]:
        elem = C_TYPE_BYTES.get(self.ctype.split()[-1] if self.ctype.split() else "")
        return elem * self.count if elem is not None and self.count is not None else None


def _split_params(text: str) -> List[str]:
    text = " ".join(text.split())
    if text in ("", "void"):
        return []
    return [p.strip() for p in text.split(",")]


def _head_prefix(code: str, start: int) -> List[str]:
    """The words in front of a function name at `start`: identifiers and '*' back to the start of
    the line they begin on (they may span lines, as in "TVM_DLL int32_t\nname(...)"); empty when
    something else (an operator, a '#' line, a ';') comes first on that line."""
    p = start
    limit = max(0, start - _MAX_PREFIX)
    while p > limit and code[p - 1] in _PREFIX_CHARS:
        p -= 1
    region = code[p:start]
    if p > 0 and code[p - 1] != "\n":
        # Began mid-line after something else: only the lines after it can hold the prefix.
        newline = region.find("\n")
        region = region[newline + 1:] if newline >= 0 else ""
    if not region or region[-1] not in " \t\n*":
        return []
    return region.replace("*", " * ").split()


_BRACE_OR_LITERAL = re.compile(r'[{}]|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'')
_ARRAY_DECL = re.compile(
    r"^[ \t]*(static[ \t]+)?(const[ \t]+)?((?:unsigned[ \t]+|signed[ \t]+)?[A-Za-z_]\w*)[ \t]+"
    r"([A-Za-z_]\w*)[ \t]*\[[ \t]*(\d*)[ \t]*\][^=;{}\n]*(=|;)", re.M)


def _brace_pairs(code: str) -> Dict[int, int]:
    """Position of each "{" -> position of its "}", in one pass (literals skipped)."""
    pairs, stack = {}, []
    for m in _BRACE_OR_LITERAL.finditer(code):
        if m.group(0) == "{":
            stack.append(m.start())
        elif m.group(0) == "}" and stack:
            pairs[stack.pop()] = m.start()
    return pairs


def _arrays(code: str, pairs: Dict[int, int]) -> List[CArray]:
    found = []
    for m in _ARRAY_DECL.finditer(code):
        is_static, is_const = bool(m.group(1)), bool(m.group(2))
        if not (is_static or is_const) or m.group(3) in ("return", "typedef", "extern"):
            continue
        init = None
        if m.group(6) == "=":
            rest = code[m.end():m.end() + 200]
            start = m.end() + len(rest) - len(rest.lstrip())
            if code.startswith("{", start) and start in pairs:
                init = code[start:pairs[start] + 1]
            else:
                name = re.match(r"[A-Za-z_]\w*(?=\s*;)", code[start:start + 200])
                init = name.group(0) if name else None
        count = int(m.group(5)) if m.group(5) else None
        if count is None and init and init.startswith("{") and "{" not in init[1:]:
            count = len([v for v in init[1:-1].split(",") if v.strip()])
        found.append(CArray(m.group(4), " ".join(m.group(3).split()), is_const, count, init))
    return found


def index_sources(paths: List[str], root: str) -> SourceIndex:
    index = SourceIndex()
    ambiguous = set()  # array names declared more than once in different ways
    for path in paths:
        rel = os.path.relpath(path, root)
        with open(path, "r", encoding="utf-8", errors="replace") as f:
            code = strip_comments(f.read())
        pairs = _brace_pairs(code)
        for array in _arrays(code, pairs):
            if index.arrays.setdefault(array.name, array) != array:
                ambiguous.add(array.name)
        for line in _INCLUDE_LINE.findall(code):
            m = _INCLUDE_NAME.match(line.strip())
            if not m:
                # "#include X" with X a macro: the header it names cannot be checked.
                index.bad_includes.append("%s: #include %s" % (rel, line.strip()))
                continue
            header = m.group(1)
            # Relative, and ".." only while it stays inside the archive: nothing on the host.
            inside = os.path.normpath(os.path.join(os.path.dirname(path), header))
            if (header.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", header)
                    or os.path.relpath(inside, root).startswith("..")):
                index.bad_includes.append("%s: #include %s" % (rel, line.strip()))
                continue
            index.includes.setdefault(header, []).append(rel)
        for m in _CALL_HEAD.finditer(code):
            name = m.group(1)
            prefix = [w for w in _head_prefix(code, m.start(1)) if w != "*"]
            if not prefix or prefix[0] in _NOT_A_TYPE or name in _NOT_A_TYPE:
                continue
            if m.group(3) == "{":
                index.definitions[name] = CFunction(name, _split_params(m.group(2)), "static" in prefix)
                close = pairs.get(m.end(3) - 1)
                index.bodies[name] = code[m.end(3):close] if close is not None else ""
            else:
                index.declarations.setdefault(name, rel)
        for m in _VENDOR_CALL.finditer(code):
            index.vendor_calls.setdefault(m.group(1), rel)
        if _ASM.search(code):
            index.asm_files.append(rel)
    for name in ambiguous:
        del index.arrays[name]
    return index


def _short_list(names, limit=6) -> str:
    names = sorted(names)
    if len(names) > limit:
        return ", ".join(names[:limit]) + ", ... (%d in all)" % len(names)
    return ", ".join(names)


# Libraries generated code may call: (what to name, test on a header, test on a function name).
_LIBRARIES = [
    ("CMSIS-NN",
     lambda h: h.startswith(("arm_nn", "arm_math")),
     lambda f: f.startswith("arm_")),
    ("the Arm Ethos-U NPU driver",
     lambda h: "ethosu" in h.lower(),
     lambda f: f.startswith("ethosu_") or "EthosU" in f),
    ("Arm C Language Extensions intrinsics",
     lambda h: h in ("arm_acle.h", "arm_mve.h", "arm_neon.h"),
     lambda f: False),
]


def host_needs(index: SourceIndex, root: str, include_dirs: List[str]) -> List[str]:
    """Lists what the sources need that the host simulator cannot provide (empty if nothing)."""

    def available(header: str, from_files: List[str]) -> bool:
        if header in STANDARD_HEADERS:
            return True
        dirs = [RUNTIME_INCLUDE_DIR] + include_dirs
        dirs += [os.path.dirname(os.path.join(root, f)) for f in from_files]
        return any(os.path.isfile(os.path.join(d, header)) for d in dirs)

    missing = sorted(h for h, files in index.includes.items() if not available(h, files))
    external = {
        name
        for name in index.declarations
        if name not in index.definitions
        and name not in RUNTIME_FUNCTIONS
        and name not in LIBC_FUNCTIONS
        and name not in LIBM_FUNCTIONS
    } | set(index.vendor_calls)

    needs = []
    for label, header_test, func_test in _LIBRARIES:
        headers = [h for h in missing if header_test(h)]
        funcs = [f for f in external if func_test(f)]
        if headers or funcs:
            parts = []
            if headers:
                parts.append(_short_list(headers))
            if funcs:
                parts.append(_short_list(funcs))
            needs.append("%s (%s)" % (label, "; ".join(parts)))
            missing = [h for h in missing if h not in headers]
            external -= set(funcs)
    if index.asm_files:
        needs.append("target-specific inline assembly (in %s)" % _short_list(index.asm_files))
    if missing:
        needs.append("headers that are not in the archive (%s)" % _short_list(missing))
    if external:
        needs.append("functions that are not in the archive (%s)" % _short_list(external))
    return needs


# -------------------------------------------------------------------------- metadata


@dataclass
class TensorInfo:
    name: str
    dtype: str
    nbytes: int
    shape: Optional[List[int]] = None


@dataclass
class Module:
    """One model of the archive, with everything needed to call it from C."""

    name: str
    executor: str  # "aot" or "graph"
    inputs: List[TensorInfo]
    outputs: List[TensorInfo]
    workspace_bytes: int
    # AOT with the C interface header
    header: Optional[str] = None  # file name, e.g. "tvmgen_default.h"
    run_params: List[str] = field(default_factory=list)  # "inputs", "outputs", "pools", "devices"
    input_members: List[str] = field(default_factory=list)
    output_members: List[str] = field(default_factory=list)
    pools: List[Tuple[str, int]] = field(default_factory=list)  # (member, bytes)
    map_inputs: bool = False  # I/O placed in the pools: located with tvmgen_<mod>_map_*()
    map_outputs: bool = False
    # AOT without the header: the run_model entry point
    entry: Optional[CFunction] = None
    # graph executor
    graph: Optional[dict] = None
    params: List[Tuple[str, str, List[int], bytes]] = field(default_factory=list)


def find_root(extract_dir: str) -> str:
    """The folder holding metadata.json: the archive's top level or a single sub-folder."""
    if os.path.isfile(os.path.join(extract_dir, "metadata.json")):
        return extract_dir
    subdirs = [d for d in os.listdir(extract_dir) if os.path.isdir(os.path.join(extract_dir, d))]
    if len(subdirs) == 1 and os.path.isfile(os.path.join(extract_dir, subdirs[0], "metadata.json")):
        return os.path.join(extract_dir, subdirs[0])
    return extract_dir


def _normalise_metadata(md) -> Tuple[int, str, Dict[str, dict]]:
    """Returns (version, style, {module name: module object}) for metadata versions 1-7+."""
    if not isinstance(md, dict) or not isinstance(md.get("version"), int):
        raise ModelError("metadata.json: want an object with an integer \"version\"")
    version = md["version"]
    if md.get("style") == "operator":
        return version, "operator", {}
    if isinstance(md.get("modules"), dict) and "style" not in md:
        modules = md["modules"]
    else:
        modules = {md.get("model_name", "default"): md}
    result = {}
    for name, mod in modules.items():
        if not isinstance(mod, dict):
            raise ModelError("metadata.json: module %r is not an object" % name)
        mod = dict(mod)
        if "executors" not in mod and "runtimes" in mod:
            mod["executors"] = mod["runtimes"]
        if isinstance(mod.get("target"), dict):
            mod["target"] = list(mod["target"].values())
        if isinstance(mod.get("memory"), list):
            mod["memory"] = {"sids": mod["memory"]}
        result[name] = mod
    return version, "full-model", result


def _main_entry(mod: dict) -> dict:
    mains = ((mod.get("memory") or {}).get("functions") or {}).get("main") or []
    return mains[0] if mains and isinstance(mains[0], dict) else {}


# ------------------------------------------------------------------------ relay text

_TENSOR_TYPE = r"Tensor\[\(([^)]*)\),\s*(\w+)\]"
_RELAY_PARAM = re.compile(r"%([^\s:,()]+(?::\d+)*)\s*:\s*" + _TENSOR_TYPE)
_RELAY_TENSOR = re.compile(_TENSOR_TYPE)


def _shape(text: str) -> Optional[List[int]]:
    dims = [d.strip() for d in text.split(",") if d.strip()]
    return [int(d) for d in dims] if all(d.isdigit() for d in dims) else None


@dataclass
class RelaySignature:
    inputs: List[Tuple[str, str, Optional[List[int]]]]  # name, dtype, shape
    outputs: Optional[List[Tuple[str, Optional[List[int]]]]]  # dtype, shape; None if not printed
    last_expr: str


def relay_signature(text: str) -> Optional[RelaySignature]:
    """Reads the parameter and return types of ``@main`` from Relay text."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    start = text.find("def @main(")
    if start < 0:
        return None
    depth, pos = 0, start + len("def @main")
    for pos in range(pos, len(text)):
        depth += {"(": 1, ")": -1}.get(text[pos], 0)
        if depth == 0:
            break
    params = text[start + len("def @main(") : pos]
    body_start = text.find("{", pos)
    if body_start < 0:
        return None
    ret = text[pos + 1 : body_start]
    inputs = [(m.group(1), m.group(3), _shape(m.group(2))) for m in _RELAY_PARAM.finditer(params)]
    outputs = None
    if "->" in ret:
        outputs = [(m.group(2), _shape(m.group(1))) for m in _RELAY_TENSOR.finditer(ret)]
    body = text[body_start + 1 :]
    depth, end = 1, len(body)
    for i, ch in enumerate(body):
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth == 0:
            end = i
            break
    lines = [l.strip() for l in body[:end].splitlines() if l.strip()]
    return RelaySignature(inputs, outputs, lines[-1] if lines else "")


# --------------------------------------------------------------------------- params

PARAMS_LIST_MAGIC = 0xF7E58D4F05049CB7
PARAMS_TENSOR_MAGIC = 0xDD5E40F096B4A13F
_CODE_NAMES = {0: "int", 1: "uint", 2: "float", 4: "bfloat"}


def decode_params(data: bytes) -> List[Tuple[str, str, List[int], bytes]]:
    """Decodes a .params NDArray list into (name, dtype, shape, data) tuples."""
    pos = 0

    def take(fmt):
        nonlocal pos
        size = struct.calcsize(fmt)
        if pos + size > len(data):
            raise ModelError("params file is truncated")
        values = struct.unpack_from(fmt, data, pos)
        pos += size
        return values

    def take_bytes(n):
        nonlocal pos
        if n < 0 or pos + n > len(data):
            raise ModelError("params file is truncated")
        pos += n
        return data[pos - n : pos]

    magic, _, count = take("<QQQ")
    if magic != PARAMS_LIST_MAGIC:
        raise ModelError("params file has a bad magic number")
    names = [take_bytes(take("<Q")[0]).decode("utf-8", "replace") for _ in range(count)]
    if take("<Q")[0] != count:
        raise ModelError("params file: name and tensor counts differ")
    result = []
    for name in names:
        magic, _, dev_type, _, ndim, code, bits, lanes = take("<QQiiiBBH")
        if magic != PARAMS_TENSOR_MAGIC or dev_type != 1 or ndim < 0:
            raise ModelError("params file: bad tensor record for %s" % name)
        shape = list(take("<%dq" % ndim)) if ndim else []
        nbytes = take("<q")[0]
        if code not in _CODE_NAMES:
            raise ModelError("params file: tensor %s has unsupported type code %d" % (name, code))
        dtype = "bool" if (code, bits) == (1, 1) else "%s%d" % (_CODE_NAMES[code], bits)
        if lanes > 1:
            dtype += "x%d" % lanes
        if nbytes != (bits + 7) // 8 * math.prod(shape):
            raise ModelError("params file: tensor %s has a wrong data size" % name)
        result.append((name, dtype, shape, take_bytes(nbytes)))
    return result


# -------------------------------------------------------------------------- analyse


def _read_text(path: str) -> Optional[str]:
    try:
        with open(path, "r", encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return None


def _first_existing(root: str, candidates: List[str]) -> Optional[str]:
    for rel in candidates:
        path = os.path.join(root, rel)
        if os.path.isfile(path):
            return path
    return None


def _files_with_ext(folder: str, exts) -> List[str]:
    found = []
    for dirpath, _, files in os.walk(folder):
        found += [os.path.join(dirpath, f) for f in files if f.endswith(exts)]
    return sorted(found)


@dataclass
class Analysis:
    root: str  # folder with metadata.json (inside the project's model/ folder)
    sources: List[str]  # C files to compile
    include_dirs: List[str]
    modules: List[Module]
    index: SourceIndex


def analyse(extract_dir: str) -> Analysis:
    root = find_root(extract_dir)
    codegen = os.path.join(root, "codegen")
    all_c = _files_with_ext(codegen, C_SOURCE_EXTS)
    all_cxx = _files_with_ext(codegen, CXX_SOURCE_EXTS)
    objects = _files_with_ext(codegen, (".o", ".obj", ".a"))
    headers = _files_with_ext(codegen, (".h",))
    include_dirs = sorted({os.path.dirname(h) for h in headers if h.split(os.sep)[-2] == "include"})

    needs = []
    if objects:
        needs.append(
            "prebuilt object files (%s; e.g. from an LLVM target) - the host simulator compiles "
            "C sources only" % _short_list(os.path.relpath(o, root) for o in objects)
        )
    if all_cxx:
        needs.append("a C++ build (%s)" % _short_list(os.path.relpath(s, root) for s in all_cxx))
    if not all_c and not objects and not all_cxx:
        needs.append("generated C sources (codegen/host/src/*.c); the archive has none")
    index = index_sources(all_c, root)
    if index.bad_includes:
        # The compiler would read whatever such a line names, host files included.
        raise ModelError(
            "the generated C includes a header by a path that cannot be checked (through a macro, "
            "absolute, or out of the archive with ..): %s" % _short_list(index.bad_includes, 4)
        )
    needs += host_needs(index, root, include_dirs)

    md_path = os.path.join(root, "metadata.json")
    md = None
    if os.path.isfile(md_path):
        try:
            with open(md_path, "r", encoding="utf-8") as f:
                md = json.load(f)
        except (OSError, ValueError) as err:
            raise ModelError("metadata.json is not valid JSON: %s" % err) from err
        except RecursionError as err:
            raise ModelError("metadata.json nests its arrays or objects too deeply to be read") from err
    if md is not None:
        version, style, mods = _normalise_metadata(md)
        if style == "operator":
            needs.append(
                "a full-model archive: this is an operator-style archive (from tvm.build) "
                "without an executor"
            )
        for name, mod in mods.items():
            for target in mod.get("target") or []:
                kind = str(target).split()[0] if str(target).split() else ""
                if kind not in ("c", "llvm"):
                    needs.append("code for the %r target of module %s" % (target, name))
    if needs:
        raise ModelError("cannot run on the host: needs " + "; ".join(needs))
    if md is None:
        raise ModelError(
            "not a Model Library Format archive: metadata.json not found at the top level"
        )

    host_src = os.path.join(root, "codegen", "host", "src")
    sources = [s for s in all_c if os.path.dirname(s) == host_src]
    if not sources:
        raise ModelError("no generated C sources in codegen/host/src")
    modules = [_analyse_module(root, version, name, mod, index) for name, mod in mods.items()]
    if not modules:
        raise ModelError("metadata.json lists no modules")
    return Analysis(root, sources, include_dirs, modules, index)


def _analyse_module(root: str, version: int, name: str, mod: dict, index: SourceIndex) -> Module:
    executors = mod.get("executors") or []
    executor = executors[0] if executors else None
    main = _main_entry(mod)
    workspace = int(main.get("workspace_size_bytes") or 0)
    relay_path = _first_existing(root, ["src/%s.relay" % name, "src/relay.txt", "relay.txt"])
    relay = relay_signature(_read_text(relay_path) or "") if relay_path else None
    params_path = _first_existing(root, ["parameters/%s.params" % name])
    params = []
    if params_path:
        with open(params_path, "rb") as f:
            params = decode_params(f.read())

    if executor == "graph":
        return _graph_module(root, name, main, workspace, params)
    if executor == "aot":
        return _aot_module(root, version, name, main, workspace, relay, params, index)
    raise ModelError("module %s: unsupported executor %r" % (name, executor))


def _metadata_tensors(main: dict, key: str) -> Optional[List[TensorInfo]]:
    entries = main.get(key)
    if not isinstance(entries, dict):
        return None
    return [TensorInfo(n, str(v.get("dtype")), int(v.get("size", 0))) for n, v in entries.items()]


# ------------------------------------------------------------------------ graph modules


def _graph_module(root, name, main, workspace, params) -> Module:
    path = _first_existing(
        root,
        [
            "executor-config/graph/%s.graph" % name,
            "executor-config/graph/graph.json",
            "runtime-config/graph/graph.json",
        ],
    )
    if path is None:
        raise ModelError("module %s: graph executor but no graph JSON in the archive" % name)
    try:
        with open(path, "r", encoding="utf-8") as f:
            graph = json.load(f)
    except ValueError as err:
        raise ModelError("module %s: graph JSON is not valid: %s" % (name, err)) from err
    except RecursionError as err:
        raise ModelError("module %s: graph JSON nests too deeply to be read" % name) from err
    _check_graph(name, graph)

    attrs = graph["attrs"]
    shapes, dtypes = attrs["shape"][1], attrs["dltype"][1]
    row = graph["node_row_ptr"]
    param_names = {p[0] for p in params}
    md_inputs = _metadata_tensors(main, "inputs")
    md_outputs = _metadata_tensors(main, "outputs")
    wanted_inputs = {t.name for t in md_inputs} if md_inputs is not None else None

    inputs = []
    for nid in graph["arg_nodes"]:
        node_name = graph["nodes"][nid]["name"]
        if wanted_inputs is not None:
            is_input = node_name in wanted_inputs
        else:
            is_input = node_name not in param_names
        if is_input:
            eid = row[nid]
            nbytes = tensor_bytes(dtypes[eid], shapes[eid])
            inputs.append(TensorInfo(node_name, dtypes[eid], nbytes, shapes[eid]))
    outputs = []
    for k, head in enumerate(graph["heads"]):
        eid = row[head[0]] + head[1]
        if md_outputs is not None and len(md_outputs) == len(graph["heads"]):
            out_name = md_outputs[k].name
        else:
            out_name = "output" if len(graph["heads"]) == 1 else "output%d" % k
        nbytes = tensor_bytes(dtypes[eid], shapes[eid])
        outputs.append(TensorInfo(out_name, dtypes[eid], nbytes, shapes[eid]))
    bound = [p for p in params if p[0] not in {t.name for t in inputs}]
    return Module(name, "graph", inputs, outputs, workspace, graph=graph, params=bound)


def _check_graph(name: str, graph) -> None:
    def fail(what):
        raise ModelError("module %s: graph JSON: %s" % (name, what))

    if not isinstance(graph, dict):
        fail("want an object")
    for key in ("nodes", "arg_nodes", "heads", "attrs", "node_row_ptr"):
        if key not in graph:
            fail("missing %r" % key)
    nodes, row = graph["nodes"], graph["node_row_ptr"]
    attrs = graph["attrs"]
    for key in ("shape", "dltype", "storage_id"):
        value = attrs.get(key)
        if not (isinstance(value, list) and len(value) == 2 and isinstance(value[1], list)):
            fail("attrs.%s missing or malformed" % key)
    if len(row) != len(nodes) + 1:
        fail("node_row_ptr has %d entries for %d nodes" % (len(row), len(nodes)))
    num_entries = row[-1]
    for key in ("shape", "dltype", "storage_id"):
        if len(attrs[key][1]) != num_entries:
            fail("attrs.%s has %d entries, want %d" % (key, len(attrs[key][1]), num_entries))

    def check_entry(ref, where):
        ok = (isinstance(ref, list) and len(ref) >= 2 and all(isinstance(x, int) for x in ref)
              and 0 <= ref[0] < len(nodes) and 0 <= ref[1] < row[ref[0] + 1] - row[ref[0]])
        if not ok:
            fail("%s references node entry %r, which does not exist" % (where, ref))

    for nid, node in enumerate(nodes):
        for ref in node.get("inputs", []):
            check_entry(ref, "node %d" % nid)
        if node.get("op") == "tvm_op":
            node_attrs = node.get("attrs") or node.get("attr") or {}
            if "func_name" not in node_attrs:
                fail("node %d has no func_name" % nid)
        elif node.get("op") != "null":
            fail("node %d has unknown op %r" % (nid, node.get("op")))
    for ref in graph["heads"]:
        check_entry(ref, "heads")
    for nid in graph["arg_nodes"]:
        if not (isinstance(nid, int) and 0 <= nid < len(nodes)):
            fail("arg_nodes references node %r, which does not exist" % nid)
    for shape in attrs["shape"][1]:
        if not (isinstance(shape, list) and all(isinstance(d, int) and d >= 0 for d in shape)):
            fail("bad shape %r" % shape)
    for sid in attrs["storage_id"][1]:
        if not (isinstance(sid, int) and sid >= 0):
            fail("bad storage id %r" % sid)
    for dtype in attrs["dltype"][1]:
        parse_dtype(dtype)


# -------------------------------------------------------------------------- AOT modules


def _aot_module(root, version, name, main, workspace, relay, params, index) -> Module:
    ident = "tvmgen_" + c_name(name).lower() if version >= 3 else ""
    header_name = "tvmgen_%s.h" % c_name(name).lower()
    header_path = os.path.join(root, "codegen", "host", "include", header_name)
    if os.path.isfile(header_path):
        with open(header_path, "r", encoding="utf-8", errors="replace") as f:
            header = strip_comments(f.read())
        ident = header_name[: -len(".h")]
        return _aot_with_header(name, ident, header_name, header, main, workspace, relay)

    # Early AOT archives: an entry point named <prefix>run_model (unpacked or packed API).
    prefix = ident + "_" if ident else ""
    for candidate in (prefix + "run_model", prefix + "run", "run_model"):
        entry = index.definitions.get(candidate)
        if entry is not None and not entry.static:
            break
    else:
        raise ModelError("module %s: no C interface header and no run_model entry point" % name)
    md_inputs = _metadata_tensors(main, "inputs")
    md_outputs = _metadata_tensors(main, "outputs")
    relay_inputs = relay.inputs if relay else []
    relay_outputs = relay.outputs if relay and relay.outputs else None
    if relay_outputs is not None:
        num_outputs = len(relay_outputs)
    else:
        num_outputs = len(md_outputs) if md_outputs else 1
    if entry.is_packed:
        # Packed entry: one DLTensor per model input and output; weights are not arguments.
        param_names = {p[0] for p in params}
        relay_inputs = [i for i in relay_inputs if i[0] not in param_names]
        num_inputs = len(md_inputs) if md_inputs is not None else len(relay_inputs)
    else:
        # Unpacked entry: one data pointer per input, then one per output.
        num_inputs = len(entry.params) - num_outputs
        if num_inputs < 0:
            raise ModelError("module %s: %s takes fewer arguments than the model has outputs"
                             % (name, entry.name))
    inputs = _io_tensors(name, "input", num_inputs, md_inputs, relay_inputs)
    if md_outputs is not None or relay_outputs is not None:
        names = ["output"] if num_outputs == 1 else ["output%d" % i for i in range(num_outputs)]
        relay_list = [(n, d, s) for n, (d, s) in zip(names, relay_outputs or [])]
        outputs = _io_tensors(name, "output", num_outputs, md_outputs, relay_list)
    else:
        outputs = [_untyped_output(name, main, relay, inputs)]
    return Module(name, "aot", inputs, outputs, workspace, entry=entry)


def _make_tensor(mod_name, kind, fallback_name, md_t, rl, size=None) -> TensorInfo:
    """One tensor's facts. The byte size comes from the C interface header (``size``) if given,
    else from metadata (``md_t``), else from the Relay type (``rl`` = (name, dtype, shape));
    name and type come from metadata, else from Relay."""
    name = md_t.name if md_t else (rl[0] if rl else fallback_name)
    dtype = md_t.dtype if md_t else (rl[1] if rl else None)
    shape = rl[2] if rl else None
    if dtype is None:
        raise ModelError("module %s: cannot tell the type of %s %s" % (mod_name, kind, name))
    parse_dtype(dtype)
    nbytes = size
    if nbytes is None and md_t is not None:
        nbytes = md_t.nbytes
    if nbytes is None and shape is not None:
        nbytes = tensor_bytes(dtype, shape)
    if nbytes is None:
        raise ModelError("module %s: cannot tell the size of %s %s" % (mod_name, kind, name))
    if shape is not None and tensor_bytes(dtype, shape) != nbytes:
        shape = None
    return TensorInfo(name, dtype, nbytes, shape)


def _io_tensors(mod_name, kind, count, md, relay_list) -> List[TensorInfo]:
    """``count`` inputs or outputs, pairing metadata and Relay entries by position."""
    return [
        _make_tensor(
            mod_name, kind, "%s%d" % (kind, i),
            md[i] if md is not None and i < len(md) else None,
            relay_list[i] if i < len(relay_list) else None,
        )
        for i in range(count)
    ]


def _untyped_output(name, main, relay, inputs) -> TensorInfo:
    """The single output of the oldest AOT archives, whose Relay text prints no return type:
    sized from io_size_bytes, typed by the last expression's out_dtype (else like input 0)."""
    io_bytes = main.get("io_size_bytes")
    nbytes = int(io_bytes) - sum(t.nbytes for t in inputs) if io_bytes is not None else 0
    m = re.search(r'out_dtype="(\w+)"', relay.last_expr if relay else "")
    dtype = m.group(1) if m else (inputs[0].dtype if inputs else None)
    if nbytes <= 0 or dtype is None or nbytes % element_bytes(dtype):
        raise ModelError("module %s: cannot tell the size of the outputs" % name)
    return TensorInfo("output", dtype, nbytes, [nbytes // element_bytes(dtype)])


def _struct_members(header: str, struct_name: str) -> Optional[List[str]]:
    m = re.search(r"struct\s+%s\s*\{([^}]*)\}" % re.escape(struct_name), header)
    if not m:
        return None
    return re.findall(r"(\w+)\s*;", m.group(1))


def _aot_with_header(name, ident, header_name, header, main, workspace, relay) -> Module:
    macros = {k: int(v) for k, v in re.findall(r"#define\s+(\w+)\s+(\d+)\s*$", header, re.M)}
    upper = ident.upper()
    input_members = _struct_members(header, ident + "_inputs") or []
    output_members = _struct_members(header, ident + "_outputs") or []
    pool_members = _struct_members(header, ident + "_workspace_pools")

    run = re.search(r"\b%s_run\s*\(([^)]*)\)" % re.escape(ident), header)
    if not run:
        raise ModelError("module %s: %s declares no %s_run function" % (name, header_name, ident))
    run_params = []
    for p in _split_params(run.group(1)):
        for kind, suffix in (("inputs", "_inputs"), ("outputs", "_outputs"),
                             ("pools", "_workspace_pools"), ("devices", "_devices")):
            if re.search(r"\b%s%s\b" % (re.escape(ident), suffix), p):
                run_params.append(kind)
                break
        else:
            raise ModelError("module %s: unexpected parameter %r of %s_run" % (name, p, ident))

    pools = []
    for member in pool_members or []:
        size = macros.get("%s_%s_WORKSPACE_POOL_SIZE" % (upper, member.upper()))
        if size is None:
            raise ModelError(
                "module %s: %s gives no size for workspace pool %s" % (name, header_name, member)
            )
        pools.append((member, size))

    def tensors(members, md, relay_list, kind):
        # Pair each struct member with metadata / Relay entries by sanitised name, else by position.
        md_by = {c_name(t.name): t for t in md or []}
        relay_by = {c_name(r[0]): r for r in relay_list}
        result = []
        for i, member in enumerate(members):
            md_t = md_by.get(member) or (md[i] if md is not None and i < len(md) else None)
            rl = relay_by.get(member) or (relay_list[i] if i < len(relay_list) else None)
            macro = "%s_%s_SIZE" % (upper, member.upper())
            result.append(_make_tensor(name, kind, member, md_t, rl, macros.get(macro)))
        return result

    relay_inputs = relay.inputs if relay else []
    relay_outputs = []
    if relay and relay.outputs:
        relay_outputs = [(m, d, s) for m, (d, s) in zip(output_members, relay.outputs)]
    inputs = tensors(input_members, _metadata_tensors(main, "inputs"), relay_inputs, "input")
    outputs = tensors(output_members, _metadata_tensors(main, "outputs"), relay_outputs, "output")
    map_flags = []
    for kind, members in (("inputs", input_members), ("outputs", output_members)):
        mapped = kind not in run_params and bool(members)
        if mapped and not re.search(r"\b%s_map_%s\s*\(" % (re.escape(ident), kind), header):
            raise ModelError("module %s: %s_run takes no %s and %s has no map function"
                             % (name, ident, kind, header_name))
        map_flags.append(mapped)
    return Module(
        name, "aot", inputs, outputs, workspace,
        header=header_name, run_params=run_params, input_members=input_members,
        output_members=output_members, pools=pools,
        map_inputs=map_flags[0], map_outputs=map_flags[1],
    )


# ------------------------------------------------------------ operator arguments (host-driven)
#
# A host that calls an unpacked operator over RPC gives one tensor per parameter; the operator
# trusts that each is as large as what the model gives it. These functions work out, from the AOT
# main function's calls in the generated C, how many bytes each parameter receives in the model.


@dataclass
class OperatorArg:
    kind: str  # "tensor" (the host's), "constant" (the model's weights) or "workspace" (a pool)
    nbytes: int  # what the model gives it: the largest over its call sites
    constant: Optional[Tuple[str, int]] = None  # the model's constant: (array name, byte offset)
    pool: Optional[str] = None  # workspace: the pool's key in OperatorPlan.pools


@dataclass
class OperatorPlan:
    args: Dict[str, List[OperatorArg]]  # function -> its parameters, for those that can be called
    problems: Dict[str, str]  # function -> why its argument sizes are unknown
    pools: Dict[str, int]  # workspace pool key -> bytes


@dataclass(eq=False)
class _Region:
    """What an argument expression of the main function names."""

    kind: str  # "tensor", "pool" (a whole workspace pool), "let" (inside a pool) or "constant"
    nbytes: Optional[int]
    pool: Optional[str] = None  # the workspace pool or constant array it lies in
    offset: int = 0  # bytes into that pool
    first: int = -1  # the first and the last call of the main function that use it
    last: int = -1


_ALWAYS = 1 << 30  # a call index past every call: the model's inputs and outputs are always held
# Bounds on what is read (TVM's main functions stay far below them; beyond them a hostile
# archive's operators are refused rather than read for long).
MAX_MAIN_CALLS = 4096
_MAX_STATEMENT = 8192  # characters: longer statements are skipped
_MAX_NESTING = 16  # parentheses and casts around an argument
_MAX_LETS = 4096  # buffers of one pool whose sizes are worked out
_CAST = re.compile(r"^\((?:const )?(?:unsigned |signed )?([A-Za-z_]\w*)(\*+)\)")


def _squeeze(text: str) -> str:
    """Drops whitespace except one space between two words: "(const uint8_t*)x"."""
    return re.sub(r" (?!\w)|(?<!\w) ", "", re.sub(r"\s+", " ", text))


def _closing(text: str, i: int) -> int:
    """Index of the parenthesis that closes the one at text[i], or -1."""
    depth = 0
    for j in range(i, len(text)):
        depth += {"(": 1, ")": -1}.get(text[j], 0)
        if depth == 0:
            return j
    return -1


def _split_args(text: str) -> List[str]:
    args, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += {"(": 1, ")": -1, "[": 1, "]": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            args.append(text[start:i])
            start = i + 1
    if text.strip():
        args.append(text[start:])
    return args


def _pointee_bytes(ctype: str, stars: int = 1) -> Optional[int]:
    return 8 if stars > 1 else C_TYPE_BYTES.get(ctype)


def _param(decl: str) -> Tuple[str, Optional[int]]:
    """(name, bytes of what it points to) of a parameter declaration like 'uint8_t* pool_var'."""
    words = re.findall(r"[A-Za-z_]\w*|\*", decl)
    name = words[-1] if words and words[-1] != "*" else ""
    types = [w for w in words[:-1] if w not in ("const", "restrict", "*", "TVM_DLL")]
    return name, _pointee_bytes(types[-1] if types else "", decl.count("*"))


def _strip(expr: str) -> Tuple[str, Optional[int]]:
    """Drops outer parentheses and pointer casts from a squeezed expression; returns the
    rest and the bytes per element of the outermost cast (None when there is none)."""
    elem, cast = None, False
    for _ in range(_MAX_NESTING):
        if expr[:1] == "(" and _closing(expr, 0) == len(expr) - 1:
            expr = expr[1:-1]
            continue
        m = _CAST.match(expr)
        if m and len(expr) > m.end():
            if not cast:
                elem, cast = _pointee_bytes(m.group(1), len(m.group(2))), True
            expr = expr[m.end():]
            continue
        break
    return expr, elem


class _Scope:
    """Names visible in a function body: its parameters, its pointer variables and the arrays of
    the sources. Each maps to a region and the bytes per subscript step of the name's type."""

    def __init__(self, arrays: Dict[str, CArray]):
        self.arrays = arrays
        self.names: Dict[str, Tuple[_Region, Optional[int]]] = {}

    def resolve(self, expr: str, depth: int = 0) -> Tuple[Optional[_Region], Optional[int]]:
        expr, cast_elem = _strip(expr)
        found: Tuple[Optional[_Region], Optional[int]] = (None, None)
        if expr.startswith("&") and depth < _MAX_NESTING:
            inner, _ = _strip(expr[1:])
            m = re.match(r"^(.+)\[(\d+)\]$", inner)
            if m:
                base, elem = self.resolve(m.group(1), depth + 1)
                if base is not None and elem is not None and base.kind in ("pool", "let", "constant"):
                    kind = "constant" if base.kind == "constant" else "let"
                    found = (_Region(kind, None, base.pool, base.offset + int(m.group(2)) * elem), None)
        elif expr in self.names:
            found = self.names[expr]
        elif expr in self.arrays:
            a = self.arrays[expr]
            elem = C_TYPE_BYTES.get(a.ctype.split()[-1])
            found = (_Region("constant" if a.const else "pool", a.nbytes, expr), elem)
        else:
            m = re.search(r"\(TVMValue\*\)(\w+)\)\[(\d+)\]\.v_handle", expr)
            if m and expr.endswith(".data"):
                found = self.names.get("packed:" + m.group(2), (None, None))
        return found[0], cast_elem if cast_elem is not None else found[1]


def _calls(body: str, scope: _Scope, callees, on_call) -> None:
    """Walks a function body statement by statement: pointer variables enter the scope, and each
    call of a function in ``callees`` is passed to on_call(index, name, [argument text])."""
    count = 0
    for statement in re.split(r"[;{}]", body):
        if len(statement) > _MAX_STATEMENT:
            continue
        text = _squeeze(statement)
        decl = re.match(r"^(?:const )?(?:unsigned |signed )?([A-Za-z_]\w*)(\*+)(\w+)=(.+)$", text)
        if decl:
            name, value = decl.group(3), decl.group(4)
            alloc = re.match(r"^TVMBackendAllocWorkspace\((.*)\)$", value)
            if alloc:
                args = _split_args(alloc.group(1))
                size = re.sub(r"^\(\w+\)", "", args[2]) if len(args) == 5 else ""
                region = _Region("tensor", int(size)) if size.isdigit() else None
            else:
                region = scope.resolve(value)[0]
            if region is not None:
                scope.names[name] = (region, _pointee_bytes(decl.group(1), len(decl.group(2))))
            else:
                scope.names.pop(name, None)
        for m in re.finditer(r"(?<![\w.>])([A-Za-z_]\w*)\(", text):
            if m.group(1) not in callees:
                continue
            close = _closing(text, m.end() - 1)
            if close < 0:
                continue
            if count == MAX_MAIN_CALLS:
                raise _TooManyCalls()
            on_call(count, m.group(1), _split_args(text[m.end():close]))
            count += 1


class _TooManyCalls(Exception):
    pass


def _module_main(m: Module, index: SourceIndex, pools: Dict[str, int]):
    """(main function name, one region per parameter) of an AOT module, or None."""
    io = [_Region("tensor", t.nbytes, first=0, last=_ALWAYS) for t in m.inputs + m.outputs]
    scope = _Scope(index.arrays)
    if m.header:
        entry = m.header[: -len(".h")] + "_run"
        members = ["inputs->" + n for n in m.input_members] + ["outputs->" + n for n in m.output_members]
        for t, member in zip(io, members):
            scope.names[member] = (t, None)
        for member, size in m.pools:
            key = "%s:%s" % (m.name, member)
            pools[key] = size
            scope.names["workspace_pools->" + member] = (_Region("pool", size, key), None)
    elif m.entry is not None and not m.entry.is_packed:
        # An unpacked run_model is the main function: one pointer per input, then per output.
        if len(m.entry.params) != len(io):
            return None
        return m.entry.name, io
    elif m.entry is not None:
        entry = m.entry.name
        for k, t in enumerate(io):
            scope.names["packed:%d" % k] = (t, None)
    else:
        return None
    body = index.bodies.get(entry)
    if body is None:
        return None
    unpacked = {n for n, f in index.definitions.items() if not f.is_packed and n != entry}
    found = []
    _calls(body, scope, unpacked, lambda i, name, args: found.append((name, args)))
    if len(found) != 1:
        return None
    name, args = found[0]
    regions = [scope.resolve(a)[0] for a in args]
    for k, r in enumerate(regions[: len(io)]):
        if r is not None and r.kind == "let":
            # Inputs and outputs mapped into a pool: a tensor of their size at that offset.
            regions[k] = _Region("tensor", io[k].nbytes, r.pool, r.offset, 0, _ALWAYS)
    for r in regions:
        if r is not None and r.kind == "pool" and r.pool not in pools and r.nbytes is not None:
            pools[r.pool] = r.nbytes
    return name, regions


def _main_calls(main: str, regions, index: SourceIndex):
    """The calls of the main function: [(function, [region or None])], with the sizes of pool
    lets and constant slices filled in. A let's size is the gap to the next buffer of its pool
    that is held at the same time (from its first to its last use; an operator's own lets into a
    pool it is given are held during its call), or to the pool's end. Buffers held at once do not
    overlap, so no let can be larger than that gap. A constant's size is the gap to the next
    constant in its array (constants do not overlap), or to the array's end."""
    fn = index.definitions[main]
    scope = _Scope(index.arrays)
    for decl, region in zip(fn.params, regions):
        if region is not None:
            scope.names[_param(decl)[0]] = (region, _param(decl)[1])
    unpacked = {n for n, f in index.definitions.items() if not f.is_packed and n != main}
    calls, held = [], {id(r): r for r in regions if r is not None}

    def on_call(i, name, args):
        resolved = [scope.resolve(a)[0] for a in args]
        for r in resolved:
            if r is not None:
                r.first = i if r.first < 0 else r.first
                r.last = max(r.last, i)
                held[id(r)] = r
        # The operator's own buffers in the pools it is given whole: `&(pool_var[48])`.
        callee = index.definitions[name]
        body = None
        for decl, r in zip(callee.params, resolved):
            pname, elem = _param(decl)
            if r is None or r.kind != "pool" or elem is None:
                continue
            body = _squeeze(index.bodies.get(name, "")) if body is None else body
            for off in re.findall(r"&\(?%s\[(\d+)\]" % re.escape(pname), body):
                scratch = _Region("let", None, r.pool, r.offset + int(off) * elem, i, i)
                held[id(scratch)] = scratch
        calls.append((name, resolved))

    _calls(index.bodies.get(main, ""), scope, unpacked, on_call)

    pool_end = {r.name: r.nbytes for r in index.arrays.values()}
    pool_end.update({r.pool: r.nbytes for r in held.values() if r.kind == "pool"})
    by_pool: Dict[str, List[_Region]] = {}
    for r in held.values():
        if r.kind != "pool":
            by_pool.setdefault(r.pool, []).append(r)
    for pool, members in by_pool.items():
        if len(members) > _MAX_LETS:
            continue  # their sizes stay unknown: the operators that take them are refused
        for r in members:
            if r.nbytes is not None or r.kind not in ("let", "constant"):
                continue
            end = pool_end.get(pool)
            bound = end - r.offset if end is not None else None
            for u in members:
                if u.offset > r.offset and (r.kind == "constant" or (u.first <= r.last and r.first <= u.last)):
                    bound = u.offset - r.offset if bound is None else min(bound, u.offset - r.offset)
            r.nbytes = bound if bound is not None and bound > 0 else None
    return calls


def operator_plan(analysis: Analysis) -> OperatorPlan:
    """For each unpacked function of the AOT modules: what each parameter receives in the model."""
    index = analysis.index
    sites: Dict[str, List[List[Optional[_Region]]]] = {}
    pools: Dict[str, int] = {}
    unread = ""  # why a main function's calls were not read
    for m in analysis.modules:
        if m.executor != "aot":
            continue
        try:
            found = _module_main(m, index, pools)
            if found is None or found[0] not in index.definitions:
                continue
            calls = _main_calls(found[0], found[1], index)
        except _TooManyCalls:
            unread = "the main function of module %s makes more than %d calls" % (m.name, MAX_MAIN_CALLS)
            continue
        sites.setdefault(found[0], []).append(found[1])
        for name, resolved in calls:
            sites.setdefault(name, []).append(resolved)

    plan = OperatorPlan({}, {}, pools)
    for name, fn in index.definitions.items():
        if fn.is_packed or not fn.params:
            continue
        if name not in sites:
            plan.problems[name] = unread or "the main function never calls it, so its argument sizes are unknown"
            continue
        counts = sorted({len(s) for s in sites[name]} - {len(fn.params)})
        if counts:
            plan.problems[name] = "the main function calls it with %d arguments" % counts[0]
            continue
        args = []
        for k in range(len(fn.params)):
            got = [s[k] for s in sites[name]]
            if any(r is None or r.nbytes is None for r in got):
                plan.problems[name] = "the size of argument %d is unknown" % k
                break
            largest = max(got, key=lambda r: r.nbytes)
            kinds = {r.kind for r in got}
            if kinds == {"constant"}:
                args.append(OperatorArg("constant", largest.nbytes, constant=(largest.pool, largest.offset)))
            elif kinds == {"pool"} and len({r.pool for r in got}) == 1 and largest.pool in pools:
                args.append(OperatorArg("workspace", pools[largest.pool], pool=largest.pool))
            else:
                args.append(OperatorArg("tensor", largest.nbytes))
        else:
            plan.args[name] = args
    return plan
