using PythonAot.Compiler.Emit;
using PythonAot.Compiler.Native.Building;
using PythonAot.Compiler.Native.Toolchains;

namespace PythonAot.Compiler.Native.Tests.Building;

/// <summary>The build driver: compiles against the embedded runtime, caches by content, reports failures as diagnostics.</summary>
public sealed class NativeBuilderTests
{
    private const string Program = """
        #include "pyaot/runtime.hpp"
        #include <cstdio>
        int main(int argc, char**) {
            pyaot::Str s("h\u00e9llo");
            std::printf("%lld %d\n", static_cast<long long>(s.length()), argc);
            return 3;
        }
        """;

    private string _cacheRoot = "";

    [SetUp]
    public void CreateCache() => _cacheRoot = Directory.CreateTempSubdirectory("pyaot-cache-").FullName;

    [TearDown]
    public void DeleteCache() => Directory.Delete(_cacheRoot, recursive: true);

    [Test]
    public void BuildsAnExecutableAgainstTheEmbeddedRuntime()
    {
        var builder = new NativeBuilder(cacheRoot: _cacheRoot);
        var result = builder.Build([new EmittedFile("main.cpp", Program)], "hello", NativeBuildOptions.Default);

        Assert.That(result.Success, Is.True, string.Join("\n", result.Diagnostics));
        var run = ProcessRunner.Run(result.OutputPath!, []);
        Assert.That((run.ExitCode, run.StandardOutput), Is.EqualTo((3, "5 1\n")));
    }

    [Test]
    public void ASecondIdenticalBuildComesFromTheCacheAndAChangedOneDoesNot()
    {
        var builder = new NativeBuilder(cacheRoot: _cacheRoot);
        var first = builder.Build([new EmittedFile("main.cpp", Program)], "hello", NativeBuildOptions.Default);
        var second = builder.Build([new EmittedFile("main.cpp", Program)], "hello", NativeBuildOptions.Default);
        var changed = builder.Build([new EmittedFile("main.cpp", Program.Replace("return 3", "return 4"))], "hello", NativeBuildOptions.Default);

        Assert.That((first.FromCache, second.FromCache, changed.FromCache), Is.EqualTo((false, true, false)));
        Assert.That(second.OutputPath, Is.EqualTo(first.OutputPath));
        Assert.That(ProcessRunner.Run(changed.OutputPath!, []).ExitCode, Is.EqualTo(4));
    }

    [Test]
    public void DebugAndSanitizedBuildsAreSeparateCacheEntries()
    {
        var builder = new NativeBuilder(cacheRoot: _cacheRoot);
        var optimized = builder.Build([new EmittedFile("main.cpp", Program)], "hello", NativeBuildOptions.Default);
        var sanitized = builder.Build([new EmittedFile("main.cpp", Program)], "hello", NativeBuildOptions.Default with { Sanitize = true });

        Assert.That(sanitized.Success, Is.True, string.Join("\n", sanitized.Diagnostics));
        Assert.That(sanitized.OutputPath, Is.Not.EqualTo(optimized.OutputPath));
        Assert.That(ProcessRunner.Run(sanitized.OutputPath!, []).StandardOutput, Is.EqualTo("5 1\n"));
    }

    [Test]
    public void CompilerErrorsBecomeAnInternalErrorDiagnosticThatKeepsTheSources()
    {
        var builder = new NativeBuilder(cacheRoot: _cacheRoot);
        var result = builder.Build([new EmittedFile("main.cpp", "int main() { return undefined_name; }")], "broken", NativeBuildOptions.Default);

        Assert.That(result.Success, Is.False);
        var diagnostic = result.Diagnostics.Single();
        Assert.That(diagnostic.Id, Is.EqualTo("PA4902"));
        Assert.That(diagnostic.GetMessage(), Does.Contain("undefined_name"));
        Assert.That(File.Exists(Path.Combine(result.BuildDirectory, "src", "main.cpp")), Is.True);
    }

    [Test]
    public void AMissingCompilerIsADiagnosticWithTheInstallCommand()
    {
        var builder = new NativeBuilder(new CppCompiler("/nonexistent/g++", CppCompilerFamily.Gcc, "g++ (Debian 4.8.0) 4.8.0"), _cacheRoot);
        var result = builder.Build([new EmittedFile("main.cpp", Program)], "hello", NativeBuildOptions.Default);

        Assert.That(result.Diagnostics.Single().Id, Is.EqualTo("PA4901"));
        Assert.That(result.Diagnostics.Single().GetMessage(), Does.Contain("apt-get install -y g++"));
    }

    [Test]
    public void TheSurveyFindsTheCompilerItBuildsWith()
    {
        var survey = ToolchainSurvey.Run();
        var compiler = ToolchainLocator.FindCppCompiler();

        Assert.That(compiler, Is.Not.Null, "./test.sh installs g++");
        Assert.That(survey.Where(t => t.RequiredForBuilds && t.Found).Select(t => t.Path), Does.Contain(compiler!.Path));
        Assert.That(survey.Single(t => t.Name == "python3").Found, Is.True);
    }

    [Test]
    public void EveryBuildDiagnosticHasADocumentationSection() =>
        Infrastructure.DiagnosticDocumentation.AssertEveryDescriptorHasASection(typeof(NativeDiagnosticDescriptors), @"^PA49\d{2}$");
}
