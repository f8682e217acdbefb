// C++-level tests of the runtime's str and bytes that the differential driver cannot express: the emitter's
// calling convention (omitted / None / Optional arguments), handle semantics (sharing, in-place append only when
// unshared), iteration that outlives a rebound variable, Iterator<Str> interop, the code-point index of long
// non-ASCII strings, hashing. Prints "ok" and exits 0, or prints each failed check and exits 1.
// Built and run by tests/runtime/check_str.py (also under -fsanitize=address,undefined).
#include <cstdio>
#include <string>

#include "pyaot/runtime.hpp"

using namespace pyaot;
using namespace pyaot::ops;

static int failures = 0;
#define CHECK(cond)                                                          \
    do {                                                                     \
        if (!(cond)) {                                                       \
            ++failures;                                                      \
            std::printf("FAILED %s:%d: %s\n", __FILE__, __LINE__, #cond);    \
        }                                                                    \
    } while (0)

template <class F>
static std::string raises(F f) {
    try {
        f();
    } catch (const PyException& e) {
        return std::string(e.value->type_name()) + ": " + e.value->message();
    }
    return "no exception";
}

int main() {
    // Calling convention: omitted middle arguments, None, Optional<Int>, trailing arguments left out.
    Str s("héllo wörld");
    CHECK(str_find(s, Str("l")) == 2);
    CHECK(str_find(s, Str("l"), omitted, 3) == 2);
    CHECK(str_find(s, Str("l"), none, Int(2)) == -1);
    CHECK(str_find(s, Str("l"), Optional<Int>(4)) == 9);
    CHECK(str_rfind(s, Str("l"), Optional<Int>(), Optional<Int>(4)) == 3);
    CHECK(str_split(s, omitted, 0).size() == 1);
    CHECK(str_split(s, none, Int(1)).size() == 2);
    CHECK(str_split(s, Optional<Str>(Str("ö"))).size() == 2);
    CHECK(str_encode(Str("é"), omitted, Str("strict")).view() == "\xc3\xa9");
    CHECK(str_encode(Str("é"), Str("ascii"), Str("replace")).view() == "?");
    CHECK(bytes_decode(Bytes("\xff", 1), omitted, Str("replace")) == Str("\xef\xbf\xbd"));
    CHECK(str_splitlines(Str("a\nb"), true).size() == 2);
    CHECK(str_center(Str("ab"), 6, Str("é")) == Str("ééabéé"));
    CHECK(str_expandtabs(Str("a\tb"), 4) == Str("a   b"));
    CHECK(str_replace(Str("aaa"), Str("a"), Str("b"), 2) == Str("bba"));
    CHECK(str_startswith(Str("hello"), VarTuple<Str>{Str("x"), Str("he")}));
    CHECK(str_endswith(Str("hello"), Tuple<Str, Str>(Str("x"), Str("lo"))));
    CHECK(!str_endswith(Str("hello"), Tuple<Str, Str>(Str("x"), Str("y"))));
    auto [head, sep, tail] = str_partition(Str("k=v=w"), Str("="));
    CHECK(head == Str("k") && sep == Str("=") && tail == Str("v=w"));
    CHECK(str_join(Str(", "), List<Str>{Str("a"), Str("b")}) == Str("a, b"));
    CHECK(str_join(Str("-"), Str("abc")) == Str("a-b-c"));
    CHECK(str_join(Str("-"), VarTuple<Str>{Str("x"), Str("y")}) == Str("x-y"));
    CHECK(str_join(Str(""), Iterator<Str>(List<Str>{Str("p"), Str("q")})) == Str("pq"));

    // Handles share; `s = s + t` with s moved in appends in place only when nothing else holds the string.
    Str a("abc");
    Str alias = a;
    a = operator_add(std::move(a), Str("d"));
    CHECK(a == Str("abcd") && alias == Str("abc"));
    Str acc;
    for (int i = 0; i < 100000; ++i) acc = operator_add(std::move(acc), Str::ascii_char('x'));
    CHECK(acc.length() == 100000 && builtins_len(acc) == 100000);
    Str self("ab");
    self = operator_add(std::move(self), self);  // s = s + s
    CHECK(self == Str("abab"));
    Str h1("key");
    Int before = hash(h1);
    Str h2 = operator_add(Str("ke"), Str("y"));
    CHECK(hash(h2) == before && eq(h1, h2));
    h2 = operator_add(std::move(h2), Str("!"));  // in place: the cached hash must be dropped
    CHECK(hash(h2) == hash(Str("key!")));

    // Iteration keeps the string alive when the loop rebinds its variable (Python iterates the original object).
    Str it("aé😀");
    std::string seen;
    for (Str c : it) {
        it = Str("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz");
        seen += c.utf8() + "|";
    }
    CHECK(seen == "a|é|😀|");
    Iterator<Str> chars(Str("xy"));
    CHECK(chars.next() == Str("x") && chars.next() == Str("y"));
    CHECK(raises([&] { chars.next(); }) == "StopIteration: ");
    std::string rev;
    for (Str c : builtins_reversed(Str("日本😀a"))) rev += c.utf8();
    CHECK(rev == "a😀本日");

    // Long non-ASCII text: indexing through the code-point index, slicing, find past the index stride.
    std::string big;
    for (int i = 0; i < 1000; ++i) big += i % 7 == 0 ? "é" : "a";
    Str bs(big);
    CHECK(bs.length() == 1000);
    for (Int i = 0; i < 1000; i += 37) CHECK(operator_getitem(bs, i) == Str(i % 7 == 0 ? "é" : "a"));
    CHECK(operator_getitem(bs, -1) == Str(999 % 7 == 0 ? "é" : "a"));
    CHECK(operator_getitem(bs, Slice(Int(700), Int(707))).length() == 7);
    CHECK(str_find(bs, Str("é"), 500) == 504);
    CHECK(raises([&] { operator_getitem(bs, 1000); }) == "IndexError: string index out of range");

    // Shared one-character strings; chr/ord round trip; surrogates survive.
    CHECK(operator_getitem(Str("xyz"), 1).is(Str::ascii_char('y')));
    CHECK(builtins_ord(builtins_chr(0x1F600)) == 0x1F600);
    CHECK(builtins_ord(builtins_chr(0xD800)) == 0xD800);
    CHECK(repr(builtins_chr(0xD800)) == Str("'\\ud800'"));
    CHECK(raises([] { builtins_ord(Str("ab")); }) == "TypeError: ord() expected a character, but string of length 2 found");
    CHECK(raises([] { builtins_chr(0x110000); }) == "ValueError: chr() arg not in range(0x110000)");
    CHECK(raises([] { str_index(Str("abc"), Str("d")); }) == "ValueError: substring not found");
    CHECK(raises([] { str_encode(builtins_chr(0xDC80)); }) ==
          "UnicodeEncodeError: 'utf-8' codec can't encode character '\\udc80' in position 0: surrogates not allowed");
    CHECK(str_encode(builtins_chr(0xDC80), Str("utf-8"), Str("surrogateescape")).view() == "\x80");

    // Protocol functions and ordering by code point.
    CHECK(lt(Str("a"), Str("é")) && lt(Str("é"), Str("😀")) && lt(Str("\xef\xbf\xbf"), Str("😀")));
    CHECK(truth(Str("x")) && !truth(Str()) && !truth(Bytes()));
    CHECK(str(Str("q")) == Str("q"));
    CHECK(repr(Bytes("a'b", 3)) == Str("b\"a'b\""));
    CHECK(hash(Bytes("ab", 2)) == hash(Bytes(std::string("ab"))));
    Int sum = 0;
    for (Int x : Bytes("\x01\xff", 2)) sum += x;
    CHECK(sum == 256);
    CHECK(ascii_escape(Str("'é'")) == Str("'\\xe9'"));
    CHECK(builtins_str() == Str());
    CHECK(operator_mul(Str("ab"), 3) == Str("ababab") && operator_mul(2, Str("é")) == Str("éé"));

    CHECK(raises([] { operator_mul(Str("ab"), Int(1) << 62); }) == "OverflowError: repeated string is too long");
    CHECK(raises([] { operator_mul(Str("ab"), Int(1) << 61); }) == "MemoryError: ");

    if (failures) return 1;
    std::printf("ok\n");
    return 0;
}
