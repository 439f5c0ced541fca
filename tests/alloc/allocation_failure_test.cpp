// When memory runs out inside a parse, the parse fails with error_code::out_of_memory instead of ending the
// program (the parse path is noexcept): every allocation of a fresh parser's first parse of each fixture is
// made to fail in turn, the n-th one on the n-th try, until a try makes none fail. Its own program: it
// replaces operator new.
//
// Only the throwing operator new fails, which is how triage's own buffers allocate. simdjson allocates its
// parser's buffers with new (std::nothrow), and its On-Demand parser::allocate() does not check all of them:
// 3.9.4 returns SUCCESS with a null string buffer, and with its development checks (a build without
// optimisation) writes through an unchecked table. Failing those would test simdjson, and crash in it.
// Likewise its one-time choice of kernel, made before the tries (see main).
#include <triage/triage.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <new>
#include <string>
#include <vector>

namespace {

long fail_countdown = -1;  ///< the allocation that fails: 0 is the next one; negative: none

bool should_fail() noexcept {
  if (fail_countdown < 0) return false;
  return fail_countdown-- == 0;
}

}  // namespace

void* operator new(std::size_t size) {
  if (should_fail()) throw std::bad_alloc();
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return ::operator new(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return std::malloc(size == 0 ? 1 : size); }
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return ::operator new(size, tag); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: allocation_failure_test FIXTURES_DIR\n");
    return 2;
  }
  std::vector<std::string> payloads;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    payloads.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  // simdjson picks its kernel once per process, on first use, allocating with the throwing new inside a
  // noexcept function (3.0.1): that happens here, before any allocation is made to fail.
  (void)simdjson::get_active_implementation()->name();
  int status = 0;
  std::size_t failed_parses = 0;
  std::size_t out_of_memory = 0;
  for (const std::string& payload : payloads) {
    for (long n = 0;; ++n) {
      triage::parser parser;  // fresh: its first parse allocates every buffer
      fail_countdown = n;
      auto batch = parser.parse(std::string_view(payload));
      const bool none_failed = fail_countdown >= 0;  // the n-th allocation was never reached
      fail_countdown = -1;
      if (none_failed) break;
      ++failed_parses;
      if (batch) {
        // Nothing the parse needed failed (an allocation it could do without); the result must still be whole.
        for (const triage::callback& cb : *batch) (void)triage::classify(cb);
        continue;
      }
      if (batch.error().code() == triage::error_code::out_of_memory) {
        ++out_of_memory;
      } else if (batch.error().code() != triage::error_code::unknown_provider &&
                 batch.error().code() != triage::error_code::invalid_json &&
                 batch.error().code() != triage::error_code::scalar_document) {
        // An error the payload does not have: the failed allocation was taken for a problem of the input.
        std::printf("allocation %ld: %s\n", n, batch.error().message().c_str());
        status = 1;
      }
    }
  }
  std::printf("%zu payloads, %zu parses with a failed allocation, %zu reported out_of_memory\n", payloads.size(),
              failed_parses, out_of_memory);
  if (payloads.empty() || out_of_memory == 0) status = 1;
  return status;
}
