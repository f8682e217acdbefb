// Spectral norm: hand-written C++ twin of spectral_norm.py.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

inline double eval_a(long i, long j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

void mult_av(const std::vector<double>& v, std::vector<double>& out) {
    const long n = static_cast<long>(v.size());
    for (long i = 0; i < n; ++i) {
        double s = 0.0;
        for (long j = 0; j < n; ++j) s += eval_a(i, j) * v[j];
        out[i] = s;
    }
}

void mult_atv(const std::vector<double>& v, std::vector<double>& out) {
    const long n = static_cast<long>(v.size());
    for (long i = 0; i < n; ++i) {
        double s = 0.0;
        for (long j = 0; j < n; ++j) s += eval_a(j, i) * v[j];
        out[i] = s;
    }
}

void mult_atav(const std::vector<double>& v, std::vector<double>& out, std::vector<double>& tmp) {
    mult_av(v, tmp);
    mult_atv(tmp, out);
}

double spectral_norm(long n) {
    std::vector<double> u(n, 1.0), v(n, 0.0), tmp(n, 0.0);
    for (int k = 0; k < 10; ++k) {
        mult_atav(u, v, tmp);
        mult_atav(v, u, tmp);
    }
    double vbv = 0.0, vv = 0.0;
    for (long i = 0; i < n; ++i) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    return std::sqrt(vbv / vv);
}

}  // namespace

int main(int argc, char** argv) {
    const long n = argc > 1 ? std::atol(argv[1]) : 450;
    std::printf("%.9f\n", spectral_norm(n));
}
