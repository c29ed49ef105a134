"""Server side of the microTVM Project API: newline-delimited JSON-RPC 2.0 on two pipes.

Python 3 standard library only. Framing, validation order, error codes and messages follow
the Project API as documented in the workbench's microTVM reference (section 3):

* one request per line, one reply per line, strictly one request at a time;
* a line that is not JSON (or a read error) ends the server without a reply;
* a malformed request gets a -32600 reply with id null, then the server ends;
* unknown method -32601, missing / mistyped / extra parameters -32602;
* errors raised by a handler become -32000 with the Python traceback in ``data``.
"""

import json
import logging
import os
import re
import traceback

_LOG = logging.getLogger("hostsim.rpc")

PROTOCOL_VERSION = 1

SERVER_ERROR = -32000
PARSE_ERROR = -32700
INVALID_REQUEST = -32600
METHOD_NOT_FOUND = -32601
INVALID_PARAMS = -32602
INTERNAL_ERROR = -32603

_METHOD_NAME = re.compile(r"^[a-zA-Z0-9_]+$")
_OUTERMOST_MARK = "  # <--- Outermost server-side stack frame"


class ServerError(Exception):
    """A failure reported to the client as a -32000 error with this message."""

    def __init__(self, message=None):
        super().__init__(message if message is not None else type(self).__name__)
        self.message = message if message is not None else type(self).__name__

    def reply_message(self):
        return self.message


class _NamedServerError(ServerError):
    """An error the client recognises by class name; the reply message is that name."""

    def reply_message(self):
        return type(self).__name__


class TransportClosedError(_NamedServerError):
    """The transport is not open, or the other end went away."""


class IoTimeoutError(_NamedServerError):
    """Nothing could be read (or not everything written) within the timeout."""


class UnsupportedTVMVersionError(_NamedServerError):
    """Reserved for server_info_query."""


# Parameter tables: (name, accepted Python types). A bool is never accepted as an int.
_NUMBER_OR_NULL = (int, float, type(None))
METHODS = {
    "server_info_query": [("tvm_version", (str,))],
    "generate_project": [
        ("model_library_format_path", (str,)),
        ("standalone_crt_dir", (str,)),
        ("project_dir", (str,)),
        ("options", (dict,)),
    ],
    "build": [("options", (dict,))],
    "flash": [("options", (dict,))],
    "open_transport": [("options", (dict,))],
    "close_transport": [],
    "read_transport": [("n", (int,)), ("timeout_sec", _NUMBER_OR_NULL)],
    "write_transport": [("data", (str,)), ("timeout_sec", _NUMBER_OR_NULL)],
}


class _InvalidRequest(Exception):
    pass


def _type_ok(value, types):
    if isinstance(value, bool) and bool not in types:
        return False
    return isinstance(value, types)


def _describe(value):
    text = repr(value)
    return text if len(text) <= 200 else text[:200] + "..."


def _check_request(request):
    """Raises _InvalidRequest (-32600) for a request that breaks the JSON-RPC envelope."""
    if not isinstance(request, dict):
        raise _InvalidRequest("request: want dict; got %s" % _describe(request))
    if request.get("jsonrpc") != "2.0":
        raise _InvalidRequest(
            'request["jsonrpc"]: want "2.0"; got %s' % _describe(request.get("jsonrpc"))
        )
    method = request.get("method")
    if not isinstance(method, str) or not _METHOD_NAME.match(method):
        raise _InvalidRequest(
            'request["method"]: want a string matching %s; got %s'
            % (_METHOD_NAME.pattern, _describe(method))
        )
    if not isinstance(request.get("params"), dict):
        raise _InvalidRequest(
            'request["params"]: want dict; got %s' % _describe(request.get("params"))
        )
    req_id = request.get("id")
    if isinstance(req_id, bool) or not isinstance(req_id, (str, int, type(None))):
        raise _InvalidRequest('request["id"]: want str, int or null; got %s' % _describe(req_id))


def _check_params(method, params):
    """Returns a -32602 message, or None when the parameters fit the method."""
    table = METHODS[method]
    for name, _ in table:
        if name not in params:
            return "method %s: parameter %s not given" % (method, name)
    for name, types in table:
        if not _type_ok(params[name], types):
            want = " or ".join(str(t) for t in types)
            return "method %s: parameter %s: want %s, got %s" % (
                method,
                name,
                want,
                type(params[name]),
            )
    extra = sorted(set(params) - {name for name, _ in table})
    if extra:
        return "%s: extra parameters: %s" % (method, ", ".join(extra))
    return None


def _traceback_text(exc):
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    for i, line in enumerate(lines):
        if line.startswith("  File "):
            first, newline, rest = line.partition("\n")
            lines[i] = first + _OUTERMOST_MARK + newline + rest
            break
    return "".join(lines)


class Server:
    """Serves one handler object over the request/reply pipes until EOF or a fatal error.

    The handler has one Python method per API method, called with the request's params as
    keyword arguments; its return value is the reply's ``result``.
    """

    def __init__(self, read_fd, write_fd, handler):
        self._reader = os.fdopen(read_fd, "rb")
        self._write_fd = write_fd
        self._handler = handler

    def serve_forever(self):
        while self.serve_one():
            pass

    def serve_one(self):
        """Handles one request line. Returns False when the server should stop."""
        try:
            line = self._reader.readline()
        except OSError as err:
            _LOG.error("reading the request pipe failed: %s", err)
            return False
        if not line:
            _LOG.debug("request pipe closed")
            return False
        try:
            request = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as err:
            _LOG.error("request is not JSON (%s); stopping", err)
            return False

        try:
            _check_request(request)
        except _InvalidRequest as err:
            self._send_error(None, INVALID_REQUEST, str(err), None)
            return False

        req_id = request["id"]
        method = request["method"]
        params = request["params"]
        if method not in METHODS:
            return self._send_error(req_id, METHOD_NOT_FOUND, "%s: no such method" % method, None)
        problem = _check_params(method, params)
        if problem is not None:
            return self._send_error(req_id, INVALID_PARAMS, problem, None)

        _LOG.debug("call %s(%s)", method, ", ".join(sorted(params)))
        try:
            result = getattr(self._handler, method)(**params)
        except ServerError as err:
            _LOG.debug("%s failed: %s", method, err)
            return self._send_error(
                req_id, SERVER_ERROR, err.reply_message(), {"traceback": _traceback_text(err)}
            )
        except Exception as err:  # any handler bug is still reported, never fatal
            _LOG.exception("%s failed", method)
            return self._send_error(
                req_id,
                SERVER_ERROR,
                "calling method %s" % method,
                {"traceback": _traceback_text(err)},
            )
        if method == "server_info_query" and isinstance(result, dict):
            result.setdefault("protocol_version", PROTOCOL_VERSION)
        return self._send({"jsonrpc": "2.0", "id": req_id, "result": result})

    def _send_error(self, req_id, code, message, data):
        error = {"code": code, "message": message, "data": data}
        return self._send({"jsonrpc": "2.0", "id": req_id, "error": error})

    def _send(self, reply):
        data = (json.dumps(reply) + "\n").encode("utf-8")
        try:
            while data:
                written = os.write(self._write_fd, data)
                data = data[written:]
        except OSError as err:  # the client closed its end (EPIPE)
            _LOG.error("writing the reply pipe failed: %s", err)
            return False
        return True
