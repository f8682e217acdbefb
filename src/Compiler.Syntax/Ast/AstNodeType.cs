namespace PythonAot.Compiler.Syntax;

/// <summary>
/// The shape of one CPython 3.11 <c>ast</c> class: its name, its <c>_fields</c> in order (with the ASDL
/// optional marks) and whether it has the four position <c>_attributes</c>.
/// </summary>
public sealed class AstNodeType
{
    // Name, fields ('?' optional, '*' list), '@' when the class has lineno/col_offset/end_lineno/end_col_offset.
    private const string Table = """
        Module body* type_ignores*
        FunctionDef name args body* decorator_list* returns? type_comment? @
        AsyncFunctionDef name args body* decorator_list* returns? type_comment? @
        ClassDef name bases* keywords* body* decorator_list* @
        Return value? @
        Delete targets* @
        Assign targets* value type_comment? @
        AugAssign target op value @
        AnnAssign target annotation value? simple @
        For target iter body* orelse* type_comment? @
        AsyncFor target iter body* orelse* type_comment? @
        While test body* orelse* @
        If test body* orelse* @
        With items* body* type_comment? @
        AsyncWith items* body* type_comment? @
        Match subject cases* @
        Raise exc? cause? @
        Try body* handlers* orelse* finalbody* @
        TryStar body* handlers* orelse* finalbody* @
        Assert test msg? @
        Import names* @
        ImportFrom module? names* level? @
        Global names* @
        Nonlocal names* @
        Expr value @
        Pass @
        Break @
        Continue @
        BoolOp op values* @
        NamedExpr target value @
        BinOp left op right @
        UnaryOp op operand @
        Lambda args body @
        IfExp test body orelse @
        Dict keys* values* @
        Set elts* @
        ListComp elt generators* @
        SetComp elt generators* @
        DictComp key value generators* @
        GeneratorExp elt generators* @
        Await value @
        Yield value? @
        YieldFrom value @
        Compare left ops* comparators* @
        Call func args* keywords* @
        FormattedValue value conversion format_spec? @
        JoinedStr values* @
        Constant value kind? @
        Attribute value attr ctx @
        Subscript value slice ctx @
        Starred value ctx @
        Name id ctx @
        List elts* ctx @
        Tuple elts* ctx @
        Slice lower? upper? step? @
        Load
        Store
        Del
        And
        Or
        Add
        Sub
        Mult
        MatMult
        Div
        Mod
        Pow
        LShift
        RShift
        BitOr
        BitXor
        BitAnd
        FloorDiv
        Invert
        Not
        UAdd
        USub
        Eq
        NotEq
        Lt
        LtE
        Gt
        GtE
        Is
        IsNot
        In
        NotIn
        comprehension target iter ifs* is_async
        ExceptHandler type? name? body* @
        arguments posonlyargs* args* vararg? kwonlyargs* kw_defaults* kwarg? defaults*
        arg arg annotation? type_comment? @
        keyword arg? value @
        alias name asname? @
        withitem context_expr optional_vars?
        match_case pattern guard? body*
        MatchValue value @
        MatchSingleton value @
        MatchSequence patterns* @
        MatchMapping keys* patterns* rest? @
        MatchClass cls patterns* kwd_attrs* kwd_patterns* @
        MatchStar name? @
        MatchAs pattern? name? @
        MatchOr patterns* @
        TypeIgnore lineno tag
        """;

    private static readonly Dictionary<string, AstNodeType> s_types = Build();

    private AstNodeType(string name, string[] fields, bool[] optional, bool hasLocation)
    {
        Name = name;
        FieldNames = fields;
        FieldIsOptional = optional;
        HasLocation = hasLocation;
    }

    /// <summary>The class name (<c>BinOp</c>, <c>arguments</c>, ...).</summary>
    public string Name { get; }

    /// <summary>The <c>_fields</c>, in order.</summary>
    public IReadOnlyList<string> FieldNames { get; }

    /// <summary>For each field, whether the ASDL marks it optional (<c>ast.dump</c> omits it when None).</summary>
    public IReadOnlyList<bool> FieldIsOptional { get; }

    /// <summary>True when the class has the position attributes (lineno, col_offset, end_lineno, end_col_offset).</summary>
    public bool HasLocation { get; }

    /// <summary>Every CPython 3.11 ast class this view produces, by name.</summary>
    public static IReadOnlyDictionary<string, AstNodeType> All => s_types;

    /// <summary>The type with the given class name.</summary>
    public static AstNodeType Get(string name) =>
        s_types.TryGetValue(name, out var type) ? type : throw new ArgumentException($"Unknown ast class '{name}'.", nameof(name));

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static Dictionary<string, AstNodeType> Build()
    {
        var result = new Dictionary<string, AstNodeType>(StringComparer.Ordinal);
        foreach (var rawLine in Table.Split('\n'))
        {
            var parts = rawLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            var hasLocation = parts[^1] == "@";
            var count = parts.Length - 1 - (hasLocation ? 1 : 0);
            var names = new string[count];
            var optional = new bool[count];
            for (var i = 0; i < count; i++)
            {
                var field = parts[i + 1];
                optional[i] = field.EndsWith('?');
                names[i] = field.TrimEnd('?', '*');
            }
            result.Add(parts[0], new AstNodeType(parts[0], names, optional, hasLocation));
        }
        return result;
    }
}
