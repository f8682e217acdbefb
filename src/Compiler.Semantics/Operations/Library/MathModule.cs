namespace PythonAot.Compiler.Semantics.Operations.Library;

/// <summary>The math module: functions over float (int arguments promote) and its constants.</summary>
internal static class MathModule
{
    public static void Register(OperationLibraryBuilder b)
    {
        const OperationKind F = OperationKind.ModuleFunction;
        const OperationKind C = OperationKind.ModuleAttribute;
        b.Add("math.pi", C, "() -> float", documentation: "π to float precision");
        b.Add("math.e", C, "() -> float", documentation: "e to float precision");
        b.Add("math.tau", C, "() -> float", documentation: "2π");
        b.Add("math.inf", C, "() -> float", documentation: "positive infinity");
        b.Add("math.nan", C, "() -> float", documentation: "a quiet NaN");
        b.Add("math.sqrt", F, "(x: float, /) -> float", raises: ["ValueError"], documentation: "square root; ValueError for negative x");
        b.Add("math.floor", F, "(x: float, /) -> int", raises: ["OverflowError", "ValueError"], documentation: "largest int <= x");
        b.Add("math.floor", F, "(x: int, /) -> int");
        b.Add("math.ceil", F, "(x: float, /) -> int", raises: ["OverflowError", "ValueError"], documentation: "smallest int >= x");
        b.Add("math.ceil", F, "(x: int, /) -> int");
    }
}
