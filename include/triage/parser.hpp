#ifndef TRIAGE_PARSER_HPP
#define TRIAGE_PARSER_HPP

// triage::parser: payload bytes in, typed callbacks out (or an error value).
//
// One parser per thread; reuse it. Every view in the returned batch (strings, raw JSON, spans) points
// into the payload or into the parser's own buffers, and stays valid until the same parser parses again
// or is destroyed. When the payload was passed as std::string_view the parser works on its own padded
// copy, so only the parser's lifetime matters; with a padded_string_view the caller's buffer must live too.

#include <simdjson.h>

#include <cstddef>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "triage/body_format.hpp"
#include "triage/callback.hpp"
#include "triage/detail/append.hpp"
#include "triage/detail/form_payload.hpp"
#include "triage/detail/json.hpp"
#include "triage/detect.hpp"
#include "triage/error.hpp"
#include "triage/provider_error.hpp"
#include "triage/providers.hpp"
#include "triage/result.hpp"
#include "triage/span.hpp"

namespace triage {

namespace detail {

template <class List>
struct all_limits;
/// Every provider's limits in one struct: each provider's face names its own (`max_<provider>_...`).
template <class... P>
struct all_limits<provider_list<P...>> : P::limits... {};

}  // namespace detail

/// Limits that keep hostile input from costing unbounded time or memory. Exceeding one is an error value.
/// Besides these, every provider's own limits (its traits::limits, e.g. the entries of one of its arrays).
struct parser_options : detail::all_limits<providers> {
  // Not an aggregate: with the providers' limits as bases, `parser_options{n}` would set the first
  // provider's first limit, not max_document_size. Set the members by name.
  parser_options() noexcept {}  // NOLINT(modernize-use-equals-default): user-provided on purpose

  std::size_t max_document_size = std::size_t{16} << 20;  ///< bytes of one payload
  std::size_t max_string_length = std::size_t{1} << 20;   ///< bytes of one string value, once unescaped
  std::size_t max_depth = 1024;                           ///< nesting of objects and arrays, anywhere
  std::size_t max_form_fields = 1000;                     ///< fields of one form-encoded body
};

/// Where a provider's parse entry puts the callbacks of a payload: built in place in the parser's list, so
/// that a payload may hold several (an array of events, a batch of reports). Besides callbacks, a payload
/// may carry errors about the batch as a whole (provider_error) and parts that are no callbacks, which the
/// provider counts (skip()); a sink made without a place for them drops both.
class callback_sink {
 public:
  explicit callback_sink(std::vector<callback>& out, std::vector<provider_error>* errors = nullptr,
                         std::size_t* skipped = nullptr) noexcept
      : out_(out),
        first_(out.size()),
        errors_(errors),
        first_error_(errors != nullptr ? errors->size() : 0),
        skipped_(skipped) {}

  /// A new, default-constructed callback of type T, to be filled; nullptr when memory ran out (the parse
  /// entry then fails with walker::out_of_memory()).
  template <class T>
  T* add() noexcept {
    callback* added = detail::append(out_, std::in_place_type<T>);
    return added == nullptr ? nullptr : &added->template get_mutable<T>();
  }
  /// A new callback that is a copy of `value`, to be completed: one copy, where add<T>() and an assignment
  /// would first build a default T there (a callback is some kilobytes). nullptr when memory ran out.
  template <class T>
  T* add(const T& value) noexcept {
    callback* added = detail::append(out_, std::in_place_type<T>, value);
    return added == nullptr ? nullptr : &added->template get_mutable<T>();
  }
  /// How many callbacks this payload has added so far.
  std::size_t size() const noexcept { return out_.size() - first_; }
  /// The i-th callback this payload added. Precondition: it is a T.
  template <class T>
  T& at(std::size_t i) noexcept {
    return out_[first_ + i].template get_mutable<T>();
  }
  /// Drops the callbacks this payload added after its first `count` (a part of the payload that turned out,
  /// once read whole, to hold no callbacks). Never allocates.
  void truncate(std::size_t count) noexcept {
    if (count < size()) out_.erase(out_.begin() + static_cast<std::ptrdiff_t>(first_ + count), out_.end());
  }

