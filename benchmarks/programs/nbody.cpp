// N-body simulation of the Jovian planets: hand-written C++ twin of nbody.py.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

constexpr double PI = 3.14159265358979323;
constexpr double SOLAR_MASS = 4.0 * PI * PI;
constexpr double DAYS_PER_YEAR = 365.24;

struct Body {
    double x, y, z, vx, vy, vz, mass;
};

std::vector<Body> make_bodies() {
    return {
        {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS},
        {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
         -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS},
        {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
         2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS},
        {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
         -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS},
        {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
         -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS},
    };
}

void offset_momentum(std::vector<Body>& bodies) {
    double px = 0.0, py = 0.0, pz = 0.0;
    for (const Body& b : bodies) {
        px -= b.vx * b.mass;
        py -= b.vy * b.mass;
        pz -= b.vz * b.mass;
    }
    bodies[0].vx = px / SOLAR_MASS;
    bodies[0].vy = py / SOLAR_MASS;
    bodies[0].vz = pz / SOLAR_MASS;
}

double energy(const std::vector<Body>& bodies) {
    double e = 0.0;
    const std::size_t n = bodies.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Body& b = bodies[i];
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
        for (std::size_t j = i + 1; j < n; ++j) {
            const Body& b2 = bodies[j];
            const double dx = b.x - b2.x, dy = b.y - b2.y, dz = b.z - b2.z;
            e -= (b.mass * b2.mass) / std::sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

void advance(std::vector<Body>& bodies, double dt, long steps) {
    const std::size_t n = bodies.size();
    for (long s = 0; s < steps; ++s) {
        for (std::size_t i = 0; i < n; ++i) {
            Body& b = bodies[i];
            for (std::size_t j = i + 1; j < n; ++j) {
                Body& b2 = bodies[j];
                const double dx = b.x - b2.x, dy = b.y - b2.y, dz = b.z - b2.z;
                const double d2 = dx * dx + dy * dy + dz * dz;
                const double mag = dt / (d2 * std::sqrt(d2));
                const double bm = b.mass * mag, b2m = b2.mass * mag;
                b.vx -= dx * b2m;
                b.vy -= dy * b2m;
                b.vz -= dz * b2m;
                b2.vx += dx * bm;
                b2.vy += dy * bm;
                b2.vz += dz * bm;
            }
        }
        for (Body& b : bodies) {
            b.x += dt * b.vx;
            b.y += dt * b.vy;
            b.z += dt * b.vz;
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    const long n = argc > 1 ? std::atol(argv[1]) : 400000;
    std::vector<Body> bodies = make_bodies();
    offset_momentum(bodies);
    std::printf("%.9f\n", energy(bodies));
    advance(bodies, 0.01, n);
    std::printf("%.9f\n", energy(bodies));
}
