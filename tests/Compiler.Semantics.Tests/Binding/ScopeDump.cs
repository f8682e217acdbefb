using System.Globalization;
using System.Text;
using PythonAot.Compiler.Semantics.Binding;

namespace PythonAot.Compiler.Semantics.Tests.Binding;

/// <summary>Writes a <see cref="ScopeTree"/> in the canonical text of tools/cpython_symtable_dump.py.</summary>
internal static class ScopeDump
{
    public static string Write(ScopeTree tree)
    {
        var builder = new StringBuilder("OK\n");
        Write(tree.Module, 0, builder);
        return builder.ToString();
    }

    private static void Write(Scope scope, int depth, StringBuilder builder)
    {
        var pad = new string(' ', 2 * depth);
        var type = scope.Kind switch { ScopeKind.Module => "module", ScopeKind.Class => "class", _ => "function" };
        builder.Append(CultureInfo.InvariantCulture, $"{pad}scope {type} {scope.Name} {scope.LineNumber}\n");
        foreach (var name in scope.Names)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{pad}  {name.Name} {ScopeWord(name.Scope)}");
            Word(builder, name.IsLocal, "local");
            Word(builder, name.IsGlobal, "global");
            Word(builder, name.IsDeclaredGlobal, "declared_global");
            Word(builder, name.IsFree, "free");
            Word(builder, name.IsNonlocal, "nonlocal");
            Word(builder, name.IsParameter, "parameter");
            Word(builder, name.IsImported, "imported");
            Word(builder, name.IsAnnotated, "annotated");
            Word(builder, name.IsReferenced, "referenced");
            Word(builder, name.IsAssigned, "assigned");
            Word(builder, name.IsNamespace, "namespace");
            builder.Append('\n');
        }
        foreach (var child in scope.Children) Write(child, depth + 1, builder);
    }

    private static string ScopeWord(NameScope scope) => scope switch
    {
        NameScope.Local => "LOCAL",
        NameScope.GlobalExplicit => "GLOBAL_EXPLICIT",
        NameScope.GlobalImplicit => "GLOBAL_IMPLICIT",
        NameScope.Free => "FREE",
        NameScope.Cell => "CELL",
        _ => "NONE",
    };

    private static void Word(StringBuilder builder, bool value, string word)
    {
        if (value) builder.Append(' ').Append(word);
    }
}
