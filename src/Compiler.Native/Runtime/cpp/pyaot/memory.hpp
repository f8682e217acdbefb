// PythonAot C++ runtime: the small-object allocator behind every reference-counted object.
//
// Python programs allocate and free small objects at a high rate (a str per concatenation, a node per tree
// insert, a list per row). glibc's malloc handles that pattern poorly once the per-size caches overflow: freeing
// a million strings and then allocating fills its fastbins, and the next larger request runs malloc_consolidate
// over all of them (the profile of the prompt-building benchmark showed 40% of its time there). CPython answers
// the same pattern with pymalloc; this is the equivalent here:
//   - blocks of up to kMaxPooled bytes, in size classes of kGranule bytes;
//   - one free list per size class per thread (thread_local, constant-initialised: no guard on the fast path, no
//     lock, and an object freed on another thread than the one that allocated it simply joins that thread's list);
//   - new blocks are carved from kChunkBytes chunks obtained from malloc; larger objects go to operator new.
// Memory model consequences (docs/ARCHITECTURE.md, "Memory"): freed small blocks are reused by later allocations
// but chunks are never returned to the system while the process lives (pymalloc returns empty arenas; a chunk here
// is rarely empty in practice, and tracking that would cost a header per block). When a thread ends, its free
// lists are handed to a global list that other threads refill from, so a host's thread pool does not strand them.
//
// Sanitized builds (-fsanitize=address) and builds defining PYAOT_SYSTEM_ALLOCATOR use operator new/delete
// directly, so AddressSanitizer still sees every object's lifetime (use after free, leaks).
#pragma once

#include <cstddef>
#include <atomic>
#include <cstdlib>
#include <mutex>
#include <new>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace pyaot::memory {

#if defined(PYAOT_SYSTEM_ALLOCATOR) || defined(__SANITIZE_ADDRESS__)
inline constexpr bool kPooled = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kPooled = false;
#else
inline constexpr bool kPooled = true;
#endif
#else
inline constexpr bool kPooled = true;
#endif

/// Size-class width: every block is a multiple of 16 bytes, so every block is 16-byte aligned like malloc's.
inline constexpr std::size_t kGranule = 16;
/// The largest pooled block; larger objects go to operator new.
inline constexpr std::size_t kMaxPooled = 512;
inline constexpr std::size_t kClasses = kMaxPooled / kGranule;
/// Blocks are carved from chunks of this size...
inline constexpr std::size_t kChunkBytes = std::size_t{256} * 1024;
/// ...until a thread has carved this much; from then on its chunks are kHugeChunkBytes, aligned to their size and
/// marked for transparent huge pages, so that a program with millions of live objects takes one page fault per
/// 2 MiB instead of one per 4 KiB (word_count's 1.2M words: see docs/ARCHITECTURE.md, "Allocation"). A small
/// program never gets there and keeps its small footprint.
inline constexpr std::size_t kSmallChunkBudget = std::size_t{4} << 20;
inline constexpr std::size_t kHugeChunkBytes = std::size_t{2} << 20;

namespace detail {

struct FreeBlock {
    FreeBlock* next;
};

/// One thread's free lists and the unused tail of its current chunk. Trivial, so the thread_local needs no
/// initialisation guard and no destructor on the fast path.
struct ThreadPools {
    FreeBlock* free[kClasses];
    char* bump;
    char* bump_end;
    /// Bytes of chunks this thread has taken so far (decides the next chunk's size).
    std::size_t carved;
    bool exit_hook_installed;
};

inline thread_local ThreadPools t_pools{};

/// Free lists of threads that have ended, per size class, for other threads to refill from.
struct Orphans {
    std::mutex lock;
    std::vector<FreeBlock*> lists[kClasses];
    /// How many lists there are, read without the lock so that refills do not take it when there are none.
    std::atomic<std::size_t> count{0};
};

inline Orphans& orphans() {
    // Never destroyed: threads (and static destructors) may still free blocks while the process exits.
    static Orphans* o = new Orphans();
    return *o;
}

/// Runs at thread exit: hands the thread's free lists to the orphans (whole lists, no walk).
struct ThreadExitHook {
    ~ThreadExitHook() {
        ThreadPools& p = t_pools;
        Orphans& o = orphans();
        std::lock_guard<std::mutex> guard(o.lock);
        for (std::size_t c = 0; c < kClasses; ++c) {
            if (p.free[c]) {
                o.lists[c].push_back(p.free[c]);
                o.count.fetch_add(1, std::memory_order_release);
            }
            p.free[c] = nullptr;
        }
    }
};

/// A kHugeChunkBytes chunk aligned to its size, advised as a transparent-huge-page candidate where the system has
/// them (Linux with THP in "madvise" or "always" mode; elsewhere it is an ordinary aligned block).
inline void* huge_chunk() noexcept {
    void* chunk = nullptr;
    if (posix_memalign(&chunk, kHugeChunkBytes, kHugeChunkBytes) != 0) return nullptr;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    madvise(chunk, kHugeChunkBytes, MADV_HUGEPAGE);
#endif
    return chunk;
}

inline constexpr std::size_t size_class(std::size_t n) noexcept { return n == 0 ? 0 : (n - 1) / kGranule; }

/// The slow path: an orphaned list of this class if there is one, else a block carved from the current chunk.
[[gnu::noinline]] inline void* refill(std::size_t c) {
    ThreadPools& p = t_pools;
    if (!p.exit_hook_installed) {
        p.exit_hook_installed = true;
        static thread_local ThreadExitHook hook;
        (void)hook;
    }
    if (Orphans& o = orphans(); o.count.load(std::memory_order_acquire) != 0) {
        std::lock_guard<std::mutex> guard(o.lock);
        if (!o.lists[c].empty()) {
            FreeBlock* b = o.lists[c].back();
            o.lists[c].pop_back();
            o.count.fetch_sub(1, std::memory_order_relaxed);
            p.free[c] = b->next;
            return b;
        }
    }
    const std::size_t bytes = (c + 1) * kGranule;
    if (static_cast<std::size_t>(p.bump_end - p.bump) < bytes) {
        // The old chunk's tail (less than one block of this class) is given to smaller classes' lists.
        while (static_cast<std::size_t>(p.bump_end - p.bump) >= kGranule) {
            const std::size_t rest = static_cast<std::size_t>(p.bump_end - p.bump);
            const std::size_t k = size_class(rest < kMaxPooled ? rest - rest % kGranule : kMaxPooled);
            auto* b = reinterpret_cast<FreeBlock*>(p.bump);
            b->next = p.free[k];
            p.free[k] = b;
            p.bump += (k + 1) * kGranule;
        }
        const std::size_t size = p.carved < kSmallChunkBudget ? kChunkBytes : kHugeChunkBytes;
        void* chunk = size == kHugeChunkBytes ? huge_chunk() : std::malloc(size);
        if (!chunk) throw std::bad_alloc();
        p.carved += size;
        p.bump = static_cast<char*>(chunk);
        p.bump_end = p.bump + size;
    }
    void* block = p.bump;
    p.bump += bytes;
    return block;
}

}  // namespace detail

