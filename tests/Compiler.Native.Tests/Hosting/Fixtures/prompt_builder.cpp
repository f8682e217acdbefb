// Hand-written C++ standing in for the emitter's translation of tests/corpus/prompt_builder.py (the test appends
// the wrappers CppExportWriter generates). Replace by the real pipeline once the emitter lands (HostingLibraries).
#include PYAOT_FIXTURE_RUNTIME

#include <cstdio>
#include <utility>
#include <vector>

namespace pym_prompt_builder {

// PREFIXES: dict[str, str]
static std::vector<std::pair<pyaot::Str, pyaot::Str>> PREFIXES;

static std::string py_repr(const pyaot::Str& s) { return "'" + s.utf8() + "'"; }  // enough for the fixture's keys

pyaot::List<pyaot::Str> embed_prompts(const pyaot::List<pyaot::Str>& texts, const pyaot::Str& task) {
    const pyaot::Str* prefix = nullptr;
    for (const auto& [key, value] : PREFIXES)
        if (key == task) prefix = &value;
    if (prefix == nullptr) pyaot::raise<pyaot::KeyError>(py_repr(task));
    pyaot::List<pyaot::Str> result{};
    for (const auto& t : texts) pyaot::ops::list_append(result, pyaot::Str(prefix->utf8() + t.utf8()));
    return result;
}

void module_init() {
    PREFIXES = {{"query", "search_query: "}, {"document", "search_document: "}, {"classification", "classification: "}};
    std::fputs("['search_query: hello world', 'search_query: typed python']\n", stdout);
    std::fputs("['search_document: a document']\n", stdout);
}

}  // namespace pym_prompt_builder
