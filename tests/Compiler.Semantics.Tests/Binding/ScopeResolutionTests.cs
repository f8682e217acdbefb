using PythonAot.Compiler.Semantics.Binding;
using PythonAot.Compiler.Syntax;
using PythonAot.Compiler.Syntax.Tests.Infrastructure;

namespace PythonAot.Compiler.Semantics.Tests.Binding;

/// <summary>
/// Name resolution and enclosing scopes. The expectations follow from Python's scoping rules (written by hand);
/// the builtins list is compared with CPython's dir(builtins).
/// </summary>
[TestFixture]
public class ScopeResolutionTests
{
    private static (ScopeTree Scopes, SyntaxTree Tree) Build(string source)
    {
        var tree = SyntaxTree.ParseText(source, path: "example.py");
        Assert.That(tree.GetDiagnostics(), Is.Empty);
        return (ScopeTree.Build(tree), tree);
    }

    /// <summary>The name expressions with this identifier, in source order.</summary>
    private static List<NameExpressionSyntax> Names(SyntaxTree tree, string name) =>
        tree.GetRoot().DescendantNodes().OfType<NameExpressionSyntax>().Where(n => n.Identifier.Text == name).ToList();

    private static T Node<T>(SyntaxTree tree, int index = 0) where T : SyntaxNode =>
        tree.GetRoot().DescendantNodes().OfType<T>().ElementAt(index);

    /// <summary>The embedded builtins list is exactly CPython 3.11's dir(builtins).</summary>
    [Test]
    public void BuiltinsEqualCPython()
    {
        var output = Python.Run("-c", "import builtins; print('\\n'.join(dir(builtins)))");
        var expected = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(PythonBuiltins.Names, Is.EqualTo(expected));
    }

    /// <summary>A read of a closure variable resolves to the enclosing function's cell, skipping the class body.</summary>
    [Test]
    public void FreeVariableSkipsClassScope()
    {
        var (scopes, tree) = Build("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n");
        var read = Names(tree, "x").Last();
        var resolved = scopes.Resolve(read);
        Assert.That(resolved.Binding, Is.Not.Null);
        Assert.That(resolved.Binding!.Owner.Name, Is.EqualTo("f"));
        Assert.That(resolved.Binding.Scope, Is.EqualTo(NameScope.Cell));
        Assert.That(resolved.Binding.Bindings, Has.Count.EqualTo(1));
    }

    /// <summary>Globals resolve to the module's name, builtins to nothing with IsBuiltin, unknown names to neither.</summary>
    [Test]
    public void GlobalsBuiltinsAndUnbound()
    {
        var (scopes, tree) = Build("limit = 3\ndef f():\n    return len(limit), missing\n");
        var limit = scopes.Resolve(Names(tree, "limit").Last());
        Assert.That(limit.Binding, Is.SameAs(scopes.Module.Lookup("limit")));
        Assert.That(scopes.Resolve(Names(tree, "len").Single()), Is.EqualTo(new ResolvedName(null, true)));
        Assert.That(scopes.Resolve(Names(tree, "missing").Single()), Is.EqualTo(new ResolvedName(null, false)));
    }

    /// <summary>A module binding shadows the builtin of the same name.</summary>
    [Test]
    public void ModuleBindingShadowsBuiltin()
    {
        var (scopes, tree) = Build("def print(*a):\n    pass\ndef f():\n    print(1)\n");
        var resolved = scopes.Resolve(Names(tree, "print").Single());
        Assert.That(resolved.IsBuiltin, Is.False);
        Assert.That(resolved.Binding!.IsNamespace, Is.True);
    }

    /// <summary>nonlocal: free in the inner function, a cell of the outer one, and the inner write resolves there.</summary>
    [Test]
    public void NonlocalResolvesToOwner()
    {
        var (scopes, tree) = Build("def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n    return inner\n");
        var outer = scopes.Module.Children[0];
        var inner = outer.Children[0];
        Assert.That(inner.Lookup("n")!.IsFree, Is.True);
        Assert.That(inner.Lookup("n")!.IsNonlocal, Is.True);
        Assert.That(outer.Lookup("n")!.IsCell, Is.True);
        var write = Names(tree, "n").Last();
        Assert.That(scopes.Resolve(write).Binding, Is.SameAs(outer.Lookup("n")));
        // The name in the nonlocal statement resolves the same way.
        Assert.That(scopes.Resolve(Names(tree, "n")[1]).Binding, Is.SameAs(outer.Lookup("n")));
    }

