namespace PythonAot.Compiler.Native.Toolchains;

/// <summary>What <c>pyaot doctor</c> reports: every tool a backend or a host uses, found or not, with how to install it.</summary>
public static class ToolchainSurvey
{
    /// <summary>Surveys this machine. Only the C++ compiler is required by the backends that exist today.</summary>
    public static IReadOnlyList<ToolStatus> Run()
    {
        var tools = new List<ToolStatus>();
        var compilers = ToolchainLocator.FindAllCppCompilers();
        if (compilers.Count == 0)
            tools.Add(new("C++ compiler", "the cpp backend (build, run)", null, null, ToolchainLocator.CppInstallCommand, true));
        foreach (var compiler in compilers)
        {
            var purpose = compiler == compilers[0] ? "the cpp backend (build, run): selected" : "the cpp backend: alternative (set PYAOT_CXX to use it)";
            var version = compiler.IsSupported ? compiler.VersionLine : compiler.VersionLine + " (too old: C++20 coroutines need g++ 11+ or clang++ 14+)";
            tools.Add(new(compiler.Family == CppCompilerFamily.Gcc ? "g++" : "clang++", purpose, compiler.Path, version, ToolchainLocator.CppInstallCommand, true));
        }
        tools.Add(Sanitizers(compilers.FirstOrDefault()));
        tools.Add(Command("python3", "the CPython oracle of the differential tests, and the ctypes host", "python3", "--version", "sudo apt-get install -y python3"));
        tools.Add(Command("node", "the Node.js host of shared libraries (koffi, installed from npm by ./test.sh)", "node", "--version", "sudo apt-get install -y nodejs npm"));
        tools.Add(Command("rustc", "the rust backend (planned)", "rustc", "--version", "sudo apt-get install -y rustc"));
        tools.Add(Library("LLVM 19", "the llvm backend (planned): libLLVM.so.19.1", ["/usr/lib/llvm-19/lib/libLLVM.so.19.1", "/usr/lib/x86_64-linux-gnu/libLLVM.so.19.1"], "sudo apt-get install -y llvm-19"));
        tools.Add(Library("libtorch", "tensor operations (planned): Debian's libtorch 1.13", ["/usr/include/ATen/ATen.h"], "sudo apt-get install -y libtorch-dev"));
        return tools;
    }

    private static ToolStatus Command(string name, string purpose, string command, string versionArgument, string install)
    {
        var path = ToolchainLocator.FindOnPath(command);
        var version = path is null ? null : ToolchainLocator.ReadVersionLine(path, versionArgument);
        return new(name, purpose, version is null ? null : path, version, install, false);
    }

    private static ToolStatus Library(string name, string purpose, string[] candidates, string install)
    {
        var path = candidates.FirstOrDefault(File.Exists);
        return new(name, purpose, path, path is null ? null : "present", install, false);
    }

    private static ToolStatus Sanitizers(CppCompiler? compiler)
    {
        const string install = "sudo apt-get install -y libasan8 libubsan1";
        if (compiler is null) return new("sanitizers", "-fsanitize=address,undefined builds (tests)", null, null, install, false);
        // The compiler knows where its sanitizer runtime lives; it echoes the bare name back when it has none.
        var result = ProcessRunner.Run(compiler.Path, ["-print-file-name=libasan.so"], timeout: TimeSpan.FromSeconds(20));
        var path = result.StandardOutput.Trim();
        var found = result.ExitCode == 0 && Path.IsPathRooted(path) && File.Exists(path);
        return new("sanitizers", "-fsanitize=address,undefined builds (tests)", found ? path : null, found ? "AddressSanitizer + UndefinedBehaviorSanitizer" : null, install, false);
    }
}
