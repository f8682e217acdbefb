// Prints, for every code point (surrogates included), what the runtime's str answers for the one-character
// string: the is*() predicates as a bit string, then upper/lower/title/casefold/swapcase/capitalize as hex code
// points. tests/runtime/check_str.py compares it with CPython line by line.
#include <cstdio>
#include <string>

#include "pyaot/runtime.hpp"

using namespace pyaot;
using namespace pyaot::ops;

static void hexes(std::string& out, const Str& s) {
    out += ' ';
    bool first = true;
    const char* p = s.data();
    const char* e = p + s.byte_size();
    char buf[16];
    while (p < e) {
        if (!first) out += ',';
        first = false;
        std::snprintf(buf, sizeof buf, "%x", static_cast<unsigned>(unicode::decode(p)));
        out += buf;
    }
}

int main() {
    std::string out;
    out.reserve(1 << 20);
    for (Int cp = 0; cp <= 0x10FFFF; ++cp) {
        Str s = builtins_chr(cp);
        bool bits[] = {str_isalpha(s), str_isdecimal(s), str_isdigit(s), str_isnumeric(s), str_isalnum(s),
                       str_isspace(s), str_isprintable(s), str_isupper(s), str_islower(s), str_istitle(s),
                       str_isidentifier(s)};
        char buf[16];
        std::snprintf(buf, sizeof buf, "%lx ", static_cast<long>(cp));
        out += buf;
        for (bool b : bits) out += b ? '1' : '0';
        hexes(out, str_upper(s));
        hexes(out, str_lower(s));
        hexes(out, str_title(s));
        hexes(out, str_casefold(s));
        hexes(out, str_swapcase(s));
        hexes(out, str_capitalize(s));
        out += '\n';
        if (out.size() > (1 << 20) - 256) {
            std::fwrite(out.data(), 1, out.size(), stdout);
            out.clear();
        }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
