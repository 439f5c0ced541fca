#ifndef TRIAGE_BENCHMARKS_RANDOM_SOURCE_HPP
#define TRIAGE_BENCHMARKS_RANDOM_SOURCE_HPP

// The seeded randomness the providers' corpus generators draw from (benchmarks/<provider>/corpus.hpp):
// one generator for the whole corpus, so that a seed gives the same corpus whatever the mix.

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>

namespace triage_bench {

class random_source {
 public:
  explicit random_source(std::uint64_t seed) : rng_(seed) {}

  std::uint64_t uniform(std::uint64_t n) { return std::uniform_int_distribution<std::uint64_t>(0, n - 1)(rng_); }
  template <class T, std::size_t N>
  const T& pick(const T (&items)[N]) {
    return items[uniform(N)];
  }

  std::string uuid() {
    const std::uint64_t a = rng_(), b = rng_();
    return fmt::format("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", a >> 32, (a >> 16) & 0xffff, a & 0xffff, b >> 48,
                       b & 0xffffffffffffULL);
  }
  std::string phone() { return fmt::format("+1{:010}", 2000000000 + uniform(7999999999)); }
  /// An ISO-8601 UTC time with milliseconds in `year`.
  std::string time(int year) {
    return fmt::format("{}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", year, 1 + uniform(12), 1 + uniform(28), uniform(24),
                       uniform(60), uniform(60), uniform(1000));
  }

 private:
  std::mt19937_64 rng_;
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_RANDOM_SOURCE_HPP
