// Binary trees: hand-written C++ twin of binary_trees.py (one heap allocation per node,
// owned by std::unique_ptr, as a C++ programmer would write a class-based tree).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

struct Node {
    std::unique_ptr<Node> left, right;

    Node(std::unique_ptr<Node> l, std::unique_ptr<Node> r) : left(std::move(l)), right(std::move(r)) {}

    long check() const {
        if (!left || !right) return 1;
        return 1 + left->check() + right->check();
    }
};

std::unique_ptr<Node> bottom_up_tree(int depth) {
    if (depth <= 0) return std::make_unique<Node>(nullptr, nullptr);
    return std::make_unique<Node>(bottom_up_tree(depth - 1), bottom_up_tree(depth - 1));
}

}  // namespace

int main(int argc, char** argv) {
    const int n = argc > 1 ? std::atoi(argv[1]) : 15;
    const int min_depth = 4;
    const int max_depth = std::max(min_depth + 2, n);
    const int stretch_depth = max_depth + 1;
    std::printf("stretch tree of depth %d\t check: %ld\n", stretch_depth, bottom_up_tree(stretch_depth)->check());
    const auto long_lived_tree = bottom_up_tree(max_depth);
    for (int depth = min_depth; depth <= max_depth; depth += 2) {
        const long iterations = 1L << (max_depth - depth + min_depth);
        long check = 0;
        for (long i = 0; i < iterations; ++i) check += bottom_up_tree(depth)->check();
        std::printf("%ld\t trees of depth %d\t check: %ld\n", iterations, depth, check);
    }
    std::printf("long lived tree of depth %d\t check: %ld\n", max_depth, long_lived_tree->check());
}
