#ifndef TRIAGE_TESTS_JSON_MUTATOR_HPP
#define TRIAGE_TESTS_JSON_MUTATOR_HPP

// Rewrites a JSON document through simdjson's DOM with a chosen mutation: reversed key order, every
// character escaped, an unknown field in every object, one key removed, one value replaced.

#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace triage_test {

struct mutation {
  bool reverse_keys = false;
  bool escape_everything = false;  // every character of keys and strings as \u00XX (ASCII) or raw (non-ASCII)
  bool add_unknown_fields = false;
  /// Called with the dotted path of every field; returning true drops the field.
  std::function<bool(const std::string&)> drop;
  /// Called with the dotted path of every field; a non-empty result replaces the value's JSON text.
  std::function<std::string(const std::string&)> replace;
};

class json_mutator {
 public:
  explicit json_mutator(mutation m) : m_(std::move(m)) {}

  std::string rewrite(std::string_view json) {
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(json.data(), json.size()).get(root) != simdjson::SUCCESS) return "<<unparseable>>";
    std::string out;
    write(root, "", out);
    return out;
  }

 private:
  void write_string(std::string_view s, std::string& out) const {
    out += '"';
    for (char c : s) {
      const auto u = static_cast<unsigned char>(c);
      if (m_.escape_everything && u < 0x80) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", u);
        out += buf;
      } else if (c == '"' || c == '\\') {
        out += '\\';
        out += c;
      } else if (u < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", u);
        out += buf;
      } else {
        out += c;
      }
    }
    out += '"';
  }

  void write(simdjson::dom::element e, const std::string& path, std::string& out) const {
    switch (e.type()) {
      case simdjson::dom::element_type::OBJECT: {
        simdjson::dom::object object = e.get_object().value_unsafe();
        struct kv {
          std::string_view key;
          simdjson::dom::element value;
        };
        std::vector<kv> fields;
        for (auto field : object) fields.push_back({field.key, field.value});
        if (m_.reverse_keys) std::reverse(fields.begin(), fields.end());
        out += '{';
        bool first = true;
        auto comma = [&] {
          if (!first) out += ',';
          first = false;
        };
        if (m_.add_unknown_fields) {
          comma();
          out += R"("zz_unknown":{"a":[1,{"b":null,"c":"x"}],"status":7})";
        }
        for (const kv& f : fields) {
          const std::string child = path.empty() ? std::string(f.key) : path + "." + std::string(f.key);
          if (m_.drop && m_.drop(child)) continue;
          comma();
          write_string(f.key, out);
          out += ':';
          const std::string replacement = m_.replace ? m_.replace(child) : std::string();
          if (!replacement.empty()) {
            out += replacement;
          } else {
            write(f.value, child, out);
          }
        }
        out += '}';
        break;
      }
      case simdjson::dom::element_type::ARRAY: {
        out += '[';
        bool first = true;
        std::size_t i = 0;
        simdjson::dom::array array = e.get_array().value_unsafe();
        for (auto item : array) {
          if (!first) out += ',';
          first = false;
          write(item, path + "[" + std::to_string(i++) + "]", out);
        }
        out += ']';
        break;
      }
      case simdjson::dom::element_type::STRING: write_string(e.get_string().value_unsafe(), out); break;
      case simdjson::dom::element_type::INT64: out += std::to_string(e.get_int64().value_unsafe()); break;
      case simdjson::dom::element_type::UINT64: out += std::to_string(e.get_uint64().value_unsafe()); break;
      case simdjson::dom::element_type::DOUBLE: {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", e.get_double().value_unsafe());
        out += buf;
        break;
      }
      case simdjson::dom::element_type::BOOL: out += e.get_bool().value_unsafe() ? "true" : "false"; break;
      case simdjson::dom::element_type::NULL_VALUE: out += "null"; break;
    }
  }

  mutation m_;
};

/// Rewrites of a document that must not change what it means: reversed key order, every character
/// escaped, unknown fields in every object, all three at once, minified, and padded with white space.
inline std::vector<std::pair<std::string, std::string>> equivalent_rewrites(const std::string& original) {
  mutation reversed;
  reversed.reverse_keys = true;
  mutation escaped;
  escaped.escape_everything = true;
  mutation unknown;
  unknown.add_unknown_fields = true;
  mutation all;
  all.reverse_keys = all.escape_everything = all.add_unknown_fields = true;
  return {{"reversed keys", json_mutator(reversed).rewrite(original)},
          {"escaped", json_mutator(escaped).rewrite(original)},
          {"unknown fields", json_mutator(unknown).rewrite(original)},
          {"all three", json_mutator(all).rewrite(original)},
          {"minified", json_mutator({}).rewrite(original)},
          {"white space around", " \r\n\t" + original + "\r\n\n "}};
}

struct field_path {
  std::string path;
  simdjson::dom::element_type type;
};

/// Every dotted field path of a document (arrays as [i]) with the type of its value.
inline void collect_paths(simdjson::dom::element e, const std::string& path, std::vector<field_path>& out) {
  if (e.type() == simdjson::dom::element_type::OBJECT) {
    simdjson::dom::object object = e.get_object().value_unsafe();
    for (auto field : object) {
      const std::string child = path.empty() ? std::string(field.key) : path + "." + std::string(field.key);
      out.push_back({child, field.value.type()});
      collect_paths(field.value, child, out);
    }
  } else if (e.type() == simdjson::dom::element_type::ARRAY) {
    std::size_t i = 0;
    simdjson::dom::array array = e.get_array().value_unsafe();
    for (auto item : array) collect_paths(item, path + "[" + std::to_string(i++) + "]", out);
  }
}

inline std::vector<field_path> typed_field_paths(std::string_view json) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  std::vector<field_path> paths;
  if (parser.parse(json.data(), json.size()).get(root) == simdjson::SUCCESS) collect_paths(root, "", paths);
  return paths;
}

inline std::vector<std::string> field_paths(std::string_view json) {
  std::vector<std::string> paths;
  for (const field_path& f : typed_field_paths(json)) paths.push_back(f.path);
  return paths;
}

}  // namespace triage_test

#endif  // TRIAGE_TESTS_JSON_MUTATOR_HPP
