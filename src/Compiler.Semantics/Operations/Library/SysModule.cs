namespace PythonAot.Compiler.Semantics.Operations.Library;

/// <summary>
/// The part of the sys module a compiled program uses: its command line (<c>sys.argv</c>: the program path, then the
/// arguments), <c>sys.exit</c> (raises SystemExit: an exit code, or a message printed to stderr with exit code 1),
/// and <c>sys.maxsize</c>.
/// </summary>
internal static class SysModule
{
    private const OperationKind F = OperationKind.ModuleFunction;
    private const OperationKind C = OperationKind.ModuleAttribute;

    public static void Register(OperationLibraryBuilder b)
    {
        b.Add("sys.argv", C, "() -> list[str]", documentation: "the command line: the program, then its arguments (the same list object on every read)");
        b.Add("sys.maxsize", C, "() -> int", documentation: "2 ** 63 - 1, the largest int64");
        b.Add("sys.exit", F, "() -> None", OperationEffects.InputOutput, ["SystemExit"], documentation: "raise SystemExit: exit code 0");
        b.Add("sys.exit", F, "(status: int, /) -> None", OperationEffects.InputOutput, ["SystemExit"], documentation: "raise SystemExit(status): the exit code (an uncaught SystemExit prints nothing)");
        b.Add("sys.exit", F, "(status: str, /) -> None", OperationEffects.InputOutput, ["SystemExit"], documentation: "raise SystemExit(message): the message goes to stderr and the exit code is 1");
    }
}
