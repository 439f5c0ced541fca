#ifndef TRIAGE_TESTS_VERIFY_SUPPORT_HPP
#define TRIAGE_TESTS_VERIFY_SUPPORT_HPP

// A request the tests own: headers and strings kept alive, views handed to the verifiers.

#include <triage/triage.hpp>  // with the parser's headers too: names of theirs must not shadow ours
#include <triage/verify.hpp>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace triage_test {

struct owned_request {
  std::string method = "POST";
  std::string url;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string remote_address;

  mutable std::vector<triage::header_field> fields;

  const triage::request& view() const {
    fields.clear();
    for (const auto& [name, value] : headers) fields.push_back({name, value});
    view_ = {method, url, {fields.data(), fields.size()}, body, remote_address};
    return view_;
  }
  /// Replaces the value of every header named `name` (exactly), or adds one.
  owned_request& set(const std::string& name, const std::string& value) {
    for (auto& [n, v] : headers) {
      if (n == name) {
        v = value;
        return *this;
      }
    }
    headers.emplace_back(name, value);
    return *this;
  }
  owned_request& erase(const std::string& name) {
    for (auto it = headers.begin(); it != headers.end();) it = it->first == name ? headers.erase(it) : it + 1;
    return *this;
  }

 private:
  mutable triage::request view_;
};

struct secret_list {
  std::vector<std::string_view> items;
  secret_list(std::initializer_list<std::string_view> s) : items(s) {}
  triage::span<std::string_view> span() const { return {items.data(), items.size()}; }
};

inline triage::verify_result run(triage::scheme s, const owned_request& r, const secret_list& secrets, std::int64_t now,
                                 triage::verify_options options = {}) {
  return triage::verify(s, r.view(), secrets.span(), options, now);
}

}  // namespace triage_test

#endif  // TRIAGE_TESTS_VERIFY_SUPPORT_HPP
