using PythonAot.Compiler.Semantics.IR;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Emit.Cpp;

internal sealed partial class CppFunctionWriter
{
    /// <summary>
    /// The loops and finally blocks around the statement being written, innermost last: a break, continue or
    /// return that leaves a try with a finally goes through the finally's code first (CPython runs it too).
    /// A flow expression's lambda starts a fresh stack: jumps never cross it.
    /// </summary>
    private List<JumpScope> _jumps = [];

    private abstract class JumpScope;

    /// <summary>A loop; <see cref="BreakLabel"/> is set when it has an else block (a break must skip it).</summary>
    private sealed class LoopScope(string? breakLabel) : JumpScope
    {
        public string? BreakLabel { get; } = breakLabel;
        public bool BreakLabelUsed { get; set; }
    }

    /// <summary>A try with a finally block: jumps record why they left in <see cref="ExitVariable"/> and go to <see cref="Label"/>.</summary>
    private sealed class FinallyScope(string label, string exitVariable, string returnVariable) : JumpScope
    {
        public string Label { get; } = label;
        public string ExitVariable { get; } = exitVariable;
        public string ReturnVariable { get; } = returnVariable;
        public bool Returns { get; set; }
        public bool Breaks { get; set; }
        public bool Continues { get; set; }
    }

    /// <summary>How many except handlers enclose the statement being written.</summary>
    private int _handlerDepth;

    private const int ExitReturn = 1, ExitBreak = 2, ExitContinue = 3;

    private void WriteBlockStatements(IrBlock block)
    {
        foreach (var statement in block.Statements) WriteStatement(statement);
    }

    private void WriteLineDirective(IrNode node)
    {
        if (node.Location is not { } location) return;
        var directive = $"#line {location.Line} {CppLiterals.Quote(_module.SourcePath)}\n";
        // Two statements of one line with nothing written between them need one directive.
        if (_out.Text.Length >= directive.Length && _out.Text.ToString(_out.Text.Length - directive.Length, directive.Length) == directive) return;
        _out.RawLine($"#line {location.Line} {CppLiterals.Quote(_module.SourcePath)}");
        _lastLine = location.Line;
    }

    private void WriteStatement(IrStatement statement)
    {
        if (statement is not IrBlock) WriteLineDirective(statement);
        switch (statement)
        {
            case IrBlock block:
                _out.Open("");
                WriteBlockStatements(block);
                _out.Close();
                break;
            case IrAssign assign:
                WriteAssign(assign);
                break;
            case IrEvaluate evaluate:
                if (evaluate.Expression is IrFlowExpression flow)
                {
                    WriteBlockStatements(flow.Body);
                    _out.Line(Discard(flow.Result) + ";");
                }
                else
                {
                    _out.Line(Discard(evaluate.Expression) + ";");
                }
                break;
            case IrStoreField store:
                _out.Line($"{Expr(store.Instance)}->{CppNames.Field(store.Field)} = {Expr(store.Value)};");
                break;
            case IrIf irIf:
                WriteIf(irIf, isElif: false);
                break;
            case IrWhile loop:
                WriteWhile(loop);
                break;
            case IrFor loop:
                WriteFor(loop);
                break;
            case IrTry irTry:
                WriteTry(irTry);
                break;
            case IrReturn irReturn:
                WriteReturn(irReturn);
                break;
            case IrRaise raise:
                WriteRaise(raise);
                break;
            case IrBreak:
                WriteBreakOrContinue(isBreak: true, _jumps.Count - 1);
                break;
            case IrContinue:
                WriteBreakOrContinue(isBreak: false, _jumps.Count - 1);
                break;
            case IrYield yield:
                if (!IsGenerator) throw NotSupported(statement, "a yield outside a generator");
                // C++ forbids co_yield inside a catch handler (the handler's exception object lives in its frame).
                if (_handlerDepth > 0) throw NotSupported(statement, "a yield inside an except clause");
                if (yield.Value is null or IrLoad or IrConstant)
                {
                    _out.Line(yield.Value is null ? "co_yield pyaot::none;" : $"co_yield {Expr(yield.Value)};");
                }
                else
                {
                    // g++ 12 mishandles temporaries inside a co_yield operand (a conditional's result is destroyed
                    // twice): the value is named first.
                    var yielded = Fresh("yielded");
                    _out.Line($"{{ auto {yielded} = {Expr(yield.Value)}; co_yield std::move({yielded}); }}");
                }
                if (yield.Result is not null) _out.Line($"{VariableRef(yield.Result)} = pyaot::none;  // nothing is ever sent");
                break;
            case IrUnpack unpack:
                WriteUnpack(unpack);
                break;
            case IrDelete delete:
                // `del x` unbinds; accepted programs never read x again before rebinding it, so releasing the value is enough.
                _out.Line($"{VariableRef(delete.Variable)} = {TypeOf(delete.Variable.Type)}{{}};  // del");
                break;
            default:
                throw NotSupported(statement, $"the statement {statement.NodeKind}");
        }
    }

