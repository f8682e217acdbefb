using PythonAot.Compiler.Emit.Cpp;
using PythonAot.Compiler.Native.Tests.Infrastructure;

namespace PythonAot.Compiler.Native.Tests.Emit;

/// <summary>
/// src/Compiler.Emit/Cpp/RuntimeMacroNames.txt lists every macro the emitted C++ sees through pyaot/runtime.hpp, so
/// that CppNames renames a Python name equal to one (a module constant INT64_MAX would otherwise be replaced by the
/// preprocessor). The list must follow the runtime's includes: this test asks g++ for them.
/// </summary>
public sealed class RuntimeMacroNamesTests
{
    [Test]
    public void TheListHoldsEveryMacroTheRuntimeDefines()
    {
        var include = Path.Combine(RepositoryPaths.Root, "src", "Compiler.Native", "Runtime", "cpp");
        var folder = Directory.CreateTempSubdirectory("pyaot-macros-").FullName;
        try
        {
            var source = Path.Combine(folder, "macros.cpp");
            File.WriteAllText(source, "#include \"pyaot/runtime.hpp\"\n");
            var dump = ProcessRunner.Run("g++", ["-std=c++20", "-dM", "-E", "-I", include, source]);
            Assert.That(dump.ExitCode, Is.Zero, dump.StandardError);
            var defined = dump.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split(' ')[1].Split('(')[0])
                .Where(name => name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
                .ToHashSet(StringComparer.Ordinal);
            var missing = defined.Where(name => !CppNames.RuntimeMacros.Contains(name)).Order(StringComparer.Ordinal).ToList();
            Assert.That(missing, Is.Empty, "regenerate src/Compiler.Emit/Cpp/RuntimeMacroNames.txt (the command is in this test)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void APythonNameEqualToAMacroIsRenamed() =>
        Assert.That(new[] { CppNames.Identifier("INT64_MAX"), CppNames.Identifier("SIGSEGV"), CppNames.Identifier("SIZE") },
            Is.EqualTo(new[] { "INT64_MAX_", "SIGSEGV_", "SIZE" }));
}
