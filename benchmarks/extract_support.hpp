#ifndef TRIAGE_BENCHMARKS_EXTRACT_SUPPORT_HPP
#define TRIAGE_BENCHMARKS_EXTRACT_SUPPORT_HPP

// What every provider's extractions share (benchmarks/<provider>/extract.hpp): the record all four
// implementations append, the sink, the peers' minimal classification, the floor's accessors, the schema
// the DOM peers walk, and the DOM peers' lookups. extract.hpp joins the providers' extractions.

#include <rapidjson/document.h>
#include <simdjson.h>
#include <nlohmann/json.hpp>
#include <triage/triage.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace triage_bench {

struct record {
  triage::provider provider{};
  std::string id, status, reason;
  std::int64_t code = no_code;
  std::uint8_t outcome = 0;  ///< not compared: the peers' classification is deliberately minimal

  static constexpr std::int64_t no_code = INT64_MIN;
  bool operator==(const record& o) const {
    return provider == o.provider && id == o.id && status == o.status && reason == o.reason && code == o.code;
  }
};

/// Reused between calls; only the checker keeps records, the timed loops count them.
struct sink {
  bool keep = false;
  std::vector<record> records;
  std::uint64_t callbacks = 0;
  std::uint64_t checksum = 0;

  void add(triage::provider p, std::string_view id, std::string_view status, std::string_view reason, std::int64_t code,
           std::uint8_t outcome) {
    ++callbacks;
    checksum += id.size() + status.size() + reason.size() + static_cast<std::uint64_t>(code) + outcome;
    if (keep) records.push_back({p, std::string(id), std::string(status), std::string(reason), code, outcome});
  }
};

inline std::string_view or_empty(const std::optional<std::string_view>& s) { return s ? *s : std::string_view(); }

/// A row of the minimal classification the peers do: the outcome of a status string.
struct status_outcome {
  std::string_view status;
  triage::outcome outcome;
};

/// The peers' classification: a small table lookup of the status (each provider brings its rows).
template <std::size_t N>
std::uint8_t minimal_outcome(const status_outcome (&rows)[N], std::string_view status) {
  for (const status_outcome& r : rows) {
    if (r.status == status) return static_cast<std::uint8_t>(r.outcome);
  }
  return static_cast<std::uint8_t>(triage::outcome::unknown);
}

// ----------------------------------------------------------------------------------------------- floor

/// The floor: a bare simdjson On-Demand walk that touches every field triage types, with the accessor of
/// its type (strings unescaped, integers parsed, raw objects delimited, lists iterated), and does nothing
/// else: no null handling, no error paths or offsets, no structs, no timestamps parsed, no classification
/// beyond the peers' status lookup. What triage costs above it is the price of its typing and checking.
namespace floor_walk {
namespace od = simdjson::ondemand;

/// Sums what was touched so that no read can be optimised away.
struct touched {
  std::uint64_t sum = 0;