    /// <summary>A walrus in a comprehension binds in the enclosing function; the comprehension's variable stays its own.</summary>
    [Test]
    public void WalrusInComprehensionBindsInFunction()
    {
        var (scopes, tree) = Build("def f(data):\n    [(hit := v) for v in data]\n    return hit, v\n");
        var function = scopes.Module.Children[0];
        var comprehension = function.Children[0];
        Assert.That(comprehension.Kind, Is.EqualTo(ScopeKind.Comprehension));
        Assert.That(comprehension.Lookup("hit")!.IsNonlocal, Is.True);
        Assert.That(scopes.Resolve(Names(tree, "hit")[0]).Binding, Is.SameAs(function.Lookup("hit")));
        Assert.That(scopes.Resolve(Names(tree, "hit")[1]).Binding, Is.SameAs(function.Lookup("hit")));
        Assert.That(function.Lookup("hit")!.Bindings, Has.Count.EqualTo(1));
        // `v` after the comprehension is not the iteration variable: it is an unbound global.
        Assert.That(scopes.Resolve(Names(tree, "v").Last()), Is.EqualTo(new ResolvedName(null, false)));
        Assert.That(comprehension.Lookup("v")!.Flags.HasFlag(NameFlags.ComprehensionIteration), Is.True);
    }

    /// <summary>The first iterable runs in the enclosing scope, everything else of a comprehension inside it.</summary>
    [Test]
    public void ComprehensionFirstIterableIsOutside()
    {
        var (scopes, tree) = Build("def f(a):\n    return [b + c for b in a for c in b if c]\n");
        var function = scopes.Module.Children[0];
        var comprehension = function.Children[0];
        Assert.That(scopes.GetEnclosingScope(Names(tree, "a").Single()), Is.SameAs(function));
        Assert.That(scopes.Resolve(Names(tree, "a").Single()).Binding!.IsParameter, Is.True);
        foreach (var name in Names(tree, "b").Concat(Names(tree, "c")))
            Assert.That(scopes.GetEnclosingScope(name), Is.SameAs(comprehension), name.ToString());
        Assert.That(scopes.GetScope(Node<ListComprehensionSyntax>(tree)), Is.SameAs(comprehension));
        Assert.That(comprehension.Names[0].Name, Is.EqualTo(".0"));
    }

    /// <summary>Decorators, defaults and annotations of a def run outside it; its body and parameters inside.</summary>
    [Test]
    public void DefaultsDecoratorsAnnotationsAreOutside()
    {
        var (scopes, tree) = Build("@deco\ndef f(p: Ann = dflt) -> Ret:\n    return p\n");
        var function = scopes.Module.Children[0];
        foreach (var name in new[] { "deco", "Ann", "dflt", "Ret" })
            Assert.That(scopes.GetEnclosingScope(Names(tree, name).Single()), Is.SameAs(scopes.Module), name);
        Assert.That(scopes.GetEnclosingScope(Names(tree, "p").Single()), Is.SameAs(function));
        Assert.That(scopes.GetEnclosingScope(function.Syntax), Is.SameAs(scopes.Module));
        var parameter = Node<ParameterSyntax>(tree);
        Assert.That(scopes.Resolve(parameter.Name).Binding, Is.SameAs(function.Lookup("p")));
        Assert.That(function.Lookup("p")!.Bindings.Single(), Is.SameAs(parameter));
        Assert.That(function.Lookup("p")!.References.Single(), Is.SameAs(Names(tree, "p").Single()));
    }

