# Mandelbrot set on an N x N grid over [-1.5, 0.5] x [-1, 1], at most 50 iterations per point.
# Prints how many points stay bounded and the total number of iterations (a checksum, not the bitmap).
# bench: quick=40
import sys


def mandelbrot(n: int) -> tuple[int, int]:
    inside = 0
    total_iterations = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = 0.0
            zi = 0.0
            i = 0
            while i < 50:
                tr = zr * zr - zi * zi + cr
                ti = 2.0 * zr * zi + ci
                zr = tr
                zi = ti
                if zr * zr + zi * zi > 4.0:
                    break
                i += 1
            total_iterations += i
            if i == 50:
                inside += 1
    return (inside, total_iterations)


# The default problem size; run.py passes the size as argv[1], to this program and to its C++ twin alike.
SIZE = 600


def main(n: int) -> None:
    inside, total = mandelbrot(n)
    print(f"{n}x{n}: {inside} points inside, {total} iterations")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else SIZE)
