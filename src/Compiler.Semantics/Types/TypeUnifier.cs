namespace PythonAot.Compiler.Semantics.Types;

/// <summary>
/// Unifies types that contain inference variables, recording every binding on a trail so that a trial (one
/// overload candidate) can be undone with <see cref="Rollback"/>. Inference owns one unifier per compilation.
/// </summary>
public sealed class TypeUnifier
{
    private readonly List<TypeVariable> _trail = [];
    private int _permanentDepth;

    /// <summary>
    /// Within the returned scope, bindings are permanent: a later <see cref="Rollback"/> keeps them. Inference uses it
    /// when an overload trial instantiates a function (a lambda passed as <c>key=</c>): the function's own typing is a
    /// fact, not part of the trial.
    /// </summary>
    public IDisposable Permanent()
    {
        _permanentDepth++;
        return new PermanentScope(this);
    }

    private sealed class PermanentScope(TypeUnifier unifier) : IDisposable
    {
        public void Dispose() => unifier._permanentDepth--;
    }

    /// <summary>A position on the trail to roll back to.</summary>
    public int Mark() => _trail.Count;

    /// <summary>Undoes every binding made since <paramref name="mark"/>.</summary>
    public void Rollback(int mark)
    {
        for (var i = _trail.Count - 1; i >= mark; i--) _trail[i].Unbind();
        _trail.RemoveRange(mark, _trail.Count - mark);
    }

    /// <summary>The variables bound since <paramref name="mark"/>.</summary>
    public IEnumerable<TypeVariable> BoundSince(int mark) => _trail.Skip(mark);

    /// <summary>Makes <paramref name="a"/> and <paramref name="b"/> the same type by binding variables; false (and nothing bound) when they differ.</summary>
    public bool Unify(PyType a, PyType b)
    {
        var mark = Mark();
        if (UnifyCore(a, b)) return true;
        Rollback(mark);
        return false;
    }

    /// <summary>Binds <paramref name="variable"/> to <paramref name="type"/> (after an occurs check).</summary>
    public bool Bind(TypeVariable variable, PyType type)
    {
        var target = variable.Prune();
        if (target is not TypeVariable free) return Unify(target, type);
        return UnifyCore(free, type);
    }

    private bool UnifyCore(PyType a, PyType b)
    {
        a = a is TypeVariable va ? va.Prune() : a;
        b = b is TypeVariable vb ? vb.Prune() : b;
        if (ReferenceEquals(a, b)) return true;
        if (a is ErrorType || b is ErrorType) return true;
        if (a is TypeVariable x) return BindFree(x, b);
        if (b is TypeVariable y) return BindFree(y, a);
        if (a.GetType() != b.GetType() || a.TypeArguments.Count != b.TypeArguments.Count) return false;
        if (a.TypeArguments.Count == 0) return a == b;
        if (a is TupleType ta && b is TupleType tb && ta.IsVariadic != tb.IsVariadic) return false;
        for (var i = 0; i < a.TypeArguments.Count; i++)
            if (!UnifyCore(a.TypeArguments[i], b.TypeArguments[i])) return false;
        return true;
    }

    private bool BindFree(TypeVariable variable, PyType type)
    {
        if (type is TypeVariable other && ReferenceEquals(other, variable)) return true;
        if (type.Resolve().AnyPart(t => ReferenceEquals(t, variable))) return false; // occurs check: ?1 = list[?1]
        variable.Bind(type);
        if (_permanentDepth == 0) _trail.Add(variable);
        return true;
    }
}
