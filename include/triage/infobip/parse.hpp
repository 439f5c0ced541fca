#ifndef TRIAGE_INFOBIP_PARSE_HPP
#define TRIAGE_INFOBIP_PARSE_HPP

// simdjson On-Demand walk of an Infobip body, `{"results": [...]}`, into infobip::event callbacks: one per
// `results[]` element, in order. One pass over each object, dispatching on the key: any key order, unknown
// keys skipped, the last of duplicate keys wins, null reads as absent.
//
// One odd report does not cost the batch (reference §1.4 and verdict rule 0: Infobip re-sends a whole
// batch that is not answered 2xx): a field of an element with the wrong type (or a number out of range, a
// value of no use) makes that element an invalid_report callback, whose `problem` is the error, with its
// field path ("results[3].status.id") and byte offset; the elements before and after it are read as usual.
// An element with none of the keys that say its kind (status, seenAt, receivedAt, event) is an
// invalid_report too. Errors of the JSON text itself (syntax, UTF-8, depth, limits, memory) still fail the
// whole payload: past them nothing can be read safely.
//
// A body is Infobip's when `results` is an array and at least one element carries `messageId` with one more
// key of Infobip's reports (status, error, bulkId, sentAt, doneAt, seenAt, receivedAt, smsCount,
// messageCount, mccMnc, callbackData), or, for inbound events without a messageId (RCS typing indicators),
// a `receivedAt` with the top-level `pendingMessageCount`/`pendingEventCount`: anything else is
// unknown_provider, whoever names it. That includes
// `{"results": []}`: many APIs page their answers as {"results": [...]} and an empty one says nothing,
// while Infobip posts only when an event occurs (reference §1.1), so no Infobip body is lost by it.
//
// Top-level `pendingMessageCount` / `pendingEventCount` (inbound bodies) may come after `results`, so the
// kinds are decided once the body is read whole.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "triage/detail/json.hpp"
#include "triage/error.hpp"
#include "triage/infobip/event.hpp"

namespace triage::infobip::detail {

namespace od = simdjson::ondemand;
using triage::detail::field_key;
using triage::detail::field_path;
using triage::detail::path_node;
using triage::detail::read_optional_object;
using triage::detail::read_string;
using triage::detail::walker;

/// What the parser keeps for a payload besides the callbacks, which the caller owns.
struct storage {
  std::size_t max_reports = 0;
  std::size_t first = 0;                      ///< the sink's size before this payload
  std::size_t reports = 0;                    ///< results[] elements read
  bool saw_results = false;                   ///< `results` was an array
  bool saw_report = false;                    ///< an element had messageId and one more key of Infobip's reports
  bool saw_received_at = false;               ///< an element had receivedAt (RCS typing events have no messageId)
  std::optional<std::int64_t> message_count;  ///< top-level `messageCount` / `eventCount`
  std::optional<std::int64_t> pending_message_count;  ///< top-level `pendingMessageCount` / `pendingEventCount`

