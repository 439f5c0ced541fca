#ifndef TRIAGE_BENCHMARKS_ALLOC_COUNTER_HPP
#define TRIAGE_BENCHMARKS_ALLOC_COUNTER_HPP

// Counts every heap allocation of the program (the replaceable global operator new). Include it in
// exactly one translation unit of a program: it defines the replacements.

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <new>

namespace triage_bench {

inline std::atomic<std::uint64_t>& allocation_counter() {
  static std::atomic<std::uint64_t> count{0};
  return count;
}
inline std::uint64_t allocations() { return allocation_counter().load(std::memory_order_relaxed); }

}  // namespace triage_bench

void* operator new(std::size_t size) {
  triage_bench::allocation_counter().fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return ::operator new(size); }
// simdjson allocates with new (std::nothrow): those count too, and must pair with the deletes below.
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  triage_bench::allocation_counter().fetch_add(1, std::memory_order_relaxed);
  return std::malloc(size == 0 ? 1 : size);
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return ::operator new(size, tag); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

#endif  // TRIAGE_BENCHMARKS_ALLOC_COUNTER_HPP
