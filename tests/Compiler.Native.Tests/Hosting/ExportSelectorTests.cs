using System.Globalization;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using PythonAot.Compiler.Emit.Abi;
using PythonAot.Compiler.Semantics;
using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Lowering;

namespace PythonAot.Compiler.Native.Tests.Hosting;

/// <summary>Which functions a library exports, the PA42xx diagnostics, and the header and manifest describing them.</summary>
public sealed class ExportSelectorTests
{
    private static IrModule Lower(string source, string name = "example")
    {
        var compilation = PythonCompilation.FromSource(source, name + ".py");
        var result = IrLowering.Lower(compilation, compilation.SyntaxTrees[0]);
        Assert.That(result.Success, Is.True, () => string.Join("\n", result.Diagnostics));
        result.Module!.Name = name;
        return result.Module;
    }

    private const string Source = """
        def add(a: int, b: int) -> int:
            return a + b


        def _private(a: int) -> int:
            return a


        def untyped(a):
            return a


        def counts(d: dict[str, int]) -> int:
            return len(d)


        def gen(n: int):
            yield n


        def rest(*args: int) -> int:
            return 0


        def log(result: str, error: str) -> None:
            print(result, error)


        class C:
            def method(self, x: int) -> int:
                return x


        def outer(x: int) -> int:
            def inner(y: int) -> int:
                return y
            return inner(x)


        print(untyped(1))
        """;

    [Test]
    public void DefaultSelection_IsThePublicTopLevelFunctionsTheAbiCarries()
    {
        var selection = ExportSelector.Select(Lower(Source));
        Assert.That(selection.Diagnostics, Is.Empty);
        Assert.That(selection.Library.Exports.Select(e => e.Name), Is.EqualTo(new[] { "add", "log", "outer" }));
        var log = selection.Library.Exports[1];
        Assert.That(log.CPrototype, Is.EqualTo("int32_t example_log(const char* result_, int64_t result__len, const char* error_, int64_t error__len, pyaot_error* error)"));
    }

    [Test]
    public void ExplicitSelection_ReportsMissingAndUnrepresentableFunctions()
    {
        var selection = ExportSelector.Select(Lower(Source), ["add", "nope", "untyped", "counts", "gen", "rest", "_private", "method"]);
        Assert.That(selection.Library.Exports.Select(e => e.Name), Is.EqualTo(new[] { "add", "_private" }));
        Assert.That(selection.Diagnostics.Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture)), Is.EqualTo(new[]
        {
            "PA4201 module 'example' has no top-level function 'nope' to export",
            "PA4202 'untyped' cannot be exported through the C ABI: parameter 'a' has no annotation",
            "PA4202 'counts' cannot be exported through the C ABI: parameter 'd' has type 'dict[str, int]'; the ABI carries int, float, bool, str, list[str], list[int], list[float], list[list[float]] (and None as a result)",
            "PA4202 'gen' cannot be exported through the C ABI: it is a generator",
            "PA4202 'rest' cannot be exported through the C ABI: parameter 'args' collects *args",
            "PA4201 module 'example' has no top-level function 'method' to export",
        }));
        Assert.That(selection.Success, Is.False);
        var counts = selection.Diagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).Contains("'counts'", StringComparison.Ordinal));
        Assert.That(counts.Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(12));
    }

    [Test]
    public void Header_DeclaresEveryExportAndFreeFunction()
    {
        var library = ExportSelector.Select(Lower(File.ReadAllText(HostingLibraries.PromptBuilderSource), "prompt_builder")).Library;
        var header = CHeaderWriter.Write(library);
        Assert.That(header, Does.Contain("/* def embed_prompts(texts: list[str], task: str) -> list[str]\n * The result is freed with prompt_builder_free_str_list(). */\n" +
            "int32_t prompt_builder_embed_prompts(const pyaot_str* texts, int64_t texts_len, const char* task, int64_t task_len, pyaot_str_list* result, pyaot_error* error);\n"));
        foreach (var free in new[] { "error", "str", "str_list", "int64_list", "float64_list", "float64_matrix" })
            Assert.That(header, Does.Contain($"void prompt_builder_free_{free}("));
        Assert.That(header, Does.StartWith("/* prompt_builder.h"));
        Assert.That(header, Does.Contain("#ifndef PYAOT_PROMPT_BUILDER_H"));
    }

    [Test]
    public void Manifest_DescribesTheExports()
    {
        var library = ExportSelector.Select(Lower(File.ReadAllText(HostingLibraries.PromptBuilderSource), "prompt_builder")).Library;
        using var manifest = JsonDocument.Parse(AbiManifestWriter.Write(library));
        var root = manifest.RootElement;
        Assert.That(root.GetProperty("formatVersion").GetInt32(), Is.EqualTo(1));
        Assert.That(root.GetProperty("module").GetString(), Is.EqualTo("prompt_builder"));
        Assert.That(root.GetProperty("library").GetString(), Is.EqualTo("libprompt_builder.so"));
        var export = root.GetProperty("exports").EnumerateArray().Single();
        Assert.That(export.GetProperty("symbol").GetString(), Is.EqualTo("prompt_builder_embed_prompts"));
        Assert.That(export.GetProperty("pythonSignature").GetString(), Is.EqualTo("def embed_prompts(texts: list[str], task: str) -> list[str]"));
        Assert.That(export.GetProperty("params").EnumerateArray().Select(p => $"{p.GetProperty("name").GetString()}: {p.GetProperty("pythonType").GetString()} as {p.GetProperty("abiType").GetString()}"),
            Is.EqualTo(new[] { "texts: list[str] as list_utf8", "task: str as utf8" }));
        Assert.That(export.GetProperty("result").GetProperty("free").GetString(), Is.EqualTo("prompt_builder_free_str_list"));
        Assert.That(root.GetProperty("errorConvention").GetProperty("status").GetProperty("pythonException").GetInt32(), Is.EqualTo(1));
        Assert.That(root.GetProperty("freeFunctions").GetProperty("pyaot_error").GetString(), Is.EqualTo("prompt_builder_free_error"));
    }

    [Test]
    public void EveryDiagnosticHasADocumentationSection()
    {
        Assert.That(Infrastructure.DiagnosticDocumentation.Descriptors(typeof(AbiDiagnosticDescriptors)).Select(d => d.Id), Is.EqualTo(new[] { "PA4201", "PA4202" }));
        Infrastructure.DiagnosticDocumentation.AssertEveryDescriptorHasASection(typeof(AbiDiagnosticDescriptors), @"^PA42\d{2}$");
    }
}
