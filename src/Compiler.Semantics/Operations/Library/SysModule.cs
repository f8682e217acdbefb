namespace PythonAot.Compiler.Semantics.Operations.Library;

/// <summary>
/// The part of the sys module a compiled program uses: its command line (<c>sys.argv</c>), its exit
/// (<c>sys.exit</c>, which raises SystemExit as in Python, so finally blocks run) and <c>sys.maxsize</c>.
/// </summary>
internal static class SysModule
{
    private const OperationKind F = OperationKind.ModuleFunction;
    private const OperationKind C = OperationKind.ModuleAttribute;

    public static void Register(OperationLibraryBuilder b)
    {
        b.Add("sys.argv", C, "() -> list[str]", documentation: "the command line: the program's path, then its arguments (the same list object on every read)");
        b.Add("sys.maxsize", C, "() -> int", documentation: "2**63 - 1, the largest int");
        b.Add("sys.exit", F, "() -> None", OperationEffects.InputOutput, ["SystemExit"], documentation: "raises SystemExit: exit status 0");
        b.Add("sys.exit", F, "(status: int, /) -> None", OperationEffects.InputOutput, ["SystemExit"], documentation: "raises SystemExit: exit status status (0 to 255 portably)");
        b.Add("sys.exit", F, "(status: str, /) -> None", OperationEffects.InputOutput, ["SystemExit"], documentation: "raises SystemExit: writes status and a newline to stderr, exit status 1");
    }
}
