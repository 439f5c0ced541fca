#ifndef TRIAGE_CALLBACK_HPP
#define TRIAGE_CALLBACK_HPP

// One callback of any provider: one of the providers' typed structs, with the fields every provider has an
// answer for.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <variant>

#include "triage/callback_fields.hpp"
#include "triage/providers.hpp"
#include "triage/taxonomy.hpp"

namespace triage {

class parser;

/// A parsed callback: one of the providers' typed structs. Views inside it follow the lifetime rule of
/// the parser that produced it (see triage::parser).
class callback {
 public:
  /// One alternative per provider, in the order of the list (so the index is the provider).
  using variant_type = detail::provider_traits::callback_variant;

  /// A callback of any provider's type (implicit by design: a typed struct is a callback).
  template <class T, class = std::enable_if_t<std::is_constructible_v<variant_type, std::in_place_type_t<T>, T&&>>>
  callback(T c) noexcept : value_(std::in_place_type<T>, std::move(c)) {}  // NOLINT: implicit by design
  /// A default-constructed T, built where the callback lives (the parser fills it in place).
  template <class T>
  explicit callback(std::in_place_type_t<T> type) noexcept : value_(type) {}
  /// A copy of `value`, built where the callback lives (a provider whose callbacks share most fields).
  template <class T>
  callback(std::in_place_type_t<T> type, const T& value) noexcept : value_(type, value) {}

  triage::provider provider() const noexcept { return static_cast<triage::provider>(value_.index()); }

  /// The provider-neutral fields, from the provider's fields_of.
  callback_fields fields() const noexcept {
    return std::visit([](const auto& c) { return fields_of(c); }, value_);
  }
  /// The kind alone, without computing the other fields (a static string).
  std::string_view kind() const noexcept {
    return std::visit([](const auto& c) { return kind_of(c); }, value_);
  }
  std::optional<std::string_view> id() const noexcept { return fields().id; }
  std::optional<std::string_view> status() const noexcept { return fields().status; }
  std::optional<std::string_view> reason() const noexcept { return fields().reason; }
  std::optional<std::int64_t> code() const noexcept { return fields().code; }

  /// The typed struct when the callback is of that provider, else nullptr.
  template <class T>
  const T* get_if() const noexcept {
    return std::get_if<T>(&value_);
  }
  const variant_type& variant() const noexcept { return value_; }

 private:
  friend class callback_sink;
  /// For the parser, which fills callbacks in place. Precondition: the callback holds a T.
  template <class T>
  T& get_mutable() noexcept {
    return *std::get_if<T>(&value_);
  }

  variant_type value_;
};

}  // namespace triage

#endif  // TRIAGE_CALLBACK_HPP
