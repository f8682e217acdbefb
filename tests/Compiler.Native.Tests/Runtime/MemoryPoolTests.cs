using PythonAot.Compiler.Native.Tests.Infrastructure;

namespace PythonAot.Compiler.Native.Tests.Runtime;

/// <summary>
/// The runtime's small-object allocator (pyaot/memory.hpp) and the str blocks in it: tests/runtime/cpp/memory_pool.cpp
/// checks alignment, disjoint live blocks, reuse of freed blocks (also across an ended thread) and strs grown in place.
/// It is compiled at -O2 without sanitizers, because the sanitized builds (the corpus's second run) bypass the pool;
/// the corpus's -O2 run exercises the pool through whole programs.
/// </summary>
public sealed class MemoryPoolTests
{
    [Test]
    public void PoolHandsOutDisjointReusableBlocks()
    {
        var folder = Directory.CreateTempSubdirectory("pyaot-memory-pool-").FullName;
        try
        {
            var exe = Path.Combine(folder, "memory_pool");
            var source = Path.Combine(RepositoryPaths.Root, "tests", "runtime", "cpp", "memory_pool.cpp");
            var include = Path.Combine(RepositoryPaths.Root, "src", "Compiler.Native", "Runtime", "cpp");
            var compile = ProcessRunner.Run("g++", ["-std=c++20", "-O2", "-Wall", "-Wextra", "-Werror", "-pthread", "-I", include, source, "-o", exe]);
            Assert.That(compile.ExitCode, Is.Zero, compile.StandardError);

            var run = ProcessRunner.Run(exe, [], timeout: TimeSpan.FromMinutes(1));
            Assert.That(run.ExitCode, Is.Zero, run.StandardOutput + run.StandardError);
            Assert.That(run.StandardOutput.Trim(), Is.EqualTo("ok"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
