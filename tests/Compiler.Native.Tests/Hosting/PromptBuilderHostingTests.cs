using System.Text.Json;
using PythonAot.Compiler.Native.Hosting;

namespace PythonAot.Compiler.Native.Tests.Hosting;

/// <summary>
/// The talk's scenario: <c>embed_prompts(texts: list[str], task: str) -> list[str]</c> (tests/corpus/prompt_builder.py)
/// built as a shared library and called from .NET, Python ctypes and Node koffi with non-ASCII texts gives CPython's
/// result; an unknown task comes back as status 1 carrying CPython's KeyError message, not a crash.
/// </summary>
[NonParallelizable]
public sealed class PromptBuilderHostingTests
{
    private static readonly string[] s_texts = ["héllo wörld", "日本語", "emoji 😀", "", "typed python"];

    private static string Manifest => HostingLibraries.Build(HostingLibraries.PromptBuilderSource);

    private static string Args(string task) => JsonSerializer.Serialize(new object[] { s_texts, task });

    private static HostCalls.Answer CPython(string task) => HostCalls.CPython(HostingLibraries.PromptBuilderSource, "embed_prompts", Args(task));

    [TestCase("query")]
    [TestCase("document")]
    [TestCase("classification")]
    public void DotNet_GivesCPythonsResult(string task)
    {
        var expected = JsonSerializer.Deserialize<string[]>(CPython(task).Result);
        using var host = NativeLibraryHost.Open(Manifest);
        var actual = host.Call<string[]>("embed_prompts", s_texts, task);
        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(actual[1], Is.EqualTo(task == "query" ? "search_query: 日本語" : actual[1]));
    }

    [Test]
    public void DotNet_UnknownTask_IsAPythonExceptionWithCPythonsKeyErrorMessage()
    {
        var expected = CPython("unknown");
        Assert.That(expected.Result, Is.EqualTo("error: KeyError: 'unknown'"));
        using var host = NativeLibraryHost.Open(Manifest);
        var e = Assert.Throws<PythonException>(() => host.Call("embed_prompts", s_texts, "unknown"))!;
        Assert.That("error: " + e.Message, Is.EqualTo(expected.Result));
        Assert.That(e.PythonType, Is.EqualTo("KeyError"));
        Assert.That(e.PythonMessage, Is.EqualTo("'unknown'"));
        Assert.That(e.Status, Is.EqualTo(1));
        // The library is still usable after the error.
        Assert.That(host.Call<string[]>("embed_prompts", new[] { "x" }, "query"), Is.EqualTo(new[] { "search_query: x" }));
    }

    [Test]
    public void DotNet_UncaughtKeyErrorLastLine_IsTheMessage()
    {
        // CPython's own last traceback line for the same call.
        var script = "import runpy; m = runpy.run_path(" + JsonSerializer.Serialize(HostingLibraries.PromptBuilderSource) + "); m['embed_prompts'](['a'], 'unknown')";
        var (exitCode, _, stderr) = HostingLibraries.RunProcess("python3", ["-c", script]);
        Assert.That(exitCode, Is.EqualTo(1));
        var lastLine = stderr.TrimEnd('\n').Split('\n')[^1];
        using var host = NativeLibraryHost.Open(Manifest);
        var e = Assert.Throws<PythonException>(() => host.Call("embed_prompts", new[] { "a" }, "unknown"))!;
        Assert.That(e.Message, Is.EqualTo(lastLine));
    }

    [TestCase("query")]
    [TestCase("unknown")]
    public void Ctypes_GivesCPythonsOutput(string task)
    {
        var expected = CPython(task);
        var actual = HostCalls.Ctypes(Manifest, "embed_prompts", Args(task));
        Assert.That(actual.Result, Is.EqualTo(expected.Result));
        Assert.That(actual.ExitCode, Is.EqualTo(expected.ExitCode));
        // The module's top-level code ran once, before the call, printing what `import prompt_builder` prints.
        Assert.That(WithoutLastLine(actual.Stdout), Is.EqualTo(WithoutLastLine(expected.Stdout)));
    }

    [TestCase("query")]
    [TestCase("unknown")]
    public void Koffi_GivesCPythonsOutput(string task)
    {
        var expected = CPython(task);
        var actual = HostCalls.Koffi(Manifest, "embed_prompts", Args(task));
        Assert.That(actual.Result, Is.EqualTo(expected.Result));
        Assert.That(actual.ExitCode, Is.EqualTo(expected.ExitCode));
        Assert.That(WithoutLastLine(actual.Stdout), Is.EqualTo(WithoutLastLine(expected.Stdout)));
    }

    [Test]
    public void DotNet_ConcurrentCallsAreSerialized()
    {
        using var host = NativeLibraryHost.Open(Manifest);
        Parallel.For(0, 64, i =>
        {
            var texts = Enumerable.Range(0, 50).Select(k => $"t{i}-{k}-ü").ToArray();
            var result = host.Call<string[]>("embed_prompts", texts, "document");
            Assert.That(result, Is.EqualTo(texts.Select(t => "search_document: " + t).ToArray()));
        });
    }

    private static string WithoutLastLine(string stdout)
    {
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return string.Join("\n", lines[..^1]);
    }
}