  /// A new, empty batch-level error to be filled; nullptr when memory ran out or the sink keeps none (a
  /// parse entry treats only the first as a failure: check has_errors()).
  provider_error* add_error() noexcept { return errors_ == nullptr ? nullptr : detail::append(*errors_); }
  bool keeps_errors() const noexcept { return errors_ != nullptr; }
  /// How many batch-level errors this payload has added so far.
  std::size_t error_count() const noexcept { return errors_ == nullptr ? 0 : errors_->size() - first_error_; }
  /// Drops the batch-level errors this payload added after its first `count`.
  void truncate_errors(std::size_t count) noexcept {
    if (errors_ != nullptr && count < error_count()) errors_->resize(first_error_ + count);
  }
  /// Counts `count` parts of the payload that the provider recognised and that are no callbacks.
  void skip(std::size_t count = 1) noexcept {
    if (skipped_ != nullptr) *skipped_ += count;
  }

 private:
  std::vector<callback>& out_;
  std::size_t first_;
  std::vector<provider_error>* errors_;
  std::size_t first_error_;
  std::size_t* skipped_;
};

/// The callbacks of one payload, in payload order. A view into the parser: valid until its next parse.
class batch {
 public:
  batch() noexcept = default;
  batch(const callback* data, std::size_t size) noexcept : callbacks_(data, size) {}
  batch(span<callback> callbacks, span<provider_error> errors, std::size_t skipped,
        std::optional<triage::provider> from = std::nullopt) noexcept
      : callbacks_(callbacks), errors_(errors), skipped_(skipped), provider_(from) {}

  const callback* begin() const noexcept { return callbacks_.begin(); }
  const callback* end() const noexcept { return callbacks_.end(); }
  std::size_t size() const noexcept { return callbacks_.size(); }
  bool empty() const noexcept { return callbacks_.empty(); }
  /// Precondition: i < size().
  const callback& operator[](std::size_t i) const noexcept { return callbacks_[i]; }

  /// Errors the provider reported about the batch as a whole, naming no message (no callback has them).
  span<provider_error> errors() const noexcept { return errors_; }
  /// Parts of the payload that its provider recognised as no message callbacks (e.g. account events) and
  /// skipped: a payload of only such parts is a valid batch with no callbacks.
  std::size_t skipped() const noexcept { return skipped_; }
  /// The provider whose payload this is (also when it holds no callback); absent for a hand-made batch.
  std::optional<triage::provider> provider() const noexcept { return provider_; }

 private:
  span<callback> callbacks_;
  span<provider_error> errors_;
  std::size_t skipped_ = 0;
  std::optional<triage::provider> provider_;
};

class parser {
 public:
  explicit parser(parser_options options = {}) noexcept : options_(options) {}

  parser(const parser&) = delete;
  parser& operator=(const parser&) = delete;
  parser(parser&&) noexcept = default;
  parser& operator=(parser&&) noexcept = default;

  /// Parses a payload that already has simdjson::SIMDJSON_PADDING bytes allocated past its end (no copy).
  result<batch> parse(simdjson::padded_string_view json) noexcept {
    return parse_padded(json, std::nullopt, std::nullopt);
  }
  result<batch> parse(simdjson::padded_string_view json, provider known) noexcept {
    return parse_padded(json, known, std::nullopt);
  }
  result<batch> parse(const simdjson::padded_string& json) noexcept {
    return parse_padded(json, std::nullopt, std::nullopt);
  }
  result<batch> parse(const simdjson::padded_string& json, provider known) noexcept {
    return parse_padded(json, known, std::nullopt);
  }

  /// Parses any bytes: copies them into the parser's padded buffer first.
  result<batch> parse(std::string_view json) noexcept { return parse_copy(json, std::nullopt, std::nullopt); }
  result<batch> parse(std::string_view json, provider known) noexcept { return parse_copy(json, known, std::nullopt); }

