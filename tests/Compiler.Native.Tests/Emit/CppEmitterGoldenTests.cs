using PythonAot.Compiler.Emit;
using PythonAot.Compiler.Emit.Cpp;
using PythonAot.Compiler.Native.Tests.Infrastructure;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Native.Tests.Emit;

/// <summary>The C++ emitter's output reviewed as text: what a C++ programmer reading it sees.</summary>
public sealed class CppEmitterGoldenTests
{
    private static string EmitCorpus(string name, OutputKind kind = OutputKind.Executable)
    {
        var path = Path.Combine("tests", "corpus", name + ".py");
        var compilation = ModuleCompiler.Compile(path, File.ReadAllText(Path.Combine(RepositoryPaths.Root, path)));
        Assert.That(compilation.Success, Is.True, string.Join("\n", compilation.Diagnostics.Concat<object>(compilation.PassDiagnostics)));
        var result = new CppEmitter().Emit(new EmitRequest(compilation.Module!, path, kind));
        Assert.That(result.Success, Is.True, string.Join("\n", result.Diagnostics));
        return result.Files.Single(f => f.RelativePath.EndsWith(".cpp", StringComparison.Ordinal)).Content;
    }

    private static string EmitSource(string source)
    {
        var compilation = ModuleCompiler.Compile("example.py", source);
        Assert.That(compilation.Success, Is.True, string.Join("\n", compilation.Diagnostics.Concat<object>(compilation.PassDiagnostics)));
        var result = new CppEmitter().Emit(new EmitRequest(compilation.Module!, "example.py", OutputKind.Executable));
        Assert.That(result.Success, Is.True, string.Join("\n", result.Diagnostics));
        return result.Files.Single(f => f.RelativePath.EndsWith(".cpp", StringComparison.Ordinal)).Content;
    }