    /// <summary>Class bases and keywords run outside the class; lambda defaults outside the lambda.</summary>
    [Test]
    public void ClassBasesAndLambdaDefaultsAreOutside()
    {
        var (scopes, tree) = Build("class C(Base, metaclass=Meta):\n    f = lambda x=dflt: x\n");
        var @class = scopes.Module.Children[0];
        var lambda = @class.Children[0];
        Assert.That(scopes.GetEnclosingScope(Names(tree, "Base").Single()), Is.SameAs(scopes.Module));
        Assert.That(scopes.GetEnclosingScope(Names(tree, "Meta").Single()), Is.SameAs(scopes.Module));
        Assert.That(scopes.GetEnclosingScope(Names(tree, "dflt").Single()), Is.SameAs(@class));
        Assert.That(scopes.GetEnclosingScope(Names(tree, "x").Single()), Is.SameAs(lambda));
        Assert.That(lambda.Name, Is.EqualTo("lambda"));
        Assert.That(lambda.IsNested, Is.False);
    }

    /// <summary>Binding identifiers that are tokens: def/class names, import aliases, except-as names, pattern captures.</summary>
    [Test]
    public void BindingTokensResolve()
    {
        var (scopes, tree) = Build(
            "import a.b\nfrom m import x as y\ndef g():\n    pass\ntry:\n    pass\nexcept E as err:\n    pass\nmatch s:\n    case [cap]:\n        pass\n");
        var module = scopes.Module;
        var import = Node<ImportAliasSyntax>(tree, 0);
        Assert.That(scopes.Resolve(import.Name.Names[0].Identifier).Binding, Is.SameAs(module.Lookup("a")));
        Assert.That(module.Lookup("a")!.IsImported, Is.True);
        Assert.That(module.Lookup("b"), Is.Null);
        var fromImport = Node<ImportAliasSyntax>(tree, 1);
        Assert.That(scopes.Resolve(fromImport.Alias).Binding, Is.SameAs(module.Lookup("y")));
        Assert.That(module.Lookup("x"), Is.Null);
        Assert.That(scopes.Resolve(Node<FunctionDefinitionSyntax>(tree).Name).Binding!.IsNamespace, Is.True);
        Assert.That(scopes.Resolve(Node<ExceptClauseSyntax>(tree).Name).Binding, Is.SameAs(module.Lookup("err")));
        Assert.That(scopes.Resolve(Node<CapturePatternSyntax>(tree).Name).Binding, Is.SameAs(module.Lookup("cap")));
    }

    /// <summary>A method calling super() reads the class's implicit __class__ cell, which the class does not list.</summary>
    [Test]
    public void SuperUsesClassCell()
    {
        var (scopes, _) = Build("class C(B):\n    def m(self):\n        return super().m()\n");
        var @class = scopes.Module.Children[0];
        var method = @class.Children[0];
        Assert.That(method.Lookup("__class__")!.IsFree, Is.True);
        Assert.That(@class.NeedsClassCell, Is.True);
        Assert.That(@class.Lookup("__class__"), Is.Null);
        Assert.That(method.IsNested, Is.False);
    }

    /// <summary>Private names are mangled in the class and its methods; a global statement records the name in the module.</summary>
    [Test]
    public void ManglingAndGlobalDeclarations()
    {
        var (scopes, tree) = Build("class _Spam:\n    __egg = 1\n    def m(self):\n        global total\n        total = self.__egg\n");
        var @class = scopes.Module.Children[0];
        Assert.That(@class.Lookup("_Spam__egg"), Is.Not.Null);
        Assert.That(scopes.Module.Lookup("total")!.Flags, Is.EqualTo(NameFlags.DeclaredGlobal));
        Assert.That(scopes.Module.Lookup("total")!.IsDeclaredGlobal, Is.True);
        Assert.That(scopes.Resolve(Names(tree, "total").Last()).Binding, Is.SameAs(scopes.Module.Lookup("total")));
    }

    /// <summary>A diagnostic has the msbuild-style location and message of docs/diagnostics.md.</summary>
    [Test]
    public void DiagnosticFormatsLikeDocumentation()
    {
        var scopes = ScopeTree.Build(SyntaxTree.ParseText("def scale(factor):\n    global factor\n", path: "example.py"));
        var diagnostic = scopes.Diagnostics.Single();
        var span = diagnostic.Location.GetLineSpan();
        var line = $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): error {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        Assert.That(line, Is.EqualTo("example.py(2,5): error PA1001: name 'factor' is parameter and global"));
    }
}
