namespace PythonAot.Compiler.Semantics.Operations.Library;

/// <summary>
/// The math module: functions over float (an int argument promotes to float, which is what Python's math functions
/// do with it), the integer functions (factorial, gcd, comb, isqrt, ...) over int, and the constants. Functions
/// that return an int from a float (floor, ceil, trunc) have an int overload first, which returns the int unchanged.
/// </summary>
internal static class MathModule
{
    private const OperationKind F = OperationKind.ModuleFunction;
    private const OperationKind C = OperationKind.ModuleAttribute;

    public static void Register(OperationLibraryBuilder b)
    {
        b.Add("math.pi", C, "() -> float", documentation: "π to float precision");
        b.Add("math.e", C, "() -> float", documentation: "e to float precision");
        b.Add("math.tau", C, "() -> float", documentation: "2π");
        b.Add("math.inf", C, "() -> float", documentation: "positive infinity");
        b.Add("math.nan", C, "() -> float", documentation: "a quiet NaN");

        b.Add("math.sqrt", F, "(x: float, /) -> float", raises: ["ValueError"], documentation: "square root; ValueError for negative x");
        b.Add("math.cbrt", F, "(x: float, /) -> float", documentation: "cube root");
        b.Add("math.exp", F, "(x: float, /) -> float", raises: ["OverflowError"], documentation: "e ** x; OverflowError when too large");
        b.Add("math.exp2", F, "(x: float, /) -> float", raises: ["OverflowError"], documentation: "2 ** x");
        b.Add("math.expm1", F, "(x: float, /) -> float", raises: ["OverflowError"], documentation: "e ** x - 1, accurate for small x");
        b.Add("math.log", F, "(x: float, /) -> float", raises: ["ValueError"], documentation: "natural logarithm; ValueError for x <= 0");
        b.Add("math.log", F, "(x: float, base: float, /) -> float", raises: ["ValueError", "ZeroDivisionError"], documentation: "log(x) / log(base); ValueError for x <= 0 or base <= 0, ZeroDivisionError for base 1");
        b.Add("math.log2", F, "(x: float, /) -> float", raises: ["ValueError"], documentation: "base-2 logarithm; ValueError for x <= 0");
        b.Add("math.log10", F, "(x: float, /) -> float", raises: ["ValueError"], documentation: "base-10 logarithm; ValueError for x <= 0");
        b.Add("math.log1p", F, "(x: float, /) -> float", raises: ["ValueError"], documentation: "log(1 + x), accurate for small x; ValueError for x <= -1");
        b.Add("math.pow", F, "(x: float, y: float, /) -> float", raises: ["ValueError", "OverflowError"], documentation: "x ** y in float (never an int); ValueError for a negative x with a fractional y and for 0.0 ** negative");

        foreach (var name in new[] { "sin", "cos", "tan" })
            b.Add("math." + name, F, "(x: float, /) -> float", raises: ["ValueError"], documentation: $"{name} of x radians; ValueError for an infinite x");
        b.Add("math.asin", F, "(x: float, /) -> float", raises: ["ValueError"], documentation: "arc sine in radians; ValueError outside [-1, 1]");
        b.Add("math.acos", F, "(x: float, /) -> float", raises: ["ValueError"], documentation: "arc cosine in radians; ValueError outside [-1, 1]");
        b.Add("math.atan", F, "(x: float, /) -> float", documentation: "arc tangent in radians");
        b.Add("math.atan2", F, "(y: float, x: float, /) -> float", documentation: "the angle of the point (x, y) in radians, in [-π, π]");
        b.Add("math.sinh", F, "(x: float, /) -> float", raises: ["OverflowError"], documentation: "hyperbolic sine");
        b.Add("math.cosh", F, "(x: float, /) -> float", raises: ["OverflowError"], documentation: "hyperbolic cosine");
        b.Add("math.tanh", F, "(x: float, /) -> float", documentation: "hyperbolic tangent");
        b.Add("math.asinh", F, "(x: float, /) -> float", documentation: "inverse hyperbolic sine");
        b.Add("math.acosh", F, "(x: float, /) -> float", raises: ["ValueError"], documentation: "inverse hyperbolic cosine; ValueError for x < 1");
        b.Add("math.atanh", F, "(x: float, /) -> float", raises: ["ValueError"], documentation: "inverse hyperbolic tangent; ValueError outside (-1, 1)");
        b.Add("math.degrees", F, "(x: float, /) -> float", documentation: "radians to degrees");
        b.Add("math.radians", F, "(x: float, /) -> float", documentation: "degrees to radians");
        b.Add("math.erf", F, "(x: float, /) -> float", documentation: "the error function");
        b.Add("math.erfc", F, "(x: float, /) -> float", documentation: "1 - erf(x), accurate for large x");
        b.Add("math.gamma", F, "(x: float, /) -> float", raises: ["ValueError", "OverflowError"], documentation: "the gamma function; ValueError at the poles (0, -1, ...)");
        b.Add("math.lgamma", F, "(x: float, /) -> float", raises: ["ValueError", "OverflowError"], documentation: "log(abs(gamma(x)))");

        foreach (var (name, what) in new[] { ("floor", "largest int <= x"), ("ceil", "smallest int >= x"), ("trunc", "x truncated toward 0") })
        {
            b.Add("math." + name, F, "(x: int, /) -> int", documentation: "an int unchanged");
            b.Add("math." + name, F, "(x: float, /) -> int", raises: ["OverflowError", "ValueError"], documentation: $"{what}; OverflowError for inf and beyond int64, ValueError for nan");
        }
        b.Add("math.fabs", F, "(x: float, /) -> float", documentation: "absolute value as a float");
        b.Add("math.fmod", F, "(x: float, y: float, /) -> float", raises: ["ValueError"], documentation: "C fmod: the remainder with the sign of x; ValueError for y == 0");
        b.Add("math.remainder", F, "(x: float, y: float, /) -> float", raises: ["ValueError"], documentation: "IEEE 754 remainder (round half to even); ValueError for y == 0");
        b.Add("math.copysign", F, "(x: float, y: float, /) -> float", documentation: "abs(x) with the sign of y");
        b.Add("math.hypot", F, "(*coordinates: float) -> float", raises: ["OverflowError"], documentation: "the Euclidean norm sqrt(sum(c * c))");
        b.Add("math.dist", F, "(p: Iterator[float], q: Iterator[float], /) -> float", raises: ["ValueError"], documentation: "the Euclidean distance of two points of one dimension");
        b.Add("math.dist", F, "(p: Iterator[int], q: Iterator[int], /) -> float", raises: ["ValueError"], documentation: "the Euclidean distance of two points of one dimension");
        b.Add("math.dist", F, "(p: Iterator[int], q: Iterator[float], /) -> float", raises: ["ValueError"], documentation: "the Euclidean distance of two points of one dimension");
        b.Add("math.dist", F, "(p: Iterator[float], q: Iterator[int], /) -> float", raises: ["ValueError"], documentation: "the Euclidean distance of two points of one dimension");
        b.Add("math.isnan", F, "(x: float, /) -> bool", documentation: "whether x is a NaN");
        b.Add("math.isinf", F, "(x: float, /) -> bool", documentation: "whether x is an infinity");
        b.Add("math.isfinite", F, "(x: float, /) -> bool", documentation: "whether x is neither an infinity nor a NaN");
        b.Add("math.isclose", F, "(a: float, b: float, *, rel_tol: float = ..., abs_tol: float = ...) -> bool", raises: ["ValueError"], documentation: "whether a and b are close (rel_tol 1e-09, abs_tol 0.0); ValueError for a negative tolerance");
        b.Add("math.modf", F, "(x: float, /) -> tuple[float, float]", documentation: "(fractional part, integer part), both with the sign of x");
        b.Add("math.frexp", F, "(x: float, /) -> tuple[float, int]", documentation: "(m, e) with x == m * 2**e and 0.5 <= abs(m) < 1");
        b.Add("math.ldexp", F, "(x: float, i: int, /) -> float", raises: ["OverflowError"], documentation: "x * 2**i");
        b.Add("math.fsum", F, "(seq: Iterator[float], /) -> float", raises: ["OverflowError", "ValueError"], documentation: "the correctly rounded sum of floats");
        b.Add("math.fsum", F, "(seq: Iterator[int], /) -> float", raises: ["OverflowError"], documentation: "the correctly rounded sum, as a float");
        b.Add("math.prod", F, "(iterable: Iterator[int], /, *, start: int = ...) -> int", raises: ["OverflowError"], documentation: "the product of ints (start 1); OverflowError outside int64");
        b.Add("math.prod", F, "(iterable: Iterator[float], /, *, start: float = ...) -> float", documentation: "the product of floats");

        b.Add("math.factorial", F, "(n: int, /) -> int", raises: ["ValueError", "OverflowError"], documentation: "n!; ValueError for negative n, OverflowError beyond int64 (n > 20)");
        b.Add("math.gcd", F, "(*integers: int) -> int", documentation: "the greatest common divisor (0 without arguments)");
        b.Add("math.lcm", F, "(*integers: int) -> int", raises: ["OverflowError"], documentation: "the least common multiple (1 without arguments); OverflowError beyond int64");
        b.Add("math.comb", F, "(n: int, k: int, /) -> int", raises: ["ValueError", "OverflowError"], documentation: "n choose k (0 when k > n); ValueError for negative arguments");
        b.Add("math.perm", F, "(n: int, k: int | None = ..., /) -> int", raises: ["ValueError", "OverflowError"], documentation: "n! / (n - k)! (n! when k is omitted); ValueError for negative arguments");
        b.Add("math.isqrt", F, "(n: int, /) -> int", raises: ["ValueError"], documentation: "the integer square root; ValueError for negative n");
    }
}