    /// <summary>The text from the line starting with <paramref name="header"/> to its closing brace at column 0.</summary>
    private static string Definition(string text, string header)
    {
        // The definition, not the prototype: its header line ends with `{`.
        var start = -1;
        for (var at = text.IndexOf("\n" + header, StringComparison.Ordinal); at >= 0; at = text.IndexOf("\n" + header, at + 1, StringComparison.Ordinal))
        {
            var lineEnd = text.IndexOf('\n', at + 1);
            if (text[lineEnd - 1] == '{')
            {
                start = at;
                break;
            }
        }
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"no definition starting with {header}");
        var end = text.IndexOf("\n}\n", start, StringComparison.Ordinal);
        return text[(start + 1)..(end + 3)];
    }

    [Test]
    public void EmbedPromptsReadsLikeHandWrittenCpp()
    {
        var text = EmitCorpus("prompt_builder");
        Assert.That(Definition(text, "inline pyaot::List<pyaot::Str> embed_prompts("), Is.EqualTo("""
            inline pyaot::List<pyaot::Str> embed_prompts(const pyaot::List<pyaot::Str>& texts, const pyaot::Str& task) {
                pyaot::Str t{};
            #line 9 "tests/corpus/prompt_builder.py"
                pyaot::List<pyaot::Str> tmp0 = pyaot::List<pyaot::Str>{};
            #line 9 "tests/corpus/prompt_builder.py"
                for (pyaot::Int k_1 = 0; k_1 < pyaot::ops::builtins_len(texts); ++k_1) {
                    t = pyaot::ops::list_getitem_unchecked(texts, k_1);
            #line 9 "tests/corpus/prompt_builder.py"
                    pyaot::ops::list_append(tmp0, pyaot::ops::operator_add(pyaot::ops::operator_getitem(PREFIXES, task), t));
                }
                return tmp0;
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    [Test]
    public void RecursiveCallsOfQuietFunctionsStayPlainExpressions()
    {
        var text = EmitCorpus("fibonacci");
        Assert.That(Definition(text, "inline pyaot::Int fib_recursive("), Does.Contain(
            "return pyaot::ops::operator_add(fib_recursive(pyaot::ops::operator_sub(n, pyaot::Int(1))), fib_recursive(pyaot::ops::operator_sub(n, pyaot::Int(2))));"));
        Assert.That(Definition(text, "inline pyaot::Int fib_recursive("), Does.Contain("if (n < 2) {"));
        Assert.That(text, Does.Contain("int main(int argc, char** argv) { return pyaot::run_main(argc, argv, &pym_fibonacci::module_init, \""));
        Assert.That(text, Does.EndWith("fibonacci.py\"); }\n"));
    }

    private const string PointClass = """
        class P:
            def __init__(self, x: float) -> None:
                self.x = x


        """;

    [Test]
    public void ListItemsNothingCanRemoveAreBorrowedNotCounted()
    {
        var text = EmitSource(PointClass + """
            def f(ps: list[P], d: float) -> None:
                for i in range(len(ps)):
                    p = ps[i]
                    p.x += d
                for q in ps:
                    q.x *= 2.0
                first = ps[0]
                first.x = 0.0
            """);
        var f = Definition(text, "inline void f(");
        Assert.That(f, Does.Contain("    P* p{};\n"));
        Assert.That(f, Does.Contain("p = pyaot::ops::list_getitem_ref_unchecked(ps, i).get();"));
        Assert.That(f, Does.Contain("q = pyaot::ops::list_getitem_ref_unchecked(ps, k_1).get();"));
        Assert.That(f, Does.Contain("P* first = pyaot::ops::list_getitem_ref(ps, pyaot::Int(0)).get();"));
    }

    [TestCase("ps.pop()", TestName = "the function may remove an item")]
    [TestCase("keep: list[P] = []\n    keep.append(p)", TestName = "the local escapes into a list")]
    [TestCase("g()", TestName = "the function calls user code")]
    [TestCase("ps = [p]", TestName = "the list parameter is rebound")]
    [TestCase("p = P(1.0)", TestName = "the local is assigned something else")]
    public void ItemsThatMayDieBeforeTheLocalStayCounted(string statement)
    {
        var text = EmitSource(PointClass + $$"""
            def g() -> None:
                pass


            def f(ps: list[P]) -> float:
                p = ps[0]
                {{statement}}
                return p.x
            """);
        var f = Definition(text, "inline pyaot::Float f(");
        Assert.That(f, Does.Contain("pyaot::Ref<P> p"));
        Assert.That(f, Does.Not.Contain(".get()"));
    }

    [Test]
    public void NestedIntArithmeticProvenExactIsPlainInt64()
    {
        // i * i + 1 with i below 1000 cannot overflow (place-overflow-checks left no check): plain operators. a * a + 1
        // with a parameter a may: the int64 attempt with overflow flags and the cold 128-bit retry.
        var text = EmitSource("""
            def below(n: int) -> int:
                t = 0
                for i in range(1000):
                    if i * i + 1 <= n:
                        t = i * i - 1
                return t


            def below_any(a: int, n: int) -> bool:
                return a * a + 1 <= n
            """);
        var below = Definition(text, "inline pyaot::Int below(");
        Assert.That(below, Does.Contain("if (((i * i) + 1) <= n) {"));
        Assert.That(below, Does.Contain("t = ((i * i) - 1);"));
        Assert.That(below, Does.Not.Contain("pyaot::wide"));
        Assert.That(Definition(text, "inline bool below_any("), Does.Contain("pyaot::wide::fadd(pyaot::wide::fmul(pyaot::Int(a), pyaot::Int(a), ovf_1), pyaot::Int(pyaot::Int(1)), ovf_1)"));
    }

    [Test]
    public void ASharedLibraryHasNoMain()
    {
        var text = EmitCorpus("prompt_builder", OutputKind.SharedLibrary);
        Assert.That(text, Does.Not.Contain("int main("));
        Assert.That(text, Does.Contain("void module_init() {"));
    }

    [Test]
    public void ClassesDeriveFromTheirBaseAndOverrideVirtualMethods()
    {
        var text = EmitCorpus("shapes_inheritance");
        Assert.That(text, Does.Contain("struct Circle : Shape {"));
        Assert.That(text, Does.Contain("const char* type_name() const noexcept override { return \"Circle\"; }"));
        Assert.That(text, Does.Contain("self->Shape::__init__(pyaot::str_literal<\"circle\">());"));
    }

    [TestCase("new", "new_")]
    [TestCase("int", "int_")]
    [TestCase("class", "class_")]
    [TestCase("repr", "repr_")]
    [TestCase("total", "total")]
    [TestCase("_", "_")]
    public void PythonNamesAreKeptAndKeywordsEscaped(string python, string cpp) => Assert.That(CppNames.Identifier(python), Is.EqualTo(cpp));

    [Test]
    public void TypesMapAsTheRuntimeContractSays()
    {
        Assert.That(CppTypeNames.Of(new ListType(PyType.Str)), Is.EqualTo("pyaot::List<pyaot::Str>"));
        Assert.That(CppTypeNames.Of(PyType.Optional(PyType.Int)), Is.EqualTo("pyaot::Optional<pyaot::Int>"));
        Assert.That(CppTypeNames.Of(new DictType(PyType.Str, new TupleType([PyType.Int, PyType.Float]))), Is.EqualTo("pyaot::Dict<pyaot::Str, pyaot::Tuple<pyaot::Int, pyaot::Float>>"));
        Assert.That(CppTypeNames.Of(new CallableType([PyType.Int], PyType.Bool)), Is.EqualTo("pyaot::Func<bool(pyaot::Int)>"));
    }

    [Test]
    public void ExportedFunctionsHaveStableQualifiedNames()
    {
        var path = Path.Combine("tests", "corpus", "prompt_builder.py");
        var module = ModuleCompiler.Compile(path, File.ReadAllText(Path.Combine(RepositoryPaths.Root, path))).Module!;
        var function = module.Functions.Single(f => f.Name == "embed_prompts");
        Assert.That(CppNames.Function(module, function), Is.EqualTo("pym_prompt_builder::embed_prompts"));
    }

    [Test]
    public void EveryBackendDiagnosticHasADocumentationSection() =>
        DiagnosticDocumentation.AssertEveryDescriptorHasASection(typeof(CppDiagnosticDescriptors), @"^PA41\d{2}$");
}
