// Naive matrix multiplication: hand-written C++ twin of matrix_multiply.py
// (a vector of row vectors, the same i-j-k loop order).
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

using Matrix = std::vector<std::vector<double>>;

Matrix make_matrix(long n, long seed) {
    Matrix m(n, std::vector<double>(n));
    for (long i = 0; i < n; ++i)
        for (long j = 0; j < n; ++j)
            m[i][j] = static_cast<double>((i * seed + j * 7) % 13 + 1) / (i + j + 1);
    return m;
}

Matrix matmul(const Matrix& a, const Matrix& b) {
    const std::size_t n = a.size(), p = b[0].size(), inner = b.size();
    Matrix c(n, std::vector<double>(p));
    for (std::size_t i = 0; i < n; ++i) {
        const auto& a_row = a[i];
        for (std::size_t j = 0; j < p; ++j) {
            double s = 0.0;
            for (std::size_t k = 0; k < inner; ++k) s += a_row[k] * b[k][j];
            c[i][j] = s;
        }
    }
    return c;
}

}  // namespace

int main(int argc, char** argv) {
    const long n = argc > 1 ? std::atol(argv[1]) : 280;
    const Matrix c = matmul(make_matrix(n, 3), make_matrix(n, 5));
    double total = 0.0, trace = 0.0;
    for (long i = 0; i < n; ++i) {
        trace += c[i][i];
        for (long j = 0; j < n; ++j) total += c[i][j];
    }
    std::printf("%ldx%ld: sum %.9f, trace %.9f\n", n, n, total, trace);
}