  /// Parses a body in the given format (every other overload tells JSON from a form by detect_body_format).
  result<batch> parse(std::string_view body, body_format format) noexcept {
    return parse_copy(body, std::nullopt, format);
  }
  result<batch> parse(std::string_view body, provider known, body_format format) noexcept {
    return parse_copy(body, known, format);
  }

  const parser_options& options() const noexcept { return options_; }

 private:
  result<batch> parse_copy(std::string_view json, std::optional<provider> known,
                           std::optional<body_format> format) noexcept {
    if (json.size() > options_.max_document_size) return too_large(json.size());
    if (!detail::resize(copy_, json.size() + simdjson::SIMDJSON_PADDING)) {
      return error(error_code::out_of_memory, error::no_offset, "the parser's copy of the payload could not grow");
    }
    if (!json.empty()) std::memcpy(copy_.data(), json.data(), json.size());
    std::memset(copy_.data() + json.size(), 0, simdjson::SIMDJSON_PADDING);
    return parse_padded(simdjson::padded_string_view(copy_.data(), json.size(), copy_.size()), known, format);
  }

  result<batch> too_large(std::size_t size) const noexcept {
    (void)size;
    return error(error_code::document_too_large, options_.max_document_size,
                 "exceeds parser_options::max_document_size");
  }

  result<batch> parse_padded(simdjson::padded_string_view json, std::optional<provider> known,
                             std::optional<body_format> format) noexcept {
    callbacks_.clear();
    batch_errors_.clear();
    skipped_ = 0;

    const std::string_view text(json.data(), json.length());
    if (text.size() > options_.max_document_size) return too_large(text.size());
    if (detail::is_json_blank(text)) return error(error_code::empty_input, error::no_offset);
    if ((format ? *format : detect_body_format(text)) != body_format::json) return parse_form_body(text, known);
    if (!allocated_ || json_.capacity() < text.size()) {
      // Sized to the payload (at least 64 KiB) so that steady-state parsing does not allocate.
      const std::size_t capacity = text.size() < (std::size_t{1} << 16) ? (std::size_t{1} << 16) : text.size();
      if (json_.allocate(capacity) != simdjson::SUCCESS) {
        return error(error_code::out_of_memory, error::no_offset);
      }
      allocated_ = true;
    }

    // A UTF-8 byte order mark is not JSON, but some senders prepend one. Offsets still count from the
    // caller's first byte because the walker measures from `text`.
    simdjson::padded_string_view body = json;
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
      body = simdjson::padded_string_view(json.data() + 3, json.length() - 3, json.capacity() - 3);
    }

    return parse_body(body, text, known, true);
  }

  /// Iterates `body` (the payload without a byte order mark) and parses it. The first pass detects the
  /// provider provisionally (detect.hpp); the second, when that failed or the provider's parse did not bear it
  /// out, detects in full on the document iterated again (simdjson keeps an iterator's error across a rewind).
  result<batch> parse_body(simdjson::padded_string_view body, std::string_view text, std::optional<provider> known,
                           bool first_pass) noexcept {
    namespace od = simdjson::ondemand;
    od::document doc;
    const detail::path_node root{};
    if (auto e = json_.iterate(body).get(doc)) {
      std::string_view detail;
      const error_code code = detail::map_simdjson_error(e, detail);
      const std::size_t where = code == error_code::invalid_utf8 ? detail::first_invalid_utf8(text)
                                : e == simdjson::UNCLOSED_STRING ? detail::first_syntax_error(text)
                                                                 : error::no_offset;
      return error(code, where, detail);
    }
    // On-Demand skips what it does not read without a depth limit: the limit is checked here, once.
    if (const std::size_t at = first_pass ? detail::first_too_deep(text, options_.max_depth) : error::no_offset;
        at != error::no_offset) {
      return error(error_code::too_deep, at, "deeper than parser_options::max_depth");
    }
    detail::walker w(text.data(), text.size(), doc, options_.max_string_length);

    provider which{};
    const bool provisional = !known && first_pass;
    if (known) {
      which = *known;
      od::json_type type{};
      if (auto e = doc.type().get(type)) {
        w.fail(e, &root);
        return w.failure();
      }
      if (type != od::json_type::object && type != od::json_type::array) return detail::scalar_document_error(text);
    } else if (!detect_provider(w, detail::provider_catalog,
                                provisional ? detail::detect_mode::provisional : detail::detect_mode::complete,
                                which)) {
      return provisional ? detect_again(body, text) : w.failure();
    }

    bool saw_shape = true;
    const bool parsed = parse_as(which, w, provisional ? &saw_shape : nullptr);
    if (provisional && !(parsed && saw_shape)) return detect_again(body, text);
    if (!parsed) return w.failure();

    // On-Demand reads lazily: whatever follows the root value is only seen if we look.
    const char* end = nullptr;
    if (doc.current_location().get(end) == simdjson::SUCCESS) {
      return error(error_code::trailing_content, w.offset_of(end));
    }
    return parsed_batch(which);
  }

