"""What the CPython oracle scripts (cpython_ast_dump.py, cpython_symtable_dump.py) share: reading the file
list, writing one canonical answer per input file, and running on a thread with a big C stack."""
import os
import sys
import threading
import time

# The work runs on a thread with a big C stack so deeply nested sources (and a raised recursion limit) cannot
# crash the interpreter.
THREAD_STACK = 512 * 1024 * 1024


def one_line(text):
    return text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def read_list(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\r\n") for line in f if line.strip()]


def dump_files(out_dir, files, answer, read_error_prefix):
    """Writes out_dir/<i>.txt for input number i: answer(src_bytes, path), or, when the file cannot be read,
    read_error_prefix + " 0 0\\n<ExceptionType>: <msg>\\n". Prints "files=N ok=N err=N seconds=S" to stderr."""
    os.makedirs(out_dir, exist_ok=True)
    ok = err = 0
    start = time.perf_counter()
    for i, path in enumerate(files):
        try:
            with open(path, "rb") as f:
                src = f.read()
            text = answer(src, path)
        except OSError as e:
            text = "%s 0 0\n%s: %s\n" % (read_error_prefix, type(e).__name__, one_line(str(e)))
        if text.startswith("OK"):
            ok += 1
        else:
            err += 1
        with open(os.path.join(out_dir, "%d.txt" % i), "w", encoding="utf-8", newline="\n",
                  errors="surrogatepass") as f:
            f.write(text)
    print("files=%d ok=%d err=%d seconds=%.2f" % (len(files), ok, err, time.perf_counter() - start),
          file=sys.stderr)
    return 0


def run_in_big_thread(fn):
    """Runs fn() on a thread with THREAD_STACK bytes of stack and returns its exit code (SystemExit included)."""
    result = [1]

    def target():
        try:
            result[0] = fn()
        except SystemExit as e:
            result[0] = e.code if isinstance(e.code, int) else (0 if e.code is None else 2)
            if e.code is not None and not isinstance(e.code, int):
                print(e.code, file=sys.stderr)

    threading.stack_size(THREAD_STACK)
    t = threading.Thread(target=target)
    t.start()
    t.join()
    return result[0]