  void reset(std::size_t reports_limit) noexcept {
    max_reports = reports_limit;
    first = 0;
    reports = 0;
    saw_results = false;
    saw_report = false;
    saw_received_at = false;
    message_count.reset();
    pending_message_count.reset();
  }
};

inline constexpr std::string_view too_many_reports = "more results[] than parser_options::max_infobip_reports";
inline constexpr std::string_view not_infobip =
    "closest: an Infobip body, whose results (an array) hold reports with messageId and status, seenAt or "
    "receivedAt";
inline constexpr std::string_view no_kind =
    "an Infobip report has status (an object), seenAt, receivedAt or event: this element has none";

/// Whether an error inside one element leaves the rest of the document readable: the value had the wrong
/// type or an unusable value, which On-Demand reports without consuming it, so the array can step over the
/// element. Anything else (syntax, UTF-8, limits, memory) ends the payload.
constexpr bool element_can_fail_alone(error_code code) noexcept {
  return code == error_code::wrong_type || code == error_code::invalid_value || code == error_code::number_out_of_range;
}

/// A number kept as its exact token (no rounding), or a string: `price.pricePerMessage`, `mccMnc` (a string
/// in the channel APIs, an integer in the Messages API and the Java SDK's MMS test, reference §3.6).
TRIAGE_NOINLINE bool read_number_or_string(walker& w, od::value& value, field_path field,
                                           std::optional<std::string_view>& out) noexcept {
  const path_node at = field;
  od::json_type type{};
  if (auto e = value.type().get(type)) return w.fail(e, &at);
  if (type != od::json_type::number) {
    if (type == od::json_type::string || type == od::json_type::null) return read_string(w, value, field, out);
    return w.wrong_type(&at, "a number or a string", triage::detail::to_json_type(type));
  }
  double checked = 0;
  if (auto e = value.get_double().get(checked)) return w.fail(e, &at);
  out = triage::detail::trim_ascii_space(value.raw_json_token());
  return true;
}

/// `messageId`: a string; a JSON integer (courier's 2017 fixtures, reference §6) is kept as its token.
TRIAGE_NOINLINE bool read_message_id(walker& w, od::value& value, field_path field,
                                     std::optional<std::string_view>& out) noexcept {
  std::optional<std::int64_t> number;
  bool was_number = false;
  return triage::detail::read_string_or_integer(w, value, field, out, number, was_number);
}

TRIAGE_NOINLINE bool parse_status(walker& w, od::value& value, field_path field,
                                  std::optional<status_object>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](status_object& s, field_key key, od::value& v) {
    if (key == "groupId") return triage::detail::read_integer(w, v, at.field("groupId"), s.group_id);
    if (key == "groupName") return read_string(w, v, at.field("groupName"), s.group_name);
    if (key == "id") return triage::detail::read_integer(w, v, at.field("id"), s.id);
    if (key == "name") return read_string(w, v, at.field("name"), s.name);
    if (key == "description") return read_string(w, v, at.field("description"), s.description);
    if (key == "action") return read_string(w, v, at.field("action"), s.action);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_error(walker& w, od::value& value, field_path field,
                                 std::optional<error_object>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](error_object& e, field_key key, od::value& v) {
    if (key == "groupId") return triage::detail::read_integer(w, v, at.field("groupId"), e.group_id);
    if (key == "groupName") return read_string(w, v, at.field("groupName"), e.group_name);
    if (key == "id") return triage::detail::read_integer(w, v, at.field("id"), e.id);
    if (key == "name") return read_string(w, v, at.field("name"), e.name);
    if (key == "description") return read_string(w, v, at.field("description"), e.description);
    if (key == "permanent") return triage::detail::read_boolean(w, v, at.field("permanent"), e.permanent);
    return w.skip_field();
  });
}

TRIAGE_NOINLINE bool parse_price(walker& w, od::value& value, field_path field,
                                 std::optional<price_object>& out) noexcept {
  const path_node at = field;
  return read_optional_object(w, value, at, out, [&](price_object& p, field_key key, od::value& v) {
    if (key == "pricePerMessage") return read_number_or_string(w, v, at.field("pricePerMessage"), p.price_per_message);
    if (key == "currency") return read_string(w, v, at.field("currency"), p.currency);
    if (key == "trafficType") return read_string(w, v, at.field("trafficType"), p.traffic_type);
    return w.skip_field();
  });
}

/// `platform {entityId, applicationId}` (v3); the v2 sends both at the top level of the report.
TRIAGE_NOINLINE bool parse_platform(walker& w, od::value& value, field_path field, event& e) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "entityId") return read_string(w, v, at.field("entityId"), e.entity_id);
    if (key == "applicationId") return read_string(w, v, at.field("applicationId"), e.application_id);
    return w.skip_field();
  });
}

/// WhatsApp's `contact {name, phoneNumber, ...}`.
TRIAGE_NOINLINE bool parse_contact(walker& w, od::value& value, field_path field, event& e) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "phoneNumber") return read_string(w, v, at.field("phoneNumber"), e.contact_phone);
    if (key == "name") return read_string(w, v, at.field("name"), e.contact_name);
    return w.skip_field();
  });
}

