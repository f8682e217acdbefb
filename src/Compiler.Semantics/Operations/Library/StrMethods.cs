namespace PythonAot.Compiler.Semantics.Operations.Library;

/// <summary>The methods of str (<c>str.join</c>, <c>str.split</c>, ...): str is immutable, so all of them are pure.</summary>
internal static class StrMethods
{
    private const OperationKind M = OperationKind.Method;

    public static void Register(OperationLibraryBuilder b)
    {
        b.Add("str.join", M, "(self: str, iterable: Iterator[str], /) -> str", documentation: "the strings of the iterable with self between them");
        b.Add("str.split", M, "(self: str, /, sep: str | None = ..., maxsplit: int = ...) -> list[str]", raises: ["ValueError"], documentation: "the parts between separators (runs of whitespace when sep is None); ValueError for an empty sep");
        b.Add("str.rsplit", M, "(self: str, /, sep: str | None = ..., maxsplit: int = ...) -> list[str]", raises: ["ValueError"], documentation: "as split, but maxsplit counts from the right");
        b.Add("str.splitlines", M, "(self: str, /, keepends: bool = ...) -> list[str]", documentation: "the lines (at \\n, \\r\\n, \\r and the other Unicode line boundaries)");
        foreach (var (name, where) in new[] { ("strip", "both ends"), ("lstrip", "the start"), ("rstrip", "the end") })
            b.Add("str." + name, M, "(self: str, chars: str | None = ..., /) -> str", documentation: $"without the given characters (whitespace by default) at {where}");
        foreach (var (name, what) in new[]
                 {
                     ("upper", "upper-cased"), ("lower", "lower-cased"), ("casefold", "case-folded for caseless comparison"),
                     ("title", "with each word's first letter upper-cased and the rest lower-cased"), ("capitalize", "with the first character upper-cased and the rest lower-cased"),
                     ("swapcase", "with the case of each letter swapped"),
                 })
            b.Add("str." + name, M, "(self: str, /) -> str", documentation: $"a copy {what} (full Unicode case mapping)");
        b.Add("str.replace", M, "(self: str, old: str, new: str, count: int = ..., /) -> str", documentation: "every (or the first count) occurrence of old replaced by new");
        foreach (var (name, what) in new[] { ("startswith", "starts"), ("endswith", "ends") })
        {
            b.Add("str." + name, M, $"(self: str, {(name == "startswith" ? "prefix" : "suffix")}: str, start: int | None = ..., end: int | None = ..., /) -> bool", documentation: $"whether self[start:end] {what} with the string");
            b.Add("str." + name, M, $"(self: str, {(name == "startswith" ? "prefix" : "suffix")}: tuple[str, ...], start: int | None = ..., end: int | None = ..., /) -> bool", documentation: $"whether self[start:end] {what} with one of the strings");
        }
        b.Add("str.find", M, "(self: str, sub: str, start: int | None = ..., end: int | None = ..., /) -> int", documentation: "the lowest index of sub in self[start:end], or -1");
        b.Add("str.rfind", M, "(self: str, sub: str, start: int | None = ..., end: int | None = ..., /) -> int", documentation: "the highest index of sub in self[start:end], or -1");
        b.Add("str.index", M, "(self: str, sub: str, start: int | None = ..., end: int | None = ..., /) -> int", raises: ["ValueError"], documentation: "as find, but ValueError when not found");
        b.Add("str.rindex", M, "(self: str, sub: str, start: int | None = ..., end: int | None = ..., /) -> int", raises: ["ValueError"], documentation: "as rfind, but ValueError when not found");
        b.Add("str.count", M, "(self: str, sub: str, start: int | None = ..., end: int | None = ..., /) -> int", documentation: "the number of non-overlapping occurrences of sub");
        foreach (var (name, what) in new[]
                 {
                     ("isdigit", "all characters are digits"), ("isalpha", "all characters are letters"), ("isalnum", "all characters are letters or digits"),
                     ("isspace", "all characters are whitespace"), ("isupper", "all cased characters are upper case and there is one"),
                     ("islower", "all cased characters are lower case and there is one"), ("isnumeric", "all characters are numeric"),
                     ("isdecimal", "all characters are decimal digits"), ("istitle", "the string is title-cased"),
                 })
            b.Add("str." + name, M, "(self: str, /) -> bool", documentation: $"whether the string is non-empty and {what}");
        b.Add("str.isidentifier", M, "(self: str, /) -> bool", documentation: "whether the string is a valid identifier (keywords included)");
        b.Add("str.isprintable", M, "(self: str, /) -> bool", documentation: "whether all characters are printable (true for '')");
        b.Add("str.isascii", M, "(self: str, /) -> bool", documentation: "whether all characters are ASCII (true for '')");
        foreach (var (name, where) in new[] { ("center", "centered"), ("ljust", "left-justified"), ("rjust", "right-justified") })
            b.Add("str." + name, M, "(self: str, width: int, fillchar: str = ..., /) -> str", raises: ["TypeError"], documentation: $"{where} in a string of length width, padded with fillchar (a space); TypeError when fillchar is not one character");
        b.Add("str.zfill", M, "(self: str, width: int, /) -> str", documentation: "padded on the left with zeros (after a sign) to width");
        b.Add("str.partition", M, "(self: str, sep: str, /) -> tuple[str, str, str]", raises: ["ValueError"], documentation: "(head, sep, tail) at the first sep, or (self, '', ''); ValueError for an empty sep");
        b.Add("str.rpartition", M, "(self: str, sep: str, /) -> tuple[str, str, str]", raises: ["ValueError"], documentation: "(head, sep, tail) at the last sep, or ('', '', self)");
        b.Add("str.format", M, "(self: str, /, *args: object) -> str", raises: ["IndexError", "KeyError", "ValueError"], documentation: "the format string with {} fields replaced by the arguments (keyword fields are not supported)");
        b.Add("str.encode", M, "(self: str, /, encoding: str = ..., errors: str = ...) -> bytes", raises: ["UnicodeEncodeError", "LookupError"], documentation: "the encoded bytes (UTF-8 by default)");
        b.Add("str.removeprefix", M, "(self: str, prefix: str, /) -> str", documentation: "self without prefix when it starts with it");
        b.Add("str.removesuffix", M, "(self: str, suffix: str, /) -> str", documentation: "self without suffix when it ends with it");
        b.Add("str.expandtabs", M, "(self: str, /, tabsize: int = ...) -> str", documentation: "tabs replaced by spaces up to the next multiple of tabsize (8)");

        b.Add("bytes.decode", M, "(self: bytes, /, encoding: str = ..., errors: str = ...) -> str", raises: ["UnicodeDecodeError", "LookupError"], documentation: "the decoded string (UTF-8 by default)");
    }
}
