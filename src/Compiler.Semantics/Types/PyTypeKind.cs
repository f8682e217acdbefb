namespace PythonAot.Compiler.Semantics.Types;

/// <summary>What kind of <see cref="PyType"/> a type is.</summary>
public enum PyTypeKind
{
    /// <summary>int, float, bool, str, bytes, None, range, slice, object, Tensor (<see cref="PrimitiveType"/>).</summary>
    Primitive,
    /// <summary>list[T].</summary>
    List,
    /// <summary>dict[K, V].</summary>
    Dict,
    /// <summary>set[T].</summary>
    Set,
    /// <summary>dict_keys[K, V]: what <c>d.keys()</c> returns (<see cref="DictKeysType"/>).</summary>
    DictKeys,
    /// <summary>dict_values[K, V]: what <c>d.values()</c> returns (<see cref="DictValuesType"/>).</summary>
    DictValues,
    /// <summary>dict_items[K, V]: what <c>d.items()</c> returns (<see cref="DictItemsType"/>).</summary>
    DictItems,
    /// <summary>tuple[A, B, ...] or tuple[T, ...].</summary>
    Tuple,
    /// <summary>A | B (Optional[T] is T | None).</summary>
    Union,
    /// <summary>Callable[[A, B], R].</summary>
    Callable,
    /// <summary>Iterator[T] (also what enumerate, zip, map, filter, reversed and iter return).</summary>
    Iterator,
    /// <summary>Iterable[T]: any iterable value, iterated afresh each time (<see cref="IterableType"/>).</summary>
    Iterable,
    /// <summary>Generator[Y, S, R].</summary>
    Generator,
    /// <summary>An instance of a user or builtin class.</summary>
    Class,
    /// <summary>A class object itself (type[C]): what the name of a class refers to.</summary>
    ClassObject,
    /// <summary>A module object (the name bound by <c>import math</c>).</summary>
    Module,
    /// <summary>A user function referred to by name (its type is fixed per call site when it has no annotations).</summary>
    Function,
    /// <summary>A builtin function or method referred to as a value (<c>key=len</c>).</summary>
    Operation,
    /// <summary>A generic parameter of an op-library signature (T, K, V).</summary>
    TypeParameter,
    /// <summary>An inference variable not fixed yet.</summary>
    TypeVariable,
    /// <summary>An opaque type of a user-registered native library (<see cref="NativeType"/>).</summary>
    Native,
    /// <summary>The type of an expression whose type could not be determined (a diagnostic was reported).</summary>
    Error,
}