/// RCS `conversation {canInitiate, id}`.
TRIAGE_NOINLINE bool parse_conversation(walker& w, od::value& value, field_path field, event& e) noexcept {
  const path_node at = field;
  return triage::detail::read_object_fields(w, value, at, [&](field_key key, od::value& v) {
    if (key == "id") return read_string(w, v, at.field("id"), e.conversation_id);
    return w.skip_field();
  });
}

/// `event`: the Messages API's discriminator, a string; RCS inbound events send an object instead
/// ({"type": "TYPING_INDICATOR"}, spec `receive-rcs-typing-indicator-events`), kept raw.
TRIAGE_NOINLINE bool read_event(walker& w, od::value& value, field_path field, event& e) noexcept {
  const path_node at = field;
  od::json_type type{};
  if (auto err = value.type().get(type)) return w.fail(err, &at);
  e.event.reset();
  e.event_object.reset();
  if (type == od::json_type::object) return triage::detail::read_raw_value(w, value, field, e.event_object);
  return read_string(w, value, field, e.event);
}

/// Counts the keys that only Infobip's reports carry together (the claim of the body, see above).
struct report_keys {
  bool message_id = false;
  bool other = false;
  bool received_at = false;
};

/// One field of a results[] element.
inline bool parse_report_field(walker& w, field_key key, od::value& v, const path_node& at, event& e,
                               report_keys& seen) noexcept {
  if (key == "messageId") {
    seen.message_id = true;
    return read_message_id(w, v, at.field("messageId"), e.message_id);
  }
  if (key == "status") {
    seen.other = true;
    return parse_status(w, v, at.field("status"), e.status);
  }
  if (key == "error") {
    seen.other = true;
    return parse_error(w, v, at.field("error"), e.error);
  }
  if (key == "bulkId") {
    seen.other = true;
    return read_string(w, v, at.field("bulkId"), e.bulk_id);
  }
  if (key == "doneAt") {
    seen.other = true;
    return triage::detail::read_timestamp(w, v, at.field("doneAt"), e.done_at);
  }
  if (key == "sentAt") {
    seen.other = true;
    return triage::detail::read_timestamp(w, v, at.field("sentAt"), e.sent_at);
  }
  if (key == "seenAt") {
    seen.other = true;
    return triage::detail::read_timestamp(w, v, at.field("seenAt"), e.seen_at);
  }
  if (key == "receivedAt") {
    seen.other = true;
    seen.received_at = true;
    return triage::detail::read_timestamp(w, v, at.field("receivedAt"), e.received_at);
  }
  if (key == "messageCount") {
    seen.other = true;
    return triage::detail::read_integer(w, v, at.field("messageCount"), e.message_count);
  }
  if (key == "smsCount") {
    seen.other = true;
    return triage::detail::read_integer(w, v, at.field("smsCount"), e.sms_count);
  }
  if (key == "mccMnc") {
    seen.other = true;
    return read_number_or_string(w, v, at.field("mccMnc"), e.mcc_mnc);
  }
  if (key == "callbackData") {
    seen.other = true;
    return read_string(w, v, at.field("callbackData"), e.callback_data);
  }
  if (key == "to") return read_string(w, v, at.field("to"), e.to);
  if (key == "from") return read_string(w, v, at.field("from"), e.from);
  if (key == "sender") return read_string(w, v, at.field("sender"), e.sender);
  if (key == "destination") return read_string(w, v, at.field("destination"), e.destination);
  if (key == "event") return read_event(w, v, at.field("event"), e);
  if (key == "channel") return read_string(w, v, at.field("channel"), e.channel);
  if (key == "mmsCount") return triage::detail::read_integer(w, v, at.field("mmsCount"), e.mms_count);
  if (key == "rcsCount") return triage::detail::read_integer(w, v, at.field("rcsCount"), e.rcs_count);
  if (key == "networkId") return triage::detail::read_integer(w, v, at.field("networkId"), e.network_id);
  if (key == "price") return parse_price(w, v, at.field("price"), e.price);
  if (key == "platform") return parse_platform(w, v, at.field("platform"), e);
  if (key == "entityId") return read_string(w, v, at.field("entityId"), e.entity_id);
  if (key == "applicationId") return read_string(w, v, at.field("applicationId"), e.application_id);
  if (key == "campaignReferenceId") {
    return read_string(w, v, at.field("campaignReferenceId"), e.campaign_reference_id);
  }
  if (key == "interactionType") return read_string(w, v, at.field("interactionType"), e.interaction_type);
  if (key == "conversation") return parse_conversation(w, v, at.field("conversation"), e);
  if (key == "contact") return parse_contact(w, v, at.field("contact"), e);
  if (key == "text") return read_string(w, v, at.field("text"), e.text);
  if (key == "cleanText") return read_string(w, v, at.field("cleanText"), e.clean_text);
  if (key == "keyword") return read_string(w, v, at.field("keyword"), e.keyword);
  if (key == "pairedMessageId") return read_string(w, v, at.field("pairedMessageId"), e.paired_message_id);
  if (key == "integrationType") return read_string(w, v, at.field("integrationType"), e.integration_type);
  if (key == "message") return triage::detail::read_raw_value(w, v, at.field("message"), e.message);
  if (key == "content") return triage::detail::read_raw_value(w, v, at.field("content"), e.content);
  return w.skip_field();
}

