// Unpacking of iterables into a fixed number of targets (`a, b = xs`, `a, *rest, b = xs`), with CPython's
// ValueError messages. Fixed-shape tuples are unpacked by the emitter directly (std::get), not through here.
#pragma once

#include <array>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core.hpp"
#include "exceptions.hpp"
#include "list.hpp"

namespace pyaot {

template <class It>
using unpack_element_t = std::decay_t<decltype(*std::declval<const It&>().begin())>;

/// `a, b, c = it`: exactly N items; ValueError "not enough values to unpack (expected N, got K)" or
/// "too many values to unpack (expected N)" (CPython stops reading after item N+1).
template <std::size_t N, class It>
std::array<unpack_element_t<It>, N> unpack(const It& it) {
    using T = unpack_element_t<It>;
    std::vector<T> got;
    got.reserve(N);
    for (auto&& x : it) {
        if (got.size() == N)
            raise<ValueError>("too many values to unpack (expected " + std::to_string(N) + ")");
        got.emplace_back(x);
    }
    if (got.size() < N)
        raise<ValueError>("not enough values to unpack (expected " + std::to_string(N) + ", got " +
                          std::to_string(got.size()) + ")");
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
        return std::array<T, N>{std::move(got[I])...};
    }(std::make_index_sequence<N>{});
}

/// `a, *rest, b = it`: Before items, a list of the middle, After items; ValueError
/// "not enough values to unpack (expected at least N, got K)".
template <std::size_t Before, std::size_t After, class It>
std::tuple<std::array<unpack_element_t<It>, Before>, List<unpack_element_t<It>>, std::array<unpack_element_t<It>, After>>
unpack_starred(const It& it) {
    using T = unpack_element_t<It>;
    std::vector<T> got;
    for (auto&& x : it) got.emplace_back(x);
    constexpr std::size_t need = Before + After;
    if (got.size() < need)
        raise<ValueError>("not enough values to unpack (expected at least " + std::to_string(need) + ", got " +
                          std::to_string(got.size()) + ")");
    const std::size_t mid = got.size() - need;
    auto before = [&]<std::size_t... I>(std::index_sequence<I...>) {
        return std::array<T, Before>{std::move(got[I])...};
    }(std::make_index_sequence<Before>{});
    auto after = [&]<std::size_t... I>(std::index_sequence<I...>) {
        return std::array<T, After>{std::move(got[Before + mid + I])...};
    }(std::make_index_sequence<After>{});
    List<T> middle;
    middle.vec().reserve(mid);
    for (std::size_t i = 0; i < mid; ++i) middle.append(std::move(got[Before + i]));
    return {std::move(before), std::move(middle), std::move(after)};
}

}  // namespace pyaot
