// N-queens by backtracking: hand-written C++ twin of nqueens.py.
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

long place(int row, int n, std::vector<bool>& cols, std::vector<bool>& diag1, std::vector<bool>& diag2) {
    if (row == n) return 1;
    long count = 0;
    for (int col = 0; col < n; ++col) {
        const int d1 = row + col, d2 = row - col + n - 1;
        if (!cols[col] && !diag1[d1] && !diag2[d2]) {
            cols[col] = diag1[d1] = diag2[d2] = true;
            count += place(row + 1, n, cols, diag1, diag2);
            cols[col] = diag1[d1] = diag2[d2] = false;
        }
    }
    return count;
}

long solve(int n) {
    std::vector<bool> cols(n), diag1(2 * n - 1), diag2(2 * n - 1);
    return place(0, n, cols, diag1, diag2);
}

}  // namespace

int main(int argc, char** argv) {
    const int n = argc > 1 ? std::atoi(argv[1]) : 12;
    for (int k = 4; k <= n; ++k) std::printf("%d queens: %ld solutions\n", k, solve(k));
}
