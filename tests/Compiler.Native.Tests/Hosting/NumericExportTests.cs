using PythonAot.Compiler.Native.Hosting;

namespace PythonAot.Compiler.Native.Tests.Hosting;

/// <summary>
/// Every ABI type as a parameter and a result (Hosting/Fixtures/abi_numeric.py), called from .NET, ctypes and koffi:
/// each answer must equal CPython's (the result, or the exception's type and message).
/// </summary>
[NonParallelizable]
public sealed class NumericExportTests
{
    private static string Manifest => HostingLibraries.Build(HostingLibraries.NumericSource);

    private static readonly (string Export, string Args)[] s_cases =
    [
        ("add", "[2, 40]"),
        ("add", "[-7, 3]"),
        ("mean", "[[1.5, 2.5, 4.0]]"),
        ("mean", "[[]]"),
        ("scale", "[[1.0, -2.5, 0.1], 3.0]"),
        ("scale", "[[], 3.0]"),
        ("outer", "[[1.0, 2.0], [0.5, 0.25, 3.0]]"),
        ("outer", "[[], [1.0]]"),
        ("outer", "[[1.0], []]"),
        ("transpose", "[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]]"),
        ("triangle", "[1]"),
        ("is_even", "[10]"),
        ("is_even", "[-3]"),
        ("lengths", "[[\"héllo wörld\", \"日本語\", \"emoji 😀\", \"\"]]"),
        ("greet", "[\"wörld 😀\", true]"),
        ("greet", "[\"x\", false]"),
        ("check", "[5]"),
        ("check", "[-2]"),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        s_cases.Select(c => new TestCaseData(c.Export, c.Args).SetArgDisplayNames(c.Export, c.Args));

    [TestCaseSource(nameof(Cases))]
    public void DotNet(string export, string args)
    {
        using var host = NativeLibraryHost.Open(Manifest);
        Assert.That(HostCalls.DotNet(host, export, args).Result, Is.EqualTo(HostCalls.CPython(HostingLibraries.NumericSource, export, args).Result));
    }

    [TestCaseSource(nameof(Cases))]
    public void Ctypes(string export, string args) =>
        Assert.That(HostCalls.Ctypes(Manifest, export, args).Result, Is.EqualTo(HostCalls.CPython(HostingLibraries.NumericSource, export, args).Result));

    [TestCaseSource(nameof(Cases))]
    public void Koffi(string export, string args) =>
        Assert.That(HostCalls.Koffi(Manifest, export, args).Result, Is.EqualTo(HostCalls.CPython(HostingLibraries.NumericSource, export, args).Result));

    [Test]
    public void DotNet_TypedResults()
    {
        using var host = NativeLibraryHost.Open(Manifest);
        Assert.That(host.Call<long>("add", 2L, 3), Is.EqualTo(5L));
        Assert.That(host.Call<double>("mean", new[] { 1.0, 2.0 }), Is.EqualTo(1.5));
        Assert.That(host.Call<bool>("is_even", 4L), Is.True);
        Assert.That(host.Call<long[]>("lengths", new[] { "日本語", "" }), Is.EqualTo(new long[] { 3, 0 }));
        Assert.That(host.Call<double[]>("scale", new[] { 1.0, 2.0 }, 0.5), Is.EqualTo(new[] { 0.5, 1.0 }));
        Assert.That(host.Call<double[,]>("outer", new[] { 1.0, 2.0 }, new[] { 3.0, 4.0, 5.0 }), Is.EqualTo(new double[,] { { 3, 4, 5 }, { 6, 8, 10 } }));
        Assert.That(host.Call<double[,]>("transpose", new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }), Is.EqualTo(new double[,] { { 1, 3, 5 }, { 2, 4, 6 } }));
        Assert.That(host.Call("check", 1L), Is.Null);
        Assert.That(host.ExportNames, Is.EquivalentTo(new[] { "add", "mean", "scale", "outer", "transpose", "triangle", "is_even", "lengths", "greet", "check" }));
    }

    [Test]
    public void RaggedMatrixResult_IsAValueErrorStatus()
    {
        using var host = NativeLibraryHost.Open(Manifest);
        var e = Assert.Throws<PythonException>(() => host.Call("triangle", 3L))!;
        Assert.That(e.PythonType, Is.EqualTo("ValueError"));
        Assert.That(e.PythonMessage, Is.EqualTo("list[list[float]] result is ragged: row 1 has 2 items, row 0 has 1"));
        Assert.That(e.Status, Is.EqualTo(1));
    }

    [Test]
    public void DotNet_WrongArguments_AreArgumentExceptions()
    {
        using var host = NativeLibraryHost.Open(Manifest);
        Assert.Throws<ArgumentException>(() => host.Call("add", 1L));
        Assert.Throws<ArgumentException>(() => host.Call("add", "1", 2L));
        Assert.Throws<ArgumentException>(() => host.Call("nope"));
        Assert.Throws<ArgumentException>(() => host.Call("greet", "\ud800", true));
        Assert.Throws<ArgumentException>(() => host.Call("transpose", new[] { new[] { 1.0 }, new[] { 1.0, 2.0 } }));
    }
}
