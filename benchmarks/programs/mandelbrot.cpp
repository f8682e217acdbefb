// Mandelbrot checksum: hand-written C++ twin of mandelbrot.py.
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace {

std::pair<long, long> mandelbrot(long n) {
    long inside = 0, total_iterations = 0;
    for (long y = 0; y < n; ++y) {
        const double ci = 2.0 * y / n - 1.0;
        for (long x = 0; x < n; ++x) {
            const double cr = 2.0 * x / n - 1.5;
            double zr = 0.0, zi = 0.0;
            int i = 0;
            while (i < 50) {
                const double tr = zr * zr - zi * zi + cr;
                const double ti = 2.0 * zr * zi + ci;
                zr = tr;
                zi = ti;
                if (zr * zr + zi * zi > 4.0) break;
                ++i;
            }
            total_iterations += i;
            if (i == 50) ++inside;
        }
    }
    return {inside, total_iterations};
}

}  // namespace

int main(int argc, char** argv) {
    const long n = argc > 1 ? std::atol(argv[1]) : 600;
    const auto [inside, total] = mandelbrot(n);
    std::printf("%ldx%ld: %ld points inside, %ld iterations\n", n, n, inside, total);
}
