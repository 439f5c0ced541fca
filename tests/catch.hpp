#ifndef TRIAGE_TESTS_CATCH_HPP
#define TRIAGE_TESTS_CATCH_HPP

// The only file that includes Catch2: bridges Debian's v2.13 single header and v3.
// Tests use the macro subset both have, and string matchers through triage_test::contains.

#include <string>

#if TRIAGE_CATCH2_MAJOR >= 3
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
namespace triage_test {
inline auto contains(const std::string& s) { return Catch::Matchers::ContainsSubstring(s); }
}  // namespace triage_test
#else
#include <catch2/catch.hpp>
namespace triage_test {
inline auto contains(const std::string& s) { return Catch::Matchers::Contains(s); }
}  // namespace triage_test
#endif

#endif  // TRIAGE_TESTS_CATCH_HPP