/// One results[] element into `e`: false with the walker's error set when it could not be read.
TRIAGE_NOINLINE bool parse_report(walker& w, od::value& value, const path_node& at, event& e,
                                  report_keys& seen) noexcept {
  od::json_type type{};
  if (auto err = value.type().get(type)) return w.fail(err, &at);
  if (type != od::json_type::object) {
    return w.wrong_type(&at, "an object (a report)", triage::detail::to_json_type(type));
  }
  return triage::detail::read_object_fields(
      w, value, at, [&](field_key key, od::value& v) { return parse_report_field(w, key, v, at, e, seen); });
}

/// The kind from the keys present (event.hpp, rules 1-3); invalid_report when none says it.
constexpr kind kind_from_keys(const event& e, bool inbound_body) noexcept {
  if (e.status) return kind::delivery_report;
  if (e.seen_at || (e.event && *e.event == "SEEN")) return kind::seen_report;
  if (e.received_at || inbound_body) return kind::inbound_message;
  if (e.event && (*e.event == "MO" || *e.event == "TYPING_STARTED" || *e.event == "TYPING_STOPPED")) {
    return kind::inbound_message;
  }
  if (e.event && *e.event == "DELIVERY") return kind::delivery_report;
  return kind::invalid_report;
}

/// Turns `e` into the error record of its element: its place and the error; of what was read, only the
/// messageId, and only when it came before the error (the rest of a half-read report would depend on
/// the order of its keys, and must not be classified).
inline void make_invalid(event& e, const error& problem) noexcept {
  event record;
  record.kind = kind::invalid_report;
  record.index = e.index;
  record.offset = e.offset;
  record.message_id = e.message_id;
  record.problem = problem;
  record.render_problem();
  e = record;
}

