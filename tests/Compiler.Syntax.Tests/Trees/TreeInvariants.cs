using System.Collections.Concurrent;
using System.Reflection;

namespace PythonAot.Compiler.Syntax.Tests.Trees;

/// <summary>Structural checks every tree must pass, whatever its input.</summary>
public static class TreeInvariants
{
    /// <summary>
    /// Null when the tree is consistent; otherwise the first problem: the root must cover the text, every
    /// child's full span must lie inside its parent's and follow its previous sibling without gap or overlap,
    /// the tokens must be contiguous and cover the text exactly, and every separated list must alternate
    /// element and separator (<see cref="CheckSeparatedLists"/>).
    /// </summary>
    public static string? Check(SyntaxTree tree)
    {
        var root = tree.GetRoot();
        var text = tree.GetTextString();
        if (root.FullSpan.Start != 0 || root.FullSpan.End != text.Length)
            return $"root spans {root.FullSpan}, text has {text.Length} chars";
        if (root.ToFullString() != text) return "root text differs from the source text";

        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            var expected = node.FullSpan.Start;
            foreach (var child in node.ChildNodesAndTokens())
            {
                var span = child.FullSpan;
                if (span.Start != expected)
                    return $"{child.Kind} at {span} in {node.Kind} {node.FullSpan}: expected to start at {expected}";
                expected = span.End;
                if (child.AsNode() is { } childNode)
                {
                    if (!ReferenceEquals(childNode.Parent, node))
                        return $"{childNode.Kind} at {span} has parent {childNode.Parent?.Kind}, expected {node.Kind}";
                    stack.Push(childNode);
                }
                else if (child.AsToken().Parent != node)
                {
                    return $"token {child.Kind} at {span} has the wrong parent";
                }
            }
            if (expected != node.FullSpan.End)
                return $"children of {node.Kind} {node.FullSpan} end at {expected}";
        }

        var position = 0;
        foreach (var token in root.DescendantTokens())
        {
            if (token.FullSpan.Start != position) return $"token {token.Kind} starts at {token.FullSpan.Start}, expected {position}";
            var triviaPosition = position;
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.Span.Start != triviaPosition) return $"leading trivia of {token.Kind} at {position} is not contiguous";
                triviaPosition = trivia.Span.End;
            }
            if (triviaPosition != token.Span.Start) return $"leading trivia of {token.Kind} ends at {triviaPosition}, token starts at {token.Span.Start}";
            if (text.AsSpan(token.Span.Start, token.Span.Length).SequenceEqual(token.Text) == false)
                return $"token {token.Kind} text '{token.Text}' differs from the source at {token.Span}";
            position = token.FullSpan.End;
        }
        if (position != text.Length) return $"tokens end at {position}, text has {text.Length} chars";
        return CheckSeparatedLists(root);
    }

    /// <summary>
    /// Null when every <see cref="SeparatedSyntaxList{TNode}"/> under <paramref name="root"/> (found through the
    /// public properties of the red nodes) holds, at even places, nodes of its element type and, at odd places,
    /// separator tokens of its kind (';' for statement lines, '.' for dotted names, '|' for or-patterns, ','
    /// elsewhere), missing ones included; otherwise the first list that does not.
    /// </summary>
    public static string? CheckSeparatedLists(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodesAndSelf())
        {
            foreach (var check in s_listChecks.GetOrAdd(node.GetType(), CreateListChecks))
            {
                var problem = check(node);
                if (problem is not null) return problem;
            }
        }
        return null;
    }

    private static readonly ConcurrentDictionary<Type, Func<SyntaxNode, string?>[]> s_listChecks = new();

    private static Func<SyntaxNode, string?>[] CreateListChecks(Type type)
    {
        var checks = new List<Func<SyntaxNode, string?>>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var propertyType = property.PropertyType;
            if (!propertyType.IsGenericType || propertyType.GetGenericTypeDefinition() != typeof(SeparatedSyntaxList<>)) continue;
            var separator = (type.Name, property.Name) switch
            {
                ("SimpleStatementLineSyntax" or "InlineBlockSyntax", "Statements") => SyntaxKind.SemicolonToken,
                ("DottedNameSyntax", "Names") => SyntaxKind.DotToken,
                ("OrPatternSyntax", "Patterns") => SyntaxKind.BarToken,
                _ => SyntaxKind.CommaToken,
            };
            var checkType = typeof(ListCheck<,>).MakeGenericType(type, propertyType.GetGenericArguments()[0]);
            var check = (IListCheck)Activator.CreateInstance(checkType, property.GetMethod!, separator, $"{type.Name}.{property.Name}")!;
            checks.Add(check.Run);
        }
        return [.. checks];
    }

    private interface IListCheck
    {
        string? Run(SyntaxNode owner);
    }

    private sealed class ListCheck<TOwner, TNode>(MethodInfo getter, SyntaxKind separator, string name) : IListCheck
        where TOwner : SyntaxNode where TNode : SyntaxNode
    {
        private readonly Func<TOwner, SeparatedSyntaxList<TNode>> _getter = getter.CreateDelegate<Func<TOwner, SeparatedSyntaxList<TNode>>>();

        public string? Run(SyntaxNode owner)
        {
            var list = _getter((TOwner)owner);
            for (var i = 0; i < list.Count; i++)
            {
                TNode? element;
                try
                {
                    element = list[i];
                }
                catch (InvalidCastException exception)
                {
                    return $"{name} at {owner.FullSpan}: element {i} is not a {typeof(TNode).Name} ({exception.Message})";
                }
                if (element is null)
                    return $"{name} at {owner.FullSpan}: element {i} is a token, not a {typeof(TNode).Name}";
            }
            for (var i = 0; i < list.SeparatorCount; i++)
            {
                var token = list.GetSeparator(i);
                if (token.Kind != separator)
                    return $"{name} at {owner.FullSpan}: separator {i} is {(token.Kind == SyntaxKind.None ? "a node" : token.Kind.ToString())}, not {separator}";
            }
            return null;
        }
    }
}