    private void WriteAssign(IrAssign assign)
    {
        if (assign.Value is IrFlowExpression flow)
        {
            // A comprehension assigned to a variable: its loop runs as plain statements before the assignment.
            WriteBlockStatements(flow.Body);
            WriteAssignValue(assign, Expr(flow.Result));
            return;
        }
        WriteAssignValue(assign, _borrowed.Contains(assign.Target) ? BorrowedItem((IrCall)assign.Value) : Expr(assign.Value));
    }

    /// <summary>A borrowed local's <c>xs[i]</c>: the address of the object the list item refers to, no handle copied.</summary>
    private string BorrowedItem(IrCall read)
    {
        var name = IsProvenListItem(read) ? "pyaot::ops::list_getitem_ref_unchecked" : "pyaot::ops::list_getitem_ref";
        return $"{name}({Expr(read.Arguments[0])}, {Expr(read.Arguments[1])}).get()";
    }

    private void WriteAssignValue(IrAssign assign, string value)
    {
        if (_declaringAssignments.Contains(assign)) _out.Line($"{LocalType(assign.Target)} {_names[assign.Target]} = {value};");
        else _out.Line($"{VariableRef(assign.Target)} = {value};");
    }

    private void WriteIf(IrIf irIf, bool isElif)
    {
        _out.Open($"{(isElif ? "} else " : "")}if ({Condition(irIf.Condition)})");
        WriteBlockStatements(irIf.Then);
        // elif chains arrive as an else block holding a single if: keep them flat.
        if (irIf.Else.Statements is [IrIf nested])
        {
            _out.Close(suffix: "");
            RemoveLastClose();
            WriteLineDirective(nested);
            WriteIf(nested, isElif: true);
            return;
        }
        if (irIf.Else.Statements.Count > 0)
        {
            _out.Close();
            RemoveLastClose();
            _out.Open("} else");
            WriteBlockStatements(irIf.Else);
        }
        _out.Close();
    }

    /// <summary>Takes back the <c>}</c> line just written, so <c>} else {</c> can take its place.</summary>
    private void RemoveLastClose()
    {
        var text = _out.Text;
        var end = text.Length - 1;  // the newline after '}'
        var start = end;
        while (start > 0 && text[start - 1] != '\n') start--;
        text.Remove(start, text.Length - start);
    }

    private void WriteWhile(IrWhile loop)
    {
        var scope = new LoopScope(loop.Else.Statements.Count > 0 ? Fresh("loop_break") : null);
        _out.Open($"while ({Condition(loop.Condition)})");
        WriteLoopBody(scope, loop.Body);
        _out.Close();
        WriteLoopElse(scope, loop.Else);
    }

    private void WriteLoopBody(LoopScope scope, IrBlock body)
    {
        _jumps.Add(scope);
        WriteBlockStatements(body);
        _jumps.RemoveAt(_jumps.Count - 1);
    }

    /// <summary>The else block of a loop runs when the loop ends without break; a break jumps past it.</summary>
    private void WriteLoopElse(LoopScope scope, IrBlock @else)
    {
        if (@else.Statements.Count == 0) return;
        _out.Open("");
        WriteBlockStatements(@else);
        _out.Close();
        if (scope.BreakLabelUsed) _out.RawLine($"{scope.BreakLabel}:;");
    }

    private void WriteFor(IrFor loop)
    {
        var scope = new LoopScope(loop.Else.Statements.Count > 0 ? Fresh("loop_break") : null);
        switch (loop.ForKind)
        {
            case IrForKind.Range:
                WriteRangeFor(loop, scope);
                break;
            case IrForKind.Sequence when loop.Iterable!.Type is ListType:
                WriteListFor(loop, scope);
                break;
            default:
                WriteIteratorFor(loop, scope);
                break;
        }
        WriteLoopElse(scope, loop.Else);
    }

    /// <summary>
    /// <c>for i in range(start, stop, step)</c> as a counted loop over a separate counter (assigning the loop
    /// variable in the body never changes the iteration), with Python's bounds: the step's sign picks the test,
    /// and the increment stops instead of overflowing past int64.
    /// </summary>
    private void WriteRangeFor(IrFor loop, LoopScope scope)
    {
        var bounds = new[] { loop.Start!, loop.Stop!, loop.Step! };
        var hoists = bounds.Select(b => !IsLoopInvariant(b, loop.Body)).ToArray();
        // Python evaluates start, stop, step once, in order: hoisting one forces hoisting the ones before it.
        for (var i = hoists.Length - 2; i >= 0; i--) hoists[i] |= hoists[i + 1] && bounds[i] is not IrConstant;
        var braces = hoists.Any(h => h);
        if (braces) _out.Open("");
        var start = Bound(loop.Start!, hoists[0], "start");
        var stop = Bound(loop.Stop!, hoists[1], "stop");
        var counter = Fresh("i");
        string header;
        if (loop.Step is IrConstant { Value: long step } && step != 0)
        {
            var test = step > 0 ? $"{counter} < {stop}" : $"{counter} > {stop}";
            var increment = step switch
            {
                1 => $"++{counter}",
                -1 => $"--{counter}",
                // The counter is within (start, stop) before the step, so only the last step can overflow: end there.
                _ => $"{counter} = __builtin_add_overflow({counter}, {CppLiterals.Int(step)}, &{counter}) ? {stop} : {counter}",
            };
            header = $"for (pyaot::Int {counter} = {start}; {test}; {increment})";
        }
        else
        {
            var stepValue = Bound(loop.Step!, hoists[2], "step");
            _out.Line($"if ({stepValue} == 0) pyaot::raise<pyaot::ValueError>(\"range() arg 3 must not be zero\");");
            header = $"for (pyaot::Int {counter} = {start}; {stepValue} > 0 ? {counter} < {stop} : {counter} > {stop}; " +
                     $"{counter} = __builtin_add_overflow({counter}, {stepValue}, &{counter}) ? {stop} : {counter})";
        }
        _out.Open(header);
        WriteBind(loop.Target, counter);
        WriteLoopBody(scope, loop.Body);
        _out.Close();
        if (braces) _out.Close();
    }

    /// <summary>Whether a bound can be written in the loop header: a constant, or a variable the loop never assigns.</summary>
    private bool IsLoopInvariant(IrExpression value, IrBlock body) =>
        value is IrConstant || (value is IrLoad { Variable: var variable } && variable.Kind != IrVariableKind.Global && !_module.Cells.Contains(variable) && !AssignsIn(body, variable));

    private string Bound(IrExpression value, bool hoist, string name)
    {
        if (!hoist) return value is IrConstant { Value: long n } ? CppLiterals.Int(n) : Expr(value);
        var local = Fresh(name);
        _out.Line($"const {TypeOf(value.Type)} {local} = {Expr(value)};");
        return local;
    }

    private static bool AssignsIn(IrBlock block, IrVariable variable) => IrVariableUses.Collect(block).Written.Contains(variable);

    /// <summary>
    /// A list loop by index, reading the length before each step as CPython's list iterator does (the body may append).
    /// The item is read without a bounds check: the loop test compared the index with the length just before.
    /// </summary>
    private void WriteListFor(IrFor loop, LoopScope scope)
    {
        var braces = NeedsIterableCopy(loop);
        if (braces) _out.Open("");
        var sequence = IterableHandle(loop);
        var index = Fresh("k");
        _out.Open($"for (pyaot::Int {index} = 0; {index} < pyaot::ops::builtins_len({sequence}); ++{index})");
        var borrowed = loop.Target.Variable is { } target && _borrowed.Contains(target);
        WriteBind(loop.Target, borrowed ? $"pyaot::ops::list_getitem_ref_unchecked({sequence}, {index}).get()" : $"pyaot::ops::list_getitem_unchecked({sequence}, {index})");
        WriteLoopBody(scope, loop.Body);
        _out.Close();
        if (braces) _out.Close();
    }

    /// <summary>Whether the loop needs its own copy of the iterated handle (anything but a local the body never rebinds).</summary>
    private bool NeedsIterableCopy(IrFor loop) =>
        loop.Iterable is not IrLoad { Variable: var variable } || variable.Kind == IrVariableKind.Global || _module.Cells.Contains(variable) || AssignsIn(loop.Body, variable);

    /// <summary>The iterated value, evaluated once: a copy of the handle, since the body may rebind the variable it came from.</summary>
    private string IterableHandle(IrFor loop)
    {
        var iterable = loop.Iterable!;
        if (iterable is IrFlowExpression flow)
        {
            WriteBlockStatements(flow.Body);
            iterable = flow.Result;
        }
        if (iterable is IrLoad { Variable: var variable } && variable.Kind != IrVariableKind.Global && !_module.Cells.Contains(variable) && !AssignsIn(loop.Body, variable))
            return Expr(iterable);
        var local = Fresh("seq");
        _out.Line($"const {TypeOf(iterable.Type)} {local} = {Expr(iterable)};");
        return local;
    }

    /// <summary>Every other iterable through C++ range-for (the runtime's iterables all support it).</summary>
    private void WriteIteratorFor(IrFor loop, LoopScope scope)
    {
        _out.Open("");
        string iterable;
        if (loop.Iterable!.Type is TupleType { IsVariadic: false } tuple)
        {
            // A fixed tuple of equal element types: iterate its elements as an initializer list.
            var handle = IterableHandle(loop);
            var elementType = TypeOf(tuple.Elements.Count > 0 ? tuple.Elements[0] : PyType.None);
            iterable = $"std::initializer_list<{elementType}>{{{string.Join(", ", Enumerable.Range(0, tuple.Elements.Count).Select(i => $"std::get<{i}>({handle})"))}}}";
        }
        else
        {
            iterable = loop.Iterable is IrLoad ? IterableHandle(loop) : Expr(loop.Iterable);
        }
        var item = Fresh("item");
        _out.Open($"for (auto&& {item} : {iterable})");
        WriteBind(loop.Target, item);
        WriteLoopBody(scope, loop.Body);
        _out.Close();
        _out.Close();
    }

    private void WriteBreakOrContinue(bool isBreak, int from)
    {
        for (var i = from; i >= 0; i--)
        {
            switch (_jumps[i])
            {
                case LoopScope loop:
                    if (isBreak && loop.BreakLabel is not null)
                    {
                        loop.BreakLabelUsed = true;
                        _out.Line($"goto {loop.BreakLabel};");
                    }
                    else
                    {
                        _out.Line(isBreak ? "break;" : "continue;");
                    }
                    return;
                case FinallyScope final:
                    if (isBreak) final.Breaks = true;
                    else final.Continues = true;
                    _out.Line($"{final.ExitVariable} = {(isBreak ? ExitBreak : ExitContinue)};");
                    _out.Line($"goto {final.Label};");
                    return;
            }
        }
        throw NotSupported(null, isBreak ? "a break outside a loop" : "a continue outside a loop");
    }

    private void WriteReturn(IrReturn irReturn)
    {
        if (irReturn.Value is IrFlowExpression flow)
        {
            WriteBlockStatements(flow.Body);
            WriteReturnValue(flow.Result, _jumps.Count - 1);
            return;
        }
        WriteReturnValue(irReturn.Value, _jumps.Count - 1);
    }

    /// <summary>Returns <paramref name="value"/>, through the finally blocks between here and the function's end.</summary>
    private void WriteReturnValue(IrExpression? value, int from)
    {
        var final = Enumerable.Range(0, from + 1).Reverse().Select(i => _jumps[i]).OfType<FinallyScope>().FirstOrDefault();
        if (final is null)
        {
            if (IsGenerator)
            {
                if (value is not null and not IrConstant) _out.Line(Discard(value) + ";");
                _out.Line("co_return;");
            }
            else if (ReturnsVoid)
            {
                if (value is not null and not IrConstant) _out.Line(Discard(value) + ";");
                _out.Line("return;");
            }
            else
            {
                _out.Line($"return {Expr(value!)};");
            }
            return;
        }
        final.Returns = true;
        if (value is not null && !IsGenerator && !ReturnsVoid) _out.Line($"{final.ReturnVariable} = {Expr(value)};");
        else if (value is not null and not IrConstant) _out.Line(Discard(value) + ";");
        _out.Line($"{final.ExitVariable} = {ExitReturn};");
        _out.Line($"goto {final.Label};");
    }

    /// <summary>The value a return stores while a finally block runs.</summary>
    private void WriteReturnStored(FinallyScope final, int from)
    {
        if (IsGenerator || ReturnsVoid) WriteReturnValue(null, from);
        else WriteReturnValueText($"std::move(*{final.ReturnVariable})", from);
    }

    private void WriteReturnValueText(string value, int from)
    {
        var outer = Enumerable.Range(0, from + 1).Reverse().Select(i => _jumps[i]).OfType<FinallyScope>().FirstOrDefault();
        if (outer is null)
        {
            _out.Line($"return {value};");
            return;
        }
        outer.Returns = true;
        _out.Line($"{outer.ReturnVariable} = {value};");
        _out.Line($"{outer.ExitVariable} = {ExitReturn};");
        _out.Line($"goto {outer.Label};");
    }

    private void WriteRaise(IrRaise raise)
    {
        if (raise.Exception is null)
        {
            _out.Line("pyaot::reraise();  // re-raise the exception being handled");
            return;
        }
        if (raise.Cause is not null and not IrConstant) _out.Line($"(void){Expr(raise.Cause)};  // the cause only shows in a traceback");
        _out.Line($"pyaot::raise_instance({Expr(raise.Exception)});");
    }

    /// <summary>
    /// try/except/else as C++ try/catch over pyaot::PyException, testing the handlers' classes in order and
    /// re-throwing when none matches; a finally block runs on every way out: the body's exception is parked
    /// while it runs, and return/break/continue inside reach it through a goto.
    /// </summary>
    private void WriteTry(IrTry irTry)
    {
        if (irTry.Finally.Statements.Count == 0)
        {
            WriteTryExcept(irTry);
            return;
        }
        _out.Open("");
        var declarations = _out.Text.Length;
        var final = new FinallyScope(Fresh("finally"), Fresh("exit"), Fresh("returned"));
        var pending = Fresh("pending");
        _out.Line($"std::exception_ptr {pending};");
        _out.Open("try");
        _jumps.Add(final);
        WriteTryExcept(irTry);
        _jumps.RemoveAt(_jumps.Count - 1);
        _out.Close();
        RemoveLastClose();
        _out.Open("} catch (...)");
        _out.Line($"{pending} = std::current_exception();");
        _out.Close();
        var jumps = final.Returns || final.Breaks || final.Continues;
        if (jumps) _out.RawLine($"{final.Label}:");
        WriteBlockStatements(irTry.Finally);
        _out.Line($"if ({pending}) std::rethrow_exception({pending});");
        var from = _jumps.Count - 1;
        if (final.Returns)
        {
            _out.Open($"if ({final.ExitVariable} == {ExitReturn})");
            WriteReturnStored(final, from);
            _out.Close();
        }
        if (final.Breaks)
        {
            _out.Open($"if ({final.ExitVariable} == {ExitBreak})");
            WriteBreakOrContinue(isBreak: true, from);
            _out.Close();
        }
        if (final.Continues)
        {
            _out.Open($"if ({final.ExitVariable} == {ExitContinue})");
            WriteBreakOrContinue(isBreak: false, from);
            _out.Close();
        }
        if (final.Returns && !IsGenerator && !ReturnsVoid)
            _out.InsertLine(declarations, $"std::optional<{TypeOf(_function.ReturnType)}> {final.ReturnVariable};");
        if (jumps) _out.InsertLine(declarations, $"int {final.ExitVariable} = 0;  // how the try block was left");
        _out.Close();
    }

    private void WriteTryExcept(IrTry irTry)
    {
        if (irTry.Handlers.Count == 0)
        {
            WriteBlockStatements(irTry.Body);
            WriteBlockStatements(irTry.Else);
            return;
        }
        var hasElse = irTry.Else.Statements.Count > 0;
        string? completed = null;
        if (hasElse)
        {
            completed = Fresh("completed");
            _out.Line($"bool {completed} = false;");
        }
        _out.Open("try");
        WriteBlockStatements(irTry.Body);
        if (completed is not null) _out.Line($"{completed} = true;");
        _out.Close();
        RemoveLastClose();
        var exception = Fresh("ex");
        _out.Open($"}} catch (pyaot::PyException& {exception})");
        var catchesAll = false;
        for (var i = 0; i < irTry.Handlers.Count; i++)
        {
            var handler = irTry.Handlers[i];
            var classes = handler.ExceptionClasses;
            var isCatchAll = classes.Count == 0 || classes.Any(c => c.IsBuiltin && c.Name == "BaseException");
            var test = isCatchAll ? null : string.Join(" || ", classes.Select(c => $"{exception}.is<{CppNames.Class(c)}>()"));
            if (i > 0)
            {
                // Take back the previous clause's `}`: the next one opens with `} else if (...) {`.
                _out.Close();
                RemoveLastClose();
            }
            if (test is null) _out.Open(i == 0 ? "" : "} else");
            else _out.Open(i == 0 ? $"if ({test})" : $"}} else if ({test})");
            WriteLineDirective(handler);
            if (handler.Variable is { } variable)
            {
                if (variable.Type is not ClassType classType) throw NotSupported(handler, "an except clause binding several exception classes to one name");
                _out.Line($"{VariableRef(variable)} = {exception}.as<{CppNames.Class(classType.Class)}>();");
            }
            _handlerDepth++;
            WriteBlockStatements(handler.Body);
            _handlerDepth--;
            if (isCatchAll)
            {
                catchesAll = true;
                break;
            }
        }
        _out.Close();
        if (!catchesAll)
        {
            RemoveLastClose();
            _out.Open("} else");
            _out.Line("throw;");
            _out.Close();
        }
        _out.Close();
        if (completed is not null)
        {
            _out.Open($"if ({completed})");
            WriteBlockStatements(irTry.Else);
            _out.Close();
        }
    }

    private void WriteUnpack(IrUnpack unpack)
    {
        var target = unpack.Target;
        if (unpack.Value is IrBuild { BuildKind: IrBuildKind.Tuple } build && target.Elements is { } elements
            && elements.Count == build.Elements.Count && elements.All(e => e.Variable is not null && !e.IsStarred))
        {
            // `a, b = b, a + b`: every value first, then every store (the values may read the targets).
            if (elements.Count == 1)
            {
                WriteBind(elements[0], Expr(build.Elements[0]));
                return;
            }
            var targets = elements.Select(e => e.Variable!).ToHashSet();
            if (!build.Elements.Any(e => ReadsAny(e, targets)))
            {
                // No value reads a target: plain assignments in order say the same.
                for (var i = 0; i < elements.Count; i++) WriteBind(elements[i], Expr(build.Elements[i]));
                return;
            }
            _out.Open("");
            var values = build.Elements.Select(e => (Name: Fresh("v"), Value: e)).ToList();
            foreach (var (name, element) in values) _out.Line($"{TypeOf(element.Type)} {name} = {Expr(element)};");
            for (var i = 0; i < elements.Count; i++) WriteBind(elements[i], $"std::move({values[i].Name})");
            _out.Close();
            return;
        }
        _out.Open("");
        var value = unpack.Value is IrFlowExpression flow ? FlowInline(flow) : Expr(unpack.Value);
        WriteBind(target, value, unpack.Value.Type);
        _out.Close();
    }

    private bool ReadsAny(IrExpression expression, HashSet<IrVariable> variables)
    {
        var finder = new LoadFinder(variables, _module.Cells);
        finder.Visit(expression);
        return finder.Found;
    }

    /// <summary>Finds loads of given variables, or of any cell (a call could change those).</summary>
    private sealed class LoadFinder(HashSet<IrVariable> variables, HashSet<IrVariable> cells) : IrVisitor
    {
        public bool Found { get; private set; }

        public override void VisitLoad(IrLoad node) => Found |= variables.Contains(node.Variable) || cells.Contains(node.Variable);

        public override void VisitCallFunction(IrCallFunction node)
        {
            Found |= variables.Any(v => v.Kind == IrVariableKind.Global || cells.Contains(v));
            base.VisitCallFunction(node);
        }
    }

    private string FlowInline(IrFlowExpression flow)
    {
        WriteBlockStatements(flow.Body);
        return Expr(flow.Result);
    }

    /// <summary>Binds a loop or unpacking target to the value text <paramref name="value"/> (evaluated once).</summary>
    private void WriteBind(IrTarget target, string value, PyType? valueType = null)
    {
        if (target.Variable is { } variable)
        {
            _out.Line($"{VariableRef(variable)} = {value};");
            return;
        }
        valueType ??= target.Type;
        var elements = target.Elements!;
        var holder = Fresh("unpacked");
        if (valueType is TupleType { IsVariadic: false } tuple && elements.All(e => !e.IsStarred))
        {
            if (tuple.Elements.Count != elements.Count) throw NotSupported(null, "unpacking a tuple into a pattern of another length");
            _out.Line($"const auto& {holder} = {value};");
            for (var i = 0; i < elements.Count; i++) WriteBind(elements[i], $"std::get<{i}>({holder})", tuple.Elements[i]);
            return;
        }
        var elementType = TypeFacts.GetIterationType(valueType) ?? throw NotSupported(null, $"unpacking a value of type {valueType.DisplayName}");
        var starred = elements.ToList().FindIndex(e => e.IsStarred);
        if (starred < 0)
        {
            // The runtime checks the length with CPython's messages and hands back the elements in an array.
            _out.Line($"const auto {holder} = pyaot::unpack<{elements.Count}>({value});");
            for (var i = 0; i < elements.Count; i++) WriteBind(elements[i], $"{holder}[{i}]", elementType);
            return;
        }
        var after = elements.Count - starred - 1;
        _out.Line($"const auto {holder} = pyaot::unpack_starred<{starred}, {after}>({value});");
        for (var i = 0; i < starred; i++) WriteBind(elements[i], $"std::get<0>({holder})[{i}]", elementType);
        WriteBind(elements[starred], $"std::get<1>({holder})", new ListType(elementType));
        for (var i = 0; i < after; i++) WriteBind(elements[starred + 1 + i], $"std::get<2>({holder})[{i}]", elementType);
    }

    private CppEmitException NotSupported(IrNode? node, string construct) =>
        new(CppDiagnosticDescriptors.NotSupported, node?.Location ?? _function.Location, construct);
}
