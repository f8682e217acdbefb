// Self-checking test of the runtime's small-object allocator (pyaot/memory.hpp) and of the str blocks that live in
// it (one block per str, sized by its capacity). It is an internal property with no CPython twin: the program
// prints one line per failed check and exits 1, or prints "ok". Compiled without sanitizers (they switch the pool
// off); tests/Compiler.Native.Tests/Runtime/MemoryPoolTests.cs builds and runs it.
#include <pyaot/runtime.hpp>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

namespace {

int failures = 0;

void check(bool ok, const char* what) {
    if (!ok) {
        std::printf("FAILED: %s\n", what);
        ++failures;
    }
}

// Live blocks of every pooled size never overlap and are 16-byte aligned: each is filled with its own pattern,
// and every pattern must still be intact after all the allocations.
void blocks_are_aligned_and_disjoint() {
    struct Live {
        unsigned char* p;
        std::size_t n;
        unsigned char tag;
    };
    std::vector<Live> live;
    unsigned char tag = 1;
    for (int round = 0; round < 50; ++round) {
        for (std::size_t n = 1; n <= pyaot::memory::kMaxPooled + 64; n += 7) {
            auto* p = static_cast<unsigned char*>(pyaot::memory::allocate(n));
            check(reinterpret_cast<std::uintptr_t>(p) % 16 == 0, "block is 16-byte aligned");
            std::memset(p, tag, n);
            live.push_back({p, n, tag});
            tag = static_cast<unsigned char>(tag % 250 + 1);
        }
        // Free every third block, so later rounds reuse freed blocks among live ones.
        for (std::size_t i = live.size(); i-- > 0;) {
            if (i % 3 == static_cast<std::size_t>(round % 3)) {
                pyaot::memory::deallocate(live[i].p, live[i].n);
                live.erase(live.begin() + static_cast<std::ptrdiff_t>(i));
            }
        }
    }
    bool intact = true;
    for (const Live& b : live)
        for (std::size_t k = 0; k < b.n; ++k) intact &= b.p[k] == b.tag;
    check(intact, "live blocks keep their contents (no two blocks overlap)");
    for (const Live& b : live) pyaot::memory::deallocate(b.p, b.n);
}

// A freed block is the next one handed out for its size class (what makes the allocate/free churn of a Python
// program cheap), and sizes within one class share blocks.
void freed_blocks_are_reused() {
    void* a = pyaot::memory::allocate(40);
    pyaot::memory::deallocate(a, 40);
    void* b = pyaot::memory::allocate(48);
    check(a == b, "a freed 40-byte block serves the next 48-byte request (same 16-byte class)");
    pyaot::memory::deallocate(b, 48);
}

// Blocks freed by a thread that has ended are handed to the orphan lists and reused by other threads.
void blocks_of_ended_threads_are_reused() {
    std::vector<void*> freed;
    std::thread worker([&freed] {
        for (int i = 0; i < 1000; ++i) freed.push_back(pyaot::memory::allocate(200));
        for (void* p : freed) pyaot::memory::deallocate(p, 200);
    });
    worker.join();
    // The main thread's own list of this class is empty (this check runs first: nothing of 193..208 bytes has been
    // freed on the main thread yet), so its next allocation refills from the ended thread's list.
    void* p = pyaot::memory::allocate(200);
    bool reused = false;
    for (void* f : freed) reused |= f == p;
    check(reused, "a block freed by an ended thread is reused by another thread");
    pyaot::memory::deallocate(p, 200);
}

// str blocks: sized by their capacity, grown in place by s += t, freed into the right class. Many strs of
// changing sizes alive at once must keep their text.
void strs_keep_their_text() {
    std::vector<pyaot::Str> strs;
    std::vector<std::string> expected;
    for (int i = 0; i < 2000; ++i) {
        pyaot::Str s("é");
        std::string e = "é";
        for (int k = 0; k < i % 40; ++k) {
            const char* piece = k % 3 == 0 ? "ab" : (k % 3 == 1 ? "日本" : "x");
            s = pyaot::Str::concat(std::move(s), pyaot::Str(piece));
            e += piece;
        }
        strs.push_back(s);
        expected.push_back(e);
        if (i % 5 == 0) {
            strs.erase(strs.begin());
            expected.erase(expected.begin());
        }
    }
    bool same = true, lengths = true, terminated = true;
    for (std::size_t i = 0; i < strs.size(); ++i) {
        same &= strs[i].view() == expected[i];
        lengths &= strs[i].length() == static_cast<pyaot::Int>(pyaot::unicode::count_code_points(expected[i].data(), expected[i].size()));
        terminated &= strs[i].data()[strs[i].byte_size()] == '\0';
    }
    check(same, "strs built by in-place appends keep their bytes");
    check(lengths, "strs built by in-place appends keep their code-point lengths");
    check(terminated, "str bytes stay NUL-terminated");

    // A str made from bytes copies exactly those bytes at every short length (the copy takes overlapping words).
    bool copied = true;
    const std::string source = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ";
    // (The start varies fastest: the block a piece reuses held other bytes at the same places.)
    for (std::size_t n = 0; n <= 40; ++n)
        for (std::size_t start = 0; start < 4; ++start) {
            pyaot::Str piece(std::string_view(source).substr(start, n), static_cast<pyaot::Int>(n));
            copied &= piece.view() == std::string_view(source).substr(start, n) && piece.data()[n] == '\0';
        }
    check(copied, "a str made from n bytes holds exactly those n bytes, NUL-terminated, for every n up to 40");

    // An append to a str that another handle shares must copy, not write through.
    pyaot::Str base("shared");
    pyaot::Str alias = base;
    pyaot::Str longer = pyaot::Str::concat(std::move(base), pyaot::Str("!"));
    check(alias.view() == "shared" && longer.view() == "shared!", "appending to a shared str leaves the other handle alone");
}

// Past the small-chunk budget a thread's chunks are huge-page sized and aligned: a program with millions of live
// objects (a million words from split) must keep every one intact across many such chunks.
void many_live_blocks_span_huge_chunks() {
    namespace m = pyaot::memory;
    const std::size_t count = (m::kSmallChunkBudget + 3 * m::kHugeChunkBytes) / 64;
    std::vector<std::uint64_t*> live;
    live.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        auto* p = static_cast<std::uint64_t*>(m::allocate(64));
        for (int k = 0; k < 8; ++k) p[k] = i * 8 + static_cast<std::uint64_t>(k);
        live.push_back(p);
    }
    check(m::detail::t_pools.carved >= m::kSmallChunkBudget + 2 * m::kHugeChunkBytes,
          "the thread has moved on to huge chunks after its small-chunk budget");
    const auto chunk_of = [&](const void* p) { return reinterpret_cast<std::uintptr_t>(p) / m::kHugeChunkBytes; };
    check(chunk_of(live.back()) == chunk_of(reinterpret_cast<const char*>(live.back()) + 63),
          "a block never straddles a huge chunk's end");
    bool intact = true, aligned = true;
    for (std::size_t i = 0; i < count; ++i) {
        aligned &= reinterpret_cast<std::uintptr_t>(live[i]) % 16 == 0;
        for (int k = 0; k < 8; ++k) intact &= live[i][k] == i * 8 + static_cast<std::uint64_t>(k);
    }
    check(aligned, "blocks from huge chunks are 16-byte aligned");
    check(intact, "blocks from huge chunks keep their contents (no two overlap)");
    for (std::uint64_t* p : live) m::deallocate(p, 64);
}

}  // namespace

int main() {
    check(pyaot::memory::kPooled, "this test is compiled with the pool on (no sanitizer, no PYAOT_SYSTEM_ALLOCATOR)");
    blocks_of_ended_threads_are_reused();
    blocks_are_aligned_and_disjoint();
    freed_blocks_are_reused();
    strs_keep_their_text();
    many_live_blocks_span_huge_chunks();
    if (failures == 0) std::printf("ok\n");
    return failures == 0 ? 0 : 1;
}
