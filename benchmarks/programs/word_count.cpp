// Word frequencies over a generated text: hand-written C++ twin of word_count.py.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace {

const std::vector<std::string> SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi",
                                            "ze", "po", "da", "fu", "gi", "he", "ja", "qu"};

std::vector<std::string> make_vocabulary() {
    std::vector<std::string> words;
    for (const auto& a : SYLLABLES)
        for (const auto& b : SYLLABLES) {
            words.push_back(a + b);
            words.push_back(a + b + "n");
        }
    return words;
}

std::string generate_text(long n, const std::vector<std::string>& vocabulary) {
    long state = 42;
    const long size = static_cast<long>(vocabulary.size());
    std::string text;
    for (long i = 0; i < n; ++i) {
        state = (state * 1103515245 + 12345) % 2147483648;
        const long first = (state >> 8) % size;
        state = (state * 1103515245 + 12345) % 2147483648;
        const long second = (state >> 8) % size;
        if (i > 0) text += ' ';
        text += vocabulary[std::min(first, second)];
    }
    return text;
}

std::vector<std::string_view> split(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t pos = 0;
    while (true) {
        pos = text.find_first_not_of(' ', pos);
        if (pos == std::string_view::npos) break;
        std::size_t end = text.find(' ', pos);
        if (end == std::string_view::npos) end = text.size();
        words.push_back(text.substr(pos, end - pos));
        pos = end;
    }
    return words;
}

}  // namespace

int main(int argc, char** argv) {
    const long n = argc > 1 ? std::atol(argv[1]) : 1200000;
    const std::string text = generate_text(n, make_vocabulary());
    const auto words = split(text);
    std::unordered_map<std::string_view, long> counts;
    for (const auto word : words) ++counts[word];
    std::printf("%zu words, %zu distinct\n", words.size(), counts.size());
    std::vector<std::pair<std::string_view, long>> top(counts.begin(), counts.end());
    std::sort(top.begin(), top.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (std::size_t i = 0; i < top.size() && i < 10; ++i)
        std::printf("%.*s %ld\n", static_cast<int>(top[i].first.size()), top[i].first.data(), top[i].second);
}