  std::string_view string(od::value v) {
    std::string_view s;
    if (v.get_string().get(s) != simdjson::SUCCESS) return {};
    sum += s.size();
    return s;
  }
  std::int64_t integer(od::value v) {
    std::int64_t n = 0;
    if (v.get_int64().get(n) == simdjson::SUCCESS) {
      sum += static_cast<std::uint64_t>(n);
      return n;
    }
    std::string_view s;
    if (v.get_string().get(s) == simdjson::SUCCESS && triage::detail::parse_integer(s, n)) {
      sum += static_cast<std::uint64_t>(n);
      return n;
    }
    return record::no_code;
  }
  /// An object or array kept as raw JSON text.
  void raw(od::value v) {
    std::string_view text;
    od::object object;
    od::array array;
    if (v.get_object().get(object) == simdjson::SUCCESS) {
      if (object.raw_json().get(text) == simdjson::SUCCESS) sum += text.size();
    } else if (v.get_array().get(array) == simdjson::SUCCESS) {
      if (array.raw_json().get(text) == simdjson::SUCCESS) sum += text.size();
    }
  }
  /// A value of any type kept as its raw text (Bird's body).
  void any(od::value v) {
    od::json_type type{};
    if (v.type().get(type) != simdjson::SUCCESS) return;
    if (type == od::json_type::object || type == od::json_type::array) return raw(v);
    sum += v.raw_json_token().size();
  }
  void strings(od::value v) {
    od::array array;
    if (v.get_array().get(array) != simdjson::SUCCESS) return;
    for (auto element : array) {
      od::value item;
      if (std::move(element).get(item) == simdjson::SUCCESS) string(item);
    }
  }
  /// A string or a number kept as its text (Bandwidth coordinates, Bird failure.source.code).
  void string_or_number(od::value v) {
    od::json_type type{};
    if (v.type().get(type) != simdjson::SUCCESS) return;
    if (type == od::json_type::string) {
      string(v);
    } else {
      integer(v);
    }
  }
};

/// Calls f(raw key, value) for each field; keys compared raw, as fast as On-Demand allows.
template <class F>
void each_field(od::object object, F&& f) {
  for (auto r : object) {
    od::field field;
    if (std::move(r).get(field) != simdjson::SUCCESS) return;
    f(field.key(), field.value());
  }
}
template <class F>
void each_field(od::value v, F&& f) {
  od::object object;
  if (v.get_object().get(object) == simdjson::SUCCESS) each_field(object, std::forward<F>(f));
}
template <class F>
void each_element(od::value v, F&& f) {
  od::array array;
  if (v.get_array().get(array) != simdjson::SUCCESS) return;
  for (auto element : array) {
    od::value item;
    if (std::move(element).get(item) == simdjson::SUCCESS) f(item);
  }
}

}  // namespace floor_walk

// --------------------------------------------------------------------------------- the fields, for DOMs

/// Every field triage types, as a tree the DOM peers walk with their own lookups (find by key, then the
/// accessor of the type), so that they touch what triage and the floor touch. The four record fields are
/// read again by each peer's extraction below; looking them up twice is noise next to building a DOM.
namespace schema {

enum class type { string, integer, raw, any, strings, string_or_number, object, objects };

struct field {
  std::string_view key;
  schema::type type;
  const field* children = nullptr;
  std::size_t count = 0;
};

template <std::size_t N>
constexpr field object(std::string_view key, const field (&children)[N]) {
  return {key, type::object, children, N};
}
template <std::size_t N>
constexpr field objects(std::string_view key, const field (&children)[N]) {
  return {key, type::objects, children, N};
}

}  // namespace schema

// -------------------------------------------------------------------------------------------- nlohmann

namespace nlohmann_walk {

/// Looks up every schema field of `object` and reads it with the accessor of its type.
inline std::uint64_t touch(const nlohmann::json& object, const schema::field* fields, std::size_t count) {
  if (!object.is_object()) return 0;
  std::uint64_t sum = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const schema::field& f = fields[i];
    const auto it = object.find(f.key);
    if (it == object.end()) continue;
    const nlohmann::json& v = *it;
    switch (f.type) {
      case schema::type::string:
        if (v.is_string()) sum += v.get_ref<const std::string&>().size();
        break;
      case schema::type::integer:
      case schema::type::string_or_number:
        if (v.is_number_integer()) {
          sum += static_cast<std::uint64_t>(v.get<std::int64_t>());
        } else if (v.is_number()) {
          sum += static_cast<std::uint64_t>(v.get<double>());
        } else if (v.is_string()) {
          std::int64_t n = 0;
          const std::string& text = v.get_ref<const std::string&>();
          sum += triage::detail::parse_integer(text, n) ? static_cast<std::uint64_t>(n) : text.size();
        }
        break;
      case schema::type::raw:
      case schema::type::any: sum += v.size(); break;
      case schema::type::strings:
        if (v.is_array()) {
          for (const auto& e : v) {
            if (e.is_string()) sum += e.get_ref<const std::string&>().size();
          }
        }
        break;
      case schema::type::object: sum += touch(v, f.children, f.count); break;
      case schema::type::objects:
        if (v.is_array()) {
          for (const auto& e : v) sum += touch(e, f.children, f.count);
        }
        break;
    }
  }
  return sum;
}
template <std::size_t N>
std::uint64_t touch(const nlohmann::json& object, const schema::field (&fields)[N]) {
  return touch(object, fields, N);
}

