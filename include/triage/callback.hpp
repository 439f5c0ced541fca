#ifndef TRIAGE_CALLBACK_HPP
#define TRIAGE_CALLBACK_HPP

// One callback of any provider, with the fields every provider has an answer for.

#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>

#include "triage/bandwidth/message_callback.hpp"
#include "triage/bandwidth/tables.hpp"
#include "triage/bird/message.hpp"
#include "triage/taxonomy.hpp"
#include "triage/vibes/event_processed.hpp"

namespace triage {

class parser;

/// The provider-neutral facts of a callback: what the CLI prints and what a tracker keys on.
struct callback_fields {
  std::string_view kind;               ///< e.g. "handset_dlr", "message_failed", "message"
  std::optional<std::string_view> id;  ///< Vibes event_id, Bandwidth message.id, Bird message id
  std::optional<std::string_view> status;
  std::optional<std::string_view> reason;
  std::optional<std::string_view> detail;  ///< the most specific free text: a failure reason or description
  std::optional<std::int64_t> code;        ///< the provider's numeric error code
};

namespace vibes {
constexpr triage::provider provider_of(const event_processed&) noexcept { return provider::vibes; }
constexpr std::string_view kind_of(const event_processed& c) noexcept { return to_string(c.kind); }

constexpr callback_fields fields_of(const event_processed& c) noexcept {
  callback_fields f{kind_of(c), c.event_id, {}, {}, {}, c.first_error_code()};
  if (const action* a = c.find_action()) {
    f.status = a->status;
    f.reason = a->status_reason;
    if (a->failure) {
      f.detail = a->failure->reason;
      if (!f.detail) {
        for (const failure_error& e : a->failure->errors) {
          if (e.error) {
            f.detail = e.error;
            break;
          }
        }
      }
    }
  }
  return f;
}
}  // namespace vibes

namespace bandwidth {
constexpr triage::provider provider_of(const message_callback&) noexcept { return provider::bandwidth; }
constexpr std::string_view kind_of(const message_callback& c) noexcept { return to_string(c.kind); }

/// kind: the type with '-' as '_' ("unknown" for a type not in the table; status keeps it verbatim);
/// id: message.id; status: type; reason: description; code: errorCode; detail: Bandwidth's name for the
/// errorCode (e.g. "rejected-forbidden-country"), absent for a code without a known name.
constexpr callback_fields fields_of(const message_callback& c) noexcept {
  callback_fields f{kind_of(c), {}, c.type, c.description, {}, c.error_code};
  if (c.message) f.id = c.message->id;
  if (c.error_code) {
    if (const code_row* row = find_code(*c.error_code); row != nullptr && !row->name.empty()) f.detail = row->name;
  }
  return f;
}
}  // namespace bandwidth

namespace bird {
constexpr triage::provider provider_of(const message&) noexcept { return provider::bird; }
constexpr std::string_view kind_of(const message&) noexcept { return message_kind; }

/// kind: "message"; id: the message id; status: verbatim; reason: the status-reason slug (`details`, else
/// the `reason:` part of a structured SMS reason); detail: the free text (the `details:` part of a structured
/// reason, else `reason`); code: the most specific integer code (failure.source.code, else the structured
/// reason's `code:`, else failure.code). See bird::message's members of the same names.
constexpr callback_fields fields_of(const message& m) noexcept {
  return {kind_of(m), m.id, m.status, m.reason_slug(), m.free_text(), m.most_specific_code()};
}
}  // namespace bird

/// A parsed callback: one of the providers' typed structs. Views inside it follow the lifetime rule of
/// the parser that produced it (see triage::parser).
class callback {
 public:
  using variant_type = std::variant<vibes::event_processed, bandwidth::message_callback, bird::message>;

  callback(vibes::event_processed c) noexcept : value_(std::move(c)) {}       // NOLINT: implicit by design
  callback(bandwidth::message_callback c) noexcept : value_(std::move(c)) {}  // NOLINT: implicit by design
  callback(bird::message c) noexcept : value_(std::move(c)) {}                // NOLINT: implicit by design
  /// A default-constructed T, built where the callback lives (the parser fills it in place).
  template <class T>
  explicit callback(std::in_place_type_t<T> type) noexcept : value_(type) {}

  triage::provider provider() const noexcept {
    return std::visit([](const auto& c) { return provider_of(c); }, value_);
  }

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
  friend class parser;
  /// For the parser, which fills callbacks in place. Precondition: the callback holds a T.
  template <class T>
  T& get_mutable() noexcept {
    return *std::get_if<T>(&value_);
  }

  variant_type value_;
};

}  // namespace triage

#endif  // TRIAGE_CALLBACK_HPP
