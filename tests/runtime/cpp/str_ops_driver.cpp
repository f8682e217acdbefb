// Differential test driver for the C++ runtime's str and bytes (tests/runtime/check_str.py feeds it cases and
// compares each output line with what CPython prints for the same case).
//
// Input: one case a line, fields separated by '\t': the operation name, then its arguments, each
//   s<hex>   a str (its UTF-8 bytes in hex)       b<hex>  a bytes
//   i<int>   an int                               N       None
//   T / F    a bool                               -       omitted (pyaot::omitted)
//   t<hex>,<hex>,...  a tuple of str ('t' alone: the empty tuple)
//   f<float> a float
// Output: one line a case: the Python repr of the result, or `ExceptionType: message`.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "pyaot/runtime.hpp"

using namespace pyaot;
using namespace pyaot::ops;

namespace {

struct Arg {
    char kind;  // s b i N T F - t
    std::string bytes;
    Int i = 0;
    double f = 0;
    std::vector<Str> tuple;
};

std::string unhex(const std::string& h) {
    std::string out;
    for (std::size_t k = 0; k + 1 < h.size(); k += 2) out += static_cast<char>(std::strtol(h.substr(k, 2).c_str(), nullptr, 16));
    return out;
}

Arg parse(const std::string& f) {
    Arg a;
    a.kind = f.empty() ? '-' : f[0];
    std::string rest = f.empty() ? "" : f.substr(1);
    if (a.kind == 's' || a.kind == 'b') a.bytes = unhex(rest);
    else if (a.kind == 'i') a.i = std::strtoll(rest.c_str(), nullptr, 10);
    else if (a.kind == 'f') a.f = std::strtod(rest.c_str(), nullptr);
    else if (a.kind == 't') {
        std::size_t start = 0;
        if (!rest.empty()) {
            while (true) {
                std::size_t comma = rest.find(',', start);
                a.tuple.push_back(Str(unhex(rest.substr(start, comma - start))));
                if (comma == std::string::npos) break;
                start = comma + 1;
            }
        }
    }
    return a;
}

Str S(const Arg& a) { return Str(a.bytes); }
Bytes B(const Arg& a) { return Bytes(a.bytes); }
Optional<Int> OI(const std::vector<Arg>& v, std::size_t k) {
    if (k >= v.size() || v[k].kind == 'N' || v[k].kind == '-') return {};
    if (v[k].kind == 'T' || v[k].kind == 'F') return Int(v[k].kind == 'T');
    return v[k].i;
}
Optional<Str> OS(const std::vector<Arg>& v, std::size_t k) {
    if (k >= v.size() || v[k].kind == 'N' || v[k].kind == '-') return {};
    return S(v[k]);
}

Object O(const Arg& a) {
    switch (a.kind) {
        case 's': return box(Str(a.bytes));
        case 'i': return box(a.i);
        case 'f': return box(a.f);
        case 'T': return box(true);
        case 'F': return box(false);
        default: return box(none);
    }
}

std::string R(const Str& s) { return repr(s).utf8(); }
std::string R(const Bytes& b) { return repr(b).utf8(); }
std::string R(Int i) { return std::to_string(i); }
std::string R(bool b) { return b ? "True" : "False"; }
std::string R(const List<Str>& l) {
    std::string out = "[";
    for (Int k = 0; k < l.size(); ++k) {
        if (k) out += ", ";
        out += R(l[k]);
    }
    return out + "]";
}
std::string R(const Tuple<Str, Str, Str>& t) {
    return "(" + R(std::get<0>(t)) + ", " + R(std::get<1>(t)) + ", " + R(std::get<2>(t)) + ")";
}
template <class It>
std::string RL(const It& it) {
    std::string out = "[";
    bool first = true;
    for (auto&& x : it) {
        if (!first) out += ", ";
        first = false;
        out += R(x);
    }
    return out + "]";
}

std::string run(const std::string& op, const std::vector<Arg>& a) {
    auto n = a.size();
    if (op == "repr") return R(repr(S(a[0])));
    if (op == "ascii") return R(ascii_repr(S(a[0])));
    if (op == "len") return R(builtins_len(S(a[0])));
    if (op == "truth") return R(truth(S(a[0])));
    if (op == "iter") return RL(S(a[0]));
    if (op == "reversed") return RL(builtins_reversed(S(a[0])));
    if (op == "getitem") return R(operator_getitem(S(a[0]), a[1].i));
    if (op == "slice") return R(operator_getitem(S(a[0]), Slice(OI(a, 1), OI(a, 2), OI(a, 3))));
    if (op == "contains") return R(operator_contains(S(a[0]), S(a[1])));
    if (op == "add") return R(operator_add(S(a[0]), S(a[1])));
    if (op == "mul") return R(operator_mul(S(a[0]), a[1].i));
    if (op == "rmul") return R(operator_mul(a[1].i, S(a[0])));
    if (op == "lt") return R(operator_lt(S(a[0]), S(a[1])));
    if (op == "le") return R(operator_le(S(a[0]), S(a[1])));
    if (op == "gt") return R(operator_gt(S(a[0]), S(a[1])));
    if (op == "ge") return R(operator_ge(S(a[0]), S(a[1])));
    if (op == "eq") return R(operator_eq(S(a[0]), S(a[1])));
    if (op == "ne") return R(operator_ne(S(a[0]), S(a[1])));
    if (op == "hasheq") return R(!(S(a[0]) == S(a[1])) || hash(S(a[0])) == hash(S(a[1])));
    if (op == "ord") return R(builtins_ord(S(a[0])));
    if (op == "chr") return R(builtins_chr(a[0].i));
    if (op == "join") {
        List<Str> l;
        for (const Str& x : a[1].tuple) l.append(x);
        if (n > 2) return R(str_join(S(a[0]), S(a[2])));  // join over the characters of a str
        return R(str_join(S(a[0]), l));
    }
    if (op == "join_iter") {  // a type-erased Iterator[str]
        List<Str> l;
        for (const Str& x : a[1].tuple) l.append(x);
        return R(str_join(S(a[0]), Iterator<Str>(l)));
    }
    if (op == "split") return R(str_split(S(a[0]), OS(a, 1), OI(a, 2)));
    if (op == "rsplit") return R(str_rsplit(S(a[0]), OS(a, 1), OI(a, 2)));
    if (op == "splitlines") return R(str_splitlines(S(a[0]), n > 1 ? Optional<bool>(a[1].kind == 'T') : Optional<bool>()));
    if (op == "strip") return R(str_strip(S(a[0]), OS(a, 1)));
    if (op == "lstrip") return R(str_lstrip(S(a[0]), OS(a, 1)));
    if (op == "rstrip") return R(str_rstrip(S(a[0]), OS(a, 1)));
    if (op == "upper") return R(str_upper(S(a[0])));
    if (op == "lower") return R(str_lower(S(a[0])));
    if (op == "casefold") return R(str_casefold(S(a[0])));
    if (op == "title") return R(str_title(S(a[0])));
    if (op == "capitalize") return R(str_capitalize(S(a[0])));
    if (op == "swapcase") return R(str_swapcase(S(a[0])));
    if (op == "replace") return R(str_replace(S(a[0]), S(a[1]), S(a[2]), OI(a, 3)));
    if (op == "startswith" || op == "endswith") {
        bool sw = op == "startswith";
        if (a[1].kind == 't') {
            VarTuple<Str> t(List<Str>::Vec(a[1].tuple.begin(), a[1].tuple.end()));
            return R(sw ? str_startswith(S(a[0]), t, OI(a, 2), OI(a, 3)) : str_endswith(S(a[0]), t, OI(a, 2), OI(a, 3)));
        }
        return R(sw ? str_startswith(S(a[0]), S(a[1]), OI(a, 2), OI(a, 3)) : str_endswith(S(a[0]), S(a[1]), OI(a, 2), OI(a, 3)));
    }
    if (op == "find") return R(str_find(S(a[0]), S(a[1]), OI(a, 2), OI(a, 3)));
    if (op == "rfind") return R(str_rfind(S(a[0]), S(a[1]), OI(a, 2), OI(a, 3)));
    if (op == "index") return R(str_index(S(a[0]), S(a[1]), OI(a, 2), OI(a, 3)));
    if (op == "rindex") return R(str_rindex(S(a[0]), S(a[1]), OI(a, 2), OI(a, 3)));
    if (op == "count") return R(str_count(S(a[0]), S(a[1]), OI(a, 2), OI(a, 3)));
    if (op == "isascii") return R(str_isascii(S(a[0])));
    if (op == "isprintable") return R(str_isprintable(S(a[0])));
    if (op == "isspace") return R(str_isspace(S(a[0])));
    if (op == "isalpha") return R(str_isalpha(S(a[0])));
    if (op == "isdigit") return R(str_isdigit(S(a[0])));
    if (op == "isdecimal") return R(str_isdecimal(S(a[0])));
    if (op == "isnumeric") return R(str_isnumeric(S(a[0])));
    if (op == "isalnum") return R(str_isalnum(S(a[0])));
    if (op == "isupper") return R(str_isupper(S(a[0])));
    if (op == "islower") return R(str_islower(S(a[0])));
    if (op == "istitle") return R(str_istitle(S(a[0])));
    if (op == "isidentifier") return R(str_isidentifier(S(a[0])));
    if (op == "center") return R(str_center(S(a[0]), a[1].i, OS(a, 2)));
    if (op == "ljust") return R(str_ljust(S(a[0]), a[1].i, OS(a, 2)));
    if (op == "rjust") return R(str_rjust(S(a[0]), a[1].i, OS(a, 2)));
    if (op == "zfill") return R(str_zfill(S(a[0]), a[1].i));
    if (op == "expandtabs") return R(str_expandtabs(S(a[0]), OI(a, 1)));
    if (op == "partition") return R(str_partition(S(a[0]), S(a[1])));
    if (op == "rpartition") return R(str_rpartition(S(a[0]), S(a[1])));
    if (op == "removeprefix") return R(str_removeprefix(S(a[0]), S(a[1])));
    if (op == "removesuffix") return R(str_removesuffix(S(a[0]), S(a[1])));
    if (op == "format") {
        Str f = S(a[0]);
        std::vector<Object> o;
        for (std::size_t k = 1; k < n; ++k) o.push_back(O(a[k]));
        switch (o.size()) {
            case 0: return R(str_format(f));
            case 1: return R(str_format(f, {o[0]}));
            case 2: return R(str_format(f, {o[0], o[1]}));
            case 3: return R(str_format(f, {o[0], o[1], o[2]}));
            default: return R(str_format(f, {o[0], o[1], o[2], o[3]}));
        }
    }
    if (op == "encode") return R(str_encode(S(a[0]), OS(a, 1), OS(a, 2)));
    // bytes
    if (op == "decode") return R(bytes_decode(B(a[0]), OS(a, 1), OS(a, 2)));
    if (op == "brepr") return R(repr(B(a[0])));
    if (op == "bstr") return R(str(B(a[0])));
    if (op == "blen") return R(builtins_len(B(a[0])));
    if (op == "biter") return RL(B(a[0]));
    if (op == "bgetitem") return R(operator_getitem(B(a[0]), a[1].i));
    if (op == "bslice") return R(operator_getitem(B(a[0]), Slice(OI(a, 1), OI(a, 2), OI(a, 3))));
    if (op == "bcontains") return R(operator_contains(B(a[0]), a[1].i));
    if (op == "badd") return R(operator_add(B(a[0]), B(a[1])));
    if (op == "blt") return R(lt(B(a[0]), B(a[1])));
    if (op == "beq") return R(eq(B(a[0]), B(a[1])));
    return "unknown op " + op;
}

}  // namespace

int main() {
    std::string input;
    char buf[65536];
    std::size_t got;
    while ((got = std::fread(buf, 1, sizeof buf, stdin)) > 0) input.append(buf, got);
    std::size_t pos = 0;
    std::string out;
    while (pos < input.size()) {
        std::size_t nl = input.find('\n', pos);
        if (nl == std::string::npos) nl = input.size();
        std::string line = input.substr(pos, nl - pos);
        pos = nl + 1;
        std::vector<std::string> fields;
        std::size_t s = 0;
        while (true) {
            std::size_t t = line.find('\t', s);
            fields.push_back(line.substr(s, t - s));
            if (t == std::string::npos) break;
            s = t + 1;
        }
        std::vector<Arg> args;
        for (std::size_t k = 1; k < fields.size(); ++k) args.push_back(parse(fields[k]));
        try {
            out += run(fields[0], args);
        } catch (const PyException& e) {
            out += e.value->type_name();
            if (e.value->has_message()) out += ": " + e.value->message();
        }
        out += '\n';
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