inline std::string_view str(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? std::string_view(it->get_ref<const std::string&>())
                                               : std::string_view();
}

inline std::int64_t code(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end()) return record::no_code;
  if (it->is_number_integer()) return it->get<std::int64_t>();
  std::int64_t parsed = 0;
  if (it->is_string() && triage::detail::parse_integer(it->get_ref<const std::string&>(), parsed)) return parsed;
  return record::no_code;
}

}  // namespace nlohmann_walk

// ------------------------------------------------------------------------------------------- rapidjson

namespace rapidjson_walk {

/// Looks up every schema field of `object` and reads it with the accessor of its type.
inline std::uint64_t touch(const rapidjson::Value& object, const schema::field* fields, std::size_t count) {
  if (!object.IsObject()) return 0;
  std::uint64_t sum = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const schema::field& f = fields[i];
    const rapidjson::Value key(rapidjson::StringRef(f.key.data(), static_cast<rapidjson::SizeType>(f.key.size())));
    const auto it = object.FindMember(key);
    if (it == object.MemberEnd()) continue;
    const rapidjson::Value& v = it->value;
    switch (f.type) {
      case schema::type::string:
        if (v.IsString()) sum += v.GetStringLength();
        break;
      case schema::type::integer:
      case schema::type::string_or_number:
        if (v.IsInt64()) {
          sum += static_cast<std::uint64_t>(v.GetInt64());
        } else if (v.IsNumber()) {
          sum += static_cast<std::uint64_t>(v.GetDouble());
        } else if (v.IsString()) {
          std::int64_t n = 0;
          const std::string_view text(v.GetString(), v.GetStringLength());
          sum += triage::detail::parse_integer(text, n) ? static_cast<std::uint64_t>(n) : text.size();
        }
        break;
      case schema::type::raw:
      case schema::type::any: sum += v.IsObject() ? v.MemberCount() : v.IsArray() ? v.Size() : 1; break;
      case schema::type::strings:
        if (v.IsArray()) {
          for (const auto& e : v.GetArray()) {
            if (e.IsString()) sum += e.GetStringLength();
          }
        }
        break;
      case schema::type::object: sum += touch(v, f.children, f.count); break;
      case schema::type::objects:
        if (v.IsArray()) {
          for (const auto& e : v.GetArray()) sum += touch(e, f.children, f.count);
        }
        break;
    }
  }
  return sum;
}
template <std::size_t N>
std::uint64_t touch(const rapidjson::Value& object, const schema::field (&fields)[N]) {
  return touch(object, fields, N);
}

inline std::string_view str(const rapidjson::Value& object, const char* key) {
  const auto it = object.FindMember(key);
  return it != object.MemberEnd() && it->value.IsString()
             ? std::string_view(it->value.GetString(), it->value.GetStringLength())
             : std::string_view();
}

inline std::int64_t code(const rapidjson::Value& object, const char* key) {
  const auto it = object.FindMember(key);
  if (it == object.MemberEnd()) return record::no_code;
  if (it->value.IsInt64()) return it->value.GetInt64();
  std::int64_t parsed = 0;
  if (it->value.IsString() &&
      triage::detail::parse_integer(std::string_view(it->value.GetString(), it->value.GetStringLength()), parsed)) {
    return parsed;
  }
  return record::no_code;
}

}  // namespace rapidjson_walk

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_EXTRACT_SUPPORT_HPP
