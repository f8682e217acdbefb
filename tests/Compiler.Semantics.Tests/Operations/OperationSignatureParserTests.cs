using PythonAot.Compiler.Semantics.Operations;
using PythonAot.Compiler.Semantics.Symbols;
using PythonAot.Compiler.Semantics.Types;

namespace PythonAot.Compiler.Semantics.Tests.Operations;

public class OperationSignatureParserTests
{
    [Test]
    public void PositionalOnly_MarksEverythingBeforeTheSlash()
    {
        var s = OperationSignatureParser.Parse("(self: list[T], item: T, /) -> None");
        Assert.That(s.Parameters.Select(p => p.Kind), Is.EqualTo(new[] { ParameterKind.PositionalOnly, ParameterKind.PositionalOnly }));
        Assert.That(s.Parameters[0].Type, Is.EqualTo(new ListType(new TypeParameter("T"))));
        Assert.That(s.ReturnType, Is.EqualTo(PyType.None));
    }

    [Test]
    public void Slash_InTheMiddle_LeavesLaterParametersPositionalOrKeyword()
    {
        var s = OperationSignatureParser.Parse("(iterable: Iterator[T], /, start: int = ...) -> int");
        Assert.That(s.Parameters[0].Kind, Is.EqualTo(ParameterKind.PositionalOnly));
        Assert.That(s.Parameters[1].Kind, Is.EqualTo(ParameterKind.PositionalOrKeyword));
        Assert.That(s.Parameters[1].IsOptional, Is.True);
        Assert.That(s.RequiredCount, Is.EqualTo(1));
    }

    [Test]
    public void BareStar_MakesTheRestKeywordOnly()
    {
        var s = OperationSignatureParser.Parse("(iterable: Iterator[T], /, *, key: Callable[[T], K] = ..., reverse: bool = ...) -> list[T]");
        Assert.That(s.Parameters.Select(p => p.Name), Is.EqualTo(new[] { "iterable", "key", "reverse" }));
        Assert.That(s.Parameters[1].Kind, Is.EqualTo(ParameterKind.KeywordOnly));
        Assert.That(s.Parameters[2].Kind, Is.EqualTo(ParameterKind.KeywordOnly));
        Assert.That(s.Parameters[1].Type, Is.EqualTo(new CallableType([new TypeParameter("T")], new TypeParameter("K"))));
    }

    [Test]
    public void VarPositional_IsFollowedByKeywordOnly()
    {
        var s = OperationSignatureParser.Parse("(*objects: object, sep: str = ..., end: str = ...) -> None");
        Assert.That(s.Parameters[0].Kind, Is.EqualTo(ParameterKind.VarPositional));
        Assert.That(s.Parameters[0].Type, Is.EqualTo(PyType.Object));
        Assert.That(s.Parameters[1].Kind, Is.EqualTo(ParameterKind.KeywordOnly));
        Assert.That(s.RequiredCount, Is.EqualTo(0));
    }

    [Test]
    public void TypeParameters_AreListedInOrderOfFirstMention()
    {
        var s = OperationSignatureParser.Parse("(function: Callable[[T1, T2], U], iter1: Iterator[T1], iter2: Iterator[T2], /) -> Iterator[U]");
        Assert.That(s.TypeParameters.Select(p => p.Name), Is.EqualTo(new[] { "T1", "T2", "U" }));
        Assert.That(s.IsGeneric, Is.True);
    }

    [TestCase("T", true)]
    [TestCase("K", true)]
    [TestCase("T1", true)]
    [TestCase("T12", true)]
    [TestCase("Tensor", false)]
    [TestCase("t", false)]
    [TestCase("TT", false)]
    [TestCase("", false)]
    public void IsTypeParameterName(string name, bool expected) =>
        Assert.That(OperationSignatureParser.IsTypeParameterName(name), Is.EqualTo(expected));

    [Test]
    public void Unions_OptionalAndVariadicTuples()
    {
        var s = OperationSignatureParser.Parse("(a: int | None, b: Optional[str], c: tuple[str, ...], d: tuple[()]) -> V | T");
        Assert.That(s.Parameters[0].Type, Is.EqualTo(PyType.Optional(PyType.Int)));
        Assert.That(s.Parameters[1].Type, Is.EqualTo(PyType.Optional(PyType.Str)));
        Assert.That(s.Parameters[2].Type, Is.EqualTo(TupleType.Variadic(PyType.Str)));
        Assert.That(s.Parameters[3].Type, Is.EqualTo(new TupleType([])));
        Assert.That(s.ReturnType.DisplayName, Is.EqualTo("V | T"));
    }

    [Test]
    public void NamedTypes_ResolveThroughTheCallback()
    {
        var image = new NativeType("Image");
        var s = OperationSignatureParser.Parse("(image: Image, width: int) -> Image", n => n == "Image" ? image : null);
        Assert.That(s.Parameters[0].Type, Is.SameAs(image));
    }

    [Test]
    public void ShortString_IsTheCompactForm()
    {
        var s = OperationSignatureParser.Parse("(iterable: Iterator[T], /, *, key: Callable[[T], K] = ...) -> list[T]");
        Assert.That(s.ToShortString(), Is.EqualTo("(Iterator[T], key=Callable[[T], K]) -> list[T]"));
    }

    [TestCase("(a: int, b: int)", "must look like")]
    [TestCase("(a, b: int) -> int", "every parameter needs a name and a type")]
    [TestCase("(a: int) -> Imagez", "unknown type 'Imagez'")]
    [TestCase("(a: list) -> int", "needs type arguments")]
    [TestCase("(a: int -> int", "signature")]
    [TestCase("(a: dict[int]) -> int", "key and a value type")]
    public void Errors_ThrowFormatExceptionNamingTheSignature(string text, string message)
    {
        var e = Assert.Throws<FormatException>(() => OperationSignatureParser.Parse(text));
        Assert.That(e!.Message, Does.Contain(message));
        Assert.That(e.Message, Does.Contain("signature '" + text + "'").Or.Contain(text));
    }
}