  /// A form-encoded body (or query string): its provider by its form shapes unless known, then its parse_form.
  result<batch> parse_form_body(std::string_view text, std::optional<provider> known) noexcept {
    const detail::form_limits limits{options_.max_form_fields, detail::form_limits{}.max_key_length,
                                     options_.max_string_length};
    detail::form_source body(text, form_scratch_, limits);
    provider which{};
    if (known) {
      which = *known;
    } else if (!detail::detect_form_provider(body, detail::provider_form_catalog, which)) {
      return body.failure();
    }
    callback_sink sink(callbacks_, &batch_errors_, &skipped_);
    if (!detail::parse_form_as<providers>(which, body, storage_, options_, sink)) return body.failure();
    return parsed_batch(which);
  }

  /// The second pass after a provisional detection that failed or that the parse did not bear out.
  result<batch> detect_again(simdjson::padded_string_view body, std::string_view text) noexcept {
    callbacks_.clear();
    batch_errors_.clear();
    skipped_ = 0;
    return parse_body(body, text, std::nullopt, false);
  }

  /// The provider's parse entry, on its storage emptied for this payload; `*saw_shape` (when asked) tells
  /// whether the payload had every key of one of the provider's shapes (traits::saw_shape).
  batch parsed_batch(provider which) const noexcept {
    return batch({callbacks_.data(), callbacks_.size()}, {batch_errors_.data(), batch_errors_.size()}, skipped_, which);
  }

  bool parse_as(provider which, detail::walker& w, bool* saw_shape) noexcept {
    callback_sink sink(callbacks_, &batch_errors_, &skipped_);
    return detail::provider_traits::visit<bool>(which, [&](auto face) {
      using traits = decltype(face);
      if constexpr (detail::reads_json<traits>::value) {
        auto& store = std::get<typename traits::storage>(storage_);
        traits::reset(store, options_);
        if (!traits::parse(w, store, sink)) return false;
        if (saw_shape != nullptr) *saw_shape = traits::saw_shape(store, sink);
        return true;
      } else {
        // Only a caller that names the provider gets here: detection never picks a provider without shapes.
        return w.fail_at(error_code::wrong_type, nullptr, 0,
                         "a JSON body, but this provider's callbacks are form-encoded");
      }
    });
  }

  parser_options options_;
  simdjson::ondemand::parser json_;
  bool allocated_ = false;
  std::vector<char> copy_;
  std::vector<char> form_scratch_;  ///< decoded form values, which callbacks of a form body point into
  std::vector<callback> callbacks_;
  std::vector<provider_error> batch_errors_;  ///< the payload's batch-level errors (batch::errors())
  std::size_t skipped_ = 0;                   ///< the payload's parts that are no callbacks (batch::skipped())
  detail::provider_traits::storage_tuple storage_;
};

}  // namespace triage

#endif  // TRIAGE_PARSER_HPP