/// Whether the literal at `offset` is whole. On-Demand tells a value's type by its first byte and checks
/// true/false/null only when it reads them: a wrong-type error on "tru" must still fail the payload as the
/// syntax error it is, not pass as one odd report.
constexpr bool literal_is_whole(std::string_view input, std::size_t offset) noexcept {
  if (offset >= input.size()) return true;
  std::string_view word;
  switch (input[offset]) {
    case 't': word = "true"; break;
    case 'f': word = "false"; break;
    case 'n': word = "null"; break;
    default: return true;
  }
  if (input.substr(offset, word.size()) != word) return false;
  const std::size_t next = offset + word.size();
  if (next == input.size()) return true;
  const char c = input[next];
  return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// `results`: every element a callback, an odd one an invalid_report (see above).
template <class Sink>
bool parse_results(walker& w, od::value& value, const path_node& at, storage& store, Sink& sink) noexcept {
  od::array array;
  bool present = false;
  if (!triage::detail::read_array(w, value, at, array, present)) return false;
  // The last of duplicate `results` keys wins.
  sink.truncate(store.first);
  store.reports = 0;
  store.saw_report = false;
  store.saw_received_at = false;
  store.saw_results = present;
  if (!present) return true;
  return triage::detail::for_each_element(
      w, array, at, store.max_reports, too_many_reports, store.reports,
      [&](od::value& item, const path_node& element_at) {
        const std::size_t offset = w.offset();
        event* e = sink.template add<event>();
        if (e == nullptr) return w.out_of_memory(&element_at);
        e->index = store.reports;
        e->offset = offset;
        report_keys seen;
        const bool ok = parse_report(w, item, element_at, *e, seen);
        if (seen.message_id && seen.other) store.saw_report = true;
        if (seen.received_at) store.saw_received_at = true;
        if (ok) return true;
        const error problem = w.failure();
        if (!element_can_fail_alone(problem.code())) return false;
        if (problem.has_offset() && !literal_is_whole(w.input(), problem.offset())) {
          return w.fail_at(error_code::invalid_json, &element_at, problem.offset(), "invalid literal");
        }
        make_invalid(*e, problem);
        return true;
      });
}

/// Parses the document of `w` into callbacks added to `sink`, one per results[] element. `store` must have
/// been reset() for this payload.
template <class Sink>
bool parse_payload(walker& w, storage& store, Sink& sink) noexcept {
  const path_node root{};
  store.first = sink.size();
  od::object object;
  if (!triage::detail::read_root_object(w, object, "an object (an Infobip {\"results\": [...]} body)")) return false;
  const bool ok = triage::detail::for_each_field(w, object, root, [&](field_key key, od::value& v) {
    if (key == "results") return parse_results(w, v, root.field("results"), store, sink);
    if (key == "pendingMessageCount") {
      return triage::detail::read_integer(w, v, root.field("pendingMessageCount"), store.pending_message_count);
    }
    if (key == "pendingEventCount") {
      return triage::detail::read_integer(w, v, root.field("pendingEventCount"), store.pending_message_count);
    }
    if (key == "messageCount")
      return triage::detail::read_integer(w, v, root.field("messageCount"), store.message_count);
    if (key == "eventCount") return triage::detail::read_integer(w, v, root.field("eventCount"), store.message_count);
    return w.skip_field();
  });
  if (!ok) return false;
  // An inbound body whose events carry no messageId (RCS typing indicators) is still Infobip's: receivedAt
  // in its reports and the top-level pending count only Infobip's inbound bodies send.
  if (store.saw_received_at && store.pending_message_count) store.saw_report = true;
  if (!store.saw_results || !store.saw_report) {
    const path_node results_at = root.field("results");
    return w.fail_at(error_code::unknown_provider, &results_at, 0, not_infobip);
  }
  const bool inbound_body = store.pending_message_count.has_value();
  for (std::size_t i = store.first; i < sink.size(); ++i) {
    event& e = sink.template at<event>(i);
    e.count = store.reports;
    e.pending_message_count = store.pending_message_count;
    if (e.problem_size != 0) continue;
    e.kind = kind_from_keys(e, inbound_body);
    if (e.kind == kind::invalid_report) {
      const path_node results_at = root.field("results");
      const path_node element_at = results_at.element(e.index);
      error problem(error_code::invalid_value, e.offset, no_kind);
      char buffer[error::max_path + 1];
      problem.with_path(triage::detail::render_path(&element_at, buffer));
      make_invalid(e, problem);
    }
  }
  return true;
}

}  // namespace triage::infobip::detail

#endif  // TRIAGE_INFOBIP_PARSE_HPP
