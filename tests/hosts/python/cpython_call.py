"""The CPython oracle for the C ABI tests: imports a module and calls one function the way call_export.py calls a
compiled export.

    python3 cpython_call.py MODULE.py FUNCTION 'json-args'

prints the result as JSON on the last line of stdout (after the module's own top-level output), or
`error: Type: message` and exits with 1 when the function raises.
"""

import importlib.util
import json
import os
import sys


def main():
    if len(sys.argv) != 4:
        raise SystemExit("usage: cpython_call.py MODULE.py FUNCTION 'json-args'")
    path, name, args = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    spec = importlib.util.spec_from_file_location(os.path.splitext(os.path.basename(path))[0], path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    try:
        value = getattr(module, name)(*args)
    except Exception as e:  # the exception crosses the ABI as its type name and str()
        print(f"error: {type(e).__name__}: {e}" if str(e) else f"error: {type(e).__name__}")
        sys.exit(1)
    print(json.dumps(value))


if __name__ == "__main__":
    main()