// ---- big buffers ---------------------------------------------------------------------------------------------
// The storage of a big list (a million words) or a big str (the text they were split from). A buffer of at least
// kHugeBufferMin bytes is rounded up to whole huge pages, aligned to them and advised as a transparent-huge-page
// candidate: filling a 10 MB list then takes 5 page faults, not 2,500. Smaller buffers are plain operator new.

/// The smallest buffer that gets huge pages (half a huge page: below that the rounding would waste too much).
inline constexpr std::size_t kHugeBufferMin = kHugeChunkBytes / 2;

inline void* allocate_buffer(std::size_t n) {
    if constexpr (!kPooled) return ::operator new(n);
    if (n < kHugeBufferMin) return ::operator new(n);
    const std::size_t rounded = (n + kHugeChunkBytes - 1) / kHugeChunkBytes * kHugeChunkBytes;
    void* p = nullptr;
    if (rounded < n || posix_memalign(&p, kHugeChunkBytes, rounded) != 0) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    madvise(p, rounded, MADV_HUGEPAGE);
#endif
    return p;
}

inline void deallocate_buffer(void* p, std::size_t n) noexcept {
    if constexpr (!kPooled) {
        ::operator delete(p);
        return;
    }
    if (n < kHugeBufferMin)
        ::operator delete(p);
    else
        std::free(p);
}

/// The allocator of the runtime's std::vector storage (List, VarTuple): big buffers get huge pages.
template <class T>
struct BufferAllocator {
    using value_type = T;
    BufferAllocator() noexcept = default;
    template <class U>
    BufferAllocator(const BufferAllocator<U>&) noexcept {}
    T* allocate(std::size_t n) {
        if (n > std::size_t(-1) / sizeof(T)) throw std::bad_array_new_length();
        return static_cast<T*>(allocate_buffer(n * sizeof(T)));
    }
    void deallocate(T* p, std::size_t n) noexcept { deallocate_buffer(p, n * sizeof(T)); }
    template <class U>
    bool operator==(const BufferAllocator<U>&) const noexcept {
        return true;
    }
};

/// Allocates n bytes for a runtime object (16-byte aligned).
inline void* allocate(std::size_t n) {
    if constexpr (!kPooled) return ::operator new(n);
    if (n > kMaxPooled) [[unlikely]]
        return allocate_buffer(n);
    const std::size_t c = detail::size_class(n);
    detail::ThreadPools& p = detail::t_pools;
    if (detail::FreeBlock* b = p.free[c]) [[likely]] {
        detail::FreeBlock* next = b->next;
        p.free[c] = next;
        // The next allocation of this class reads next->next: start fetching its line now (a list freed long
        // ago is cold, and each pop would otherwise wait for the previous one's miss).
        __builtin_prefetch(next, 1);
        return b;
    }
    return detail::refill(c);
}

/// Frees a block that allocate(n) returned, with the same n.
inline void deallocate(void* block, std::size_t n) noexcept {
    if constexpr (!kPooled) {
        ::operator delete(block);
        return;
    }
    if (n > kMaxPooled) [[unlikely]] {
        deallocate_buffer(block, n);
        return;
    }
    const std::size_t c = detail::size_class(n);
    detail::ThreadPools& p = detail::t_pools;
    auto* b = static_cast<detail::FreeBlock*>(block);
    b->next = p.free[c];
    p.free[c] = b;
}

}  // namespace pyaot::memory
