"""Calls one export of a PythonAot shared library through ctypes, bound generically from its JSON manifest.

    python3 call_export.py LIB.json EXPORT 'json-args'

prints the result as JSON on the last line of stdout (the module's own top-level output, if any, comes first), or
`error: Type: message` and exits with 1 when the export returns a non-zero status. The JSON arguments are a list,
one item per parameter: numbers, booleans, strings, lists of them, and lists of lists of floats for a matrix.
"""

import ctypes
import json
import os
import sys


class Str(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("len", ctypes.c_int64)]


class StrList(ctypes.Structure):
    _fields_ = [("items", ctypes.POINTER(Str)), ("len", ctypes.c_int64)]


class Int64List(ctypes.Structure):
    _fields_ = [("data", ctypes.POINTER(ctypes.c_int64)), ("len", ctypes.c_int64)]


class Float64List(ctypes.Structure):
    _fields_ = [("data", ctypes.POINTER(ctypes.c_double)), ("len", ctypes.c_int64)]


class Float64Matrix(ctypes.Structure):
    _fields_ = [("data", ctypes.POINTER(ctypes.c_double)), ("rows", ctypes.c_int64), ("cols", ctypes.c_int64)]


class Error(ctypes.Structure):
    _fields_ = [("type", Str), ("message", Str)]


RESULT_STRUCTS = {
    "int64": ctypes.c_int64,
    "float64": ctypes.c_double,
    "bool": ctypes.c_uint8,
    "utf8": Str,
    "list_utf8": StrList,
    "list_int64": Int64List,
    "list_float64": Float64List,
    "matrix_float64": Float64Matrix,
}


def read_str(s):
    return ctypes.string_at(s.data, s.len).decode("utf-8") if s.data else ""


def utf8_buffer(text, keep):
    data = text.encode("utf-8")
    buffer = ctypes.create_string_buffer(data, len(data) + 1)
    keep.append(buffer)
    return ctypes.cast(buffer, ctypes.c_void_p), len(data)


def add_argument(abi_type, value, argtypes, values, keep):
    """Appends the C slots of one argument (and keeps the buffers alive until the call returns)."""
    if abi_type == "int64":
        argtypes.append(ctypes.c_int64)
        values.append(int(value))
    elif abi_type == "float64":
        argtypes.append(ctypes.c_double)
        values.append(float(value))
    elif abi_type == "bool":
        argtypes.append(ctypes.c_uint8)
        values.append(1 if value else 0)
    elif abi_type == "utf8":
        pointer, length = utf8_buffer(value, keep)
        argtypes += [ctypes.c_void_p, ctypes.c_int64]
        values += [pointer, length]
    elif abi_type == "list_utf8":
        array = (Str * len(value))()
        for i, text in enumerate(value):
            pointer, length = utf8_buffer(text, keep)
            array[i] = Str(pointer, length)
        keep.append(array)
        argtypes += [ctypes.POINTER(Str), ctypes.c_int64]
        values += [array, len(value)]
    elif abi_type in ("list_int64", "list_float64"):
        element = ctypes.c_int64 if abi_type == "list_int64" else ctypes.c_double
        array = (element * len(value))(*value)
        keep.append(array)
        argtypes += [ctypes.POINTER(element), ctypes.c_int64]
        values += [array, len(value)]
    elif abi_type == "matrix_float64":
        rows = len(value)
        cols = len(value[0]) if rows else 0
        if any(len(row) != cols for row in value):
            raise ValueError("a matrix argument must be rectangular")
        array = (ctypes.c_double * (rows * cols))(*[x for row in value for x in row])
        keep.append(array)
        argtypes += [ctypes.POINTER(ctypes.c_double), ctypes.c_int64, ctypes.c_int64]
        values += [array, rows, cols]
    else:
        raise ValueError(f"unknown ABI type {abi_type!r}")


def read_result(abi_type, result):
    if abi_type in ("int64", "float64"):
        return result.value
    if abi_type == "bool":
        return result.value != 0
    if abi_type == "utf8":
        return read_str(result)
    if abi_type == "list_utf8":
        return [read_str(result.items[i]) for i in range(result.len)]
    if abi_type in ("list_int64", "list_float64"):
        return [result.data[i] for i in range(result.len)]
    if abi_type == "matrix_float64":
        return [[result.data[i * result.cols + j] for j in range(result.cols)] for i in range(result.rows)]
    raise ValueError(f"unknown ABI type {abi_type!r}")


def call(manifest_path, export_name, args):
    """Returns (status, result or (type, message))."""
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    library = ctypes.CDLL(os.path.join(os.path.dirname(os.path.abspath(manifest_path)), manifest["library"]))
    export = next((e for e in manifest["exports"] if e["name"] == export_name), None)
    if export is None:
        raise SystemExit(f"{manifest['library']} has no export {export_name!r}")
    if len(args) != len(export["params"]):
        raise SystemExit(f"{export['pythonSignature']} takes {len(export['params'])} arguments, {len(args)} given")

    argtypes, values, keep = [], [], []
    for parameter, value in zip(export["params"], args):
        add_argument(parameter["abiType"], value, argtypes, values, keep)
    result_type = export["result"]["abiType"]
    result = None
    if result_type != "none":
        result = RESULT_STRUCTS[result_type]()
        argtypes.append(ctypes.c_void_p)
        values.append(ctypes.cast(ctypes.byref(result), ctypes.c_void_p))
    error = Error()
    argtypes.append(ctypes.POINTER(Error))
    values.append(ctypes.byref(error))

    function = getattr(library, export["symbol"])
    function.argtypes = argtypes
    function.restype = ctypes.c_int32
    status = function(*values)

    def free(symbol, pointer):
        f = getattr(library, symbol)
        f.argtypes = [ctypes.c_void_p]
        f.restype = None
        f(pointer)

    if status != 0:
        failure = (read_str(error.type), read_str(error.message))
        free(manifest["freeFunctions"]["pyaot_error"], ctypes.cast(ctypes.byref(error), ctypes.c_void_p))
        return status, failure
    value = None if result is None else read_result(result_type, result)
    if export["result"]["free"]:
        free(export["result"]["free"], ctypes.cast(ctypes.byref(result), ctypes.c_void_p))
    return status, value


def main():
    if len(sys.argv) != 4:
        raise SystemExit("usage: call_export.py LIB.json EXPORT 'json-args'")
    status, value = call(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))
    sys.stdout.flush()
    if status != 0:
        type_name, message = value
        print(f"error: {type_name}: {message}" if message else f"error: {type_name}")
        sys.exit(1)
    print(json.dumps(value))


if __name__ == "__main__":
    main()
