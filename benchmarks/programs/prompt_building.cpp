// The talk's scenario: hand-written C++ twin of prompt_building.py. Strings are UTF-8
// std::strings; lengths are counted in code points, as Python's len() does.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace {

const std::vector<std::string> WORDS = {"the", "model", "embeds", "café", "naïve", "résumé", "text",
                                        "über", "prompt", "vector", "search", "données", "query",
                                        "document", "straße", "cluster", "λόγος", "模型", "token", "space"};

// Insertion order matters for iteration, so the tasks are kept in a vector beside the map.
const std::vector<std::pair<std::string, std::string>> TASKS = {
    {"search_query", "search_query: "},
    {"search_document", "search_document: "},
    {"classification", "classification: "},
    {"clustering", "clustering: "},
};
const std::unordered_map<std::string, std::string> PREFIXES(TASKS.begin(), TASKS.end());

std::vector<std::string> make_texts(long n) {
    long state = 7;
    std::vector<std::string> texts;
    texts.reserve(n);
    for (long i = 0; i < n; ++i) {
        state = (state * 1103515245 + 12345) % 2147483648;
        const long length = 4 + (state >> 16) % 12;
        std::string text;
        for (long w = 0; w < length; ++w) {
            state = (state * 1103515245 + 12345) % 2147483648;
            if (w > 0) text += ' ';
            text += WORDS[(state >> 16) % static_cast<long>(WORDS.size())];
        }
        texts.push_back(std::move(text));
    }
    return texts;
}

std::vector<std::string> embed_prompts(const std::vector<std::string>& texts, const std::string& task) {
    const std::string& prefix = PREFIXES.at(task);
    std::vector<std::string> prompts;
    prompts.reserve(texts.size());
    for (const auto& text : texts) prompts.push_back(prefix + text);
    return prompts;
}

long code_points(const std::string& s) {
    long n = 0;
    for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

}  // namespace

int main(int argc, char** argv) {
    const long n = argc > 1 ? std::atol(argv[1]) : 100000;
    const auto texts = make_texts(n);
    long prompts = 0, total = 0;
    for (int round = 0; round < 10; ++round)
        for (const auto& [task, prefix] : TASKS)
            for (const auto& prompt : embed_prompts(texts, task)) {
                ++prompts;
                total += code_points(prompt);
            }
    std::printf("%ld prompts, %ld code points\n", prompts, total);
}
