#ifndef TRIAGE_BENCHMARKS_INFOBIP_CORPUS_HPP
#define TRIAGE_BENCHMARKS_INFOBIP_CORPUS_HPP

// Infobip bodies, {"results": [...]}, as a back end that takes every channel on one report URL and one
// inbound URL sees them. Shapes follow tests/fixtures/infobip/ (the request-body examples of Infobip's
// OpenAPI document) and shared/reference/infobip.md §3; status and error rows come from
// shared/reference/infobip_error_codes.csv (ids, names, groups and `permanent` flags as listed there).
//
// Of every 20 bodies, 17 are report batches and 3 inbound bodies.
//  - A report batch holds 1-100 reports (Infobip batches by time up to maxBucketSize, default 100): 45% of
//    the batches hold one report, 30% 2-10, 18% 11-40, 7% 41-100. Its reports mix channels and API versions
//    as an adaptive subscription does: per 200 reports, 76 SMS v3, 22 SMS v2, 8 MMS (v3 shape without
//    `error`/`to`, the v1 shape with `smsCount`, the SDK's `mmsCount`), 28 WhatsApp, 10 Viber, 12 RCS (a
//    third of them failover legs with `channel`, the RCS leg PENDING_ENROUTE with error 7002 as in the spec),
//    18 Messages API DLRs (`event`, `destination`, `mccMnc` an integer), 1 courier-style report with a
//    JSON-integer messageId (reference §6); and 25 seen reports (WhatsApp, Viber, RCS, Messages API).
//    Of the delivery reports about 71% are delivered, 11% pending (intermediate reports), 18% failed
//    (undeliverable, expired or rejected, with the error rows of their channel: general errors for SMS,
//    chat errors 7xxx for WhatsApp/Viber/RCS, MMS errors 15xxx; REJECTED often with NO_ERROR, rule 6).
//  - An inbound body (1-3 messages, `messageCount`/`pendingMessageCount` after `results`) is SMS (MO_JSON_2),
//    MMS (MO_MMS_2, `message[]`), WhatsApp, Viber, RCS (text, suggestion events, typing indicators with an
//    `event` object and `eventCount`/`pendingEventCount`) or Messages API (MO, TYPING_STARTED/STOPPED).
// Times are Java's `yyyy-MM-dd'T'HH:mm:ss.SSSZ` (+0000 mostly), with the `Z`, `+01:00` and `+05:30`-without-
// milliseconds forms of reference §8. The body's first key is always `results`, which no earlier provider's
// floor claims.

#include <fmt/format.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "../random_source.hpp"

namespace triage_bench {

struct infobip_corpus {
  static constexpr std::string_view name = "infobip";
  /// Its share of the mixed corpus, in percent.
  static constexpr std::uint64_t share = 8;

  struct status_row {
    int group_id;
    const char* group_name;
    int id;
    const char* name;
    const char* description;
    const char* action;  // nullptr: none
  };
  // The status rows of the CSV the reports use (indices below).
  static constexpr status_row statuses[] = {
      {3, "DELIVERED", 5, "DELIVERED_TO_HANDSET", "Message delivered to handset", nullptr},                    // 0
      {3, "DELIVERED", 2, "DELIVERED_TO_OPERATOR", "Message delivered to operator", nullptr},                  // 1
      {1, "PENDING", 7, "PENDING_ENROUTE", "Message sent to next instance", nullptr},                          // 2
      {1, "PENDING", 26, "PENDING_ACCEPTED", "Message accepted, pending for delivery.", nullptr},              // 3
      {1, "PENDING", 3, "PENDING_WAITING_DELIVERY", "Message sent, waiting for delivery report", nullptr},     // 4
      {2, "UNDELIVERABLE", 9, "UNDELIVERABLE_NOT_DELIVERED", "Message sent not delivered", nullptr},           // 5
      {2, "UNDELIVERABLE", 4, "UNDELIVERABLE_REJECTED_OPERATOR", "Message rejected by operator", nullptr},     // 6
      {4, "EXPIRED", 15, "EXPIRED_EXPIRED", "Message expired", nullptr},                                       // 7
      {4, "EXPIRED", 29, "EXPIRED_DLR_UNKNOWN", "Message expired, delivery status unknown", nullptr},          // 8
      {5, "REJECTED", 6, "REJECTED_NETWORK", "Network is forbidden", "Contact account manager"},               // 9
      {5, "REJECTED", 8, "REJECTED_PREFIX_MISSING", "Number prefix missing", "Check the destination number"},  // 10
      {5, "REJECTED", 10, "REJECTED_DND", "Destination on DND list", nullptr},                                 // 11
      {5, "REJECTED", 12, "REJECTED_NOT_ENOUGH_CREDITS", "Not enough credits", "Top up your account"},         // 12
      {5, "REJECTED", 14, "REJECTED_DESTINATION_BLOCKLISTED", "Destination blocklisted", nullptr},             // 13
      {5, "REJECTED", 20, "REJECTED_FLOODING_FILTER", "Message is filtered", nullptr},                         // 14
      {5, "REJECTED", 52, "REJECTED_DESTINATION", "Invalid destination address", nullptr},                     // 15
      {5, "REJECTED", 100, "UNDELIVERABLE_REJECTED_PLATFORM", "Rejected by the platform", nullptr},            // 16
      {4, "EXPIRED", 87, "SIGNALS_BLOCKED", "Rejected by the Signals anti-fraud mechanism", nullptr},          // 17
  };

  struct error_row {
    int id;
    const char* name;
    int group_id;  // -1: no group (MMS errors publish none)
    const char* group_name;
    bool permanent;
    const char* description;
    int status;  // index in statuses of the report it comes with
  };
  // General errors (SMS), with REJECTED rows that carry NO_ERROR (reference §10 item 6).
  static constexpr error_row sms_errors[] = {
      {27, "EC_ABSENT_SUBSCRIBER", 1, "HANDSET_ERRORS", false,
       "Indicates the destination numbers were unreachable, powered off, or in an area with limited coverage", 5},
      {6, "EC_ABSENT_SUBSCRIBER_SM", 1, "HANDSET_ERRORS", false, "Absent subscriber (SM)", 7},
      {1, "EC_UNKNOWN_SUBSCRIBER", 1, "HANDSET_ERRORS", true, "Unknown subscriber", 5},
      {5, "EC_UNIDENTIFIED_SUBSCRIBER", 1, "HANDSET_ERRORS", false, "Unidentified subscriber", 5},
      {9, "EC_ILLEGAL_SUBSCRIBER", 1, "HANDSET_ERRORS", true, "Illegal subscriber", 6},
      {11, "EC_TELESERVICE_NOT_PROVISIONED", 1, "HANDSET_ERRORS", true,
       "The mobile subscription does not support the requested service (for example, SMS)", 6},
      {13, "EC_CALL_BARRED", 1, "HANDSET_ERRORS", false,
       "The operator suspended the subscriber\u2019s service, usually for unpaid invoices", 5},
      {31, "EC_SUBSCRIBER_BUSY_FOR_MT_SMS", 1, "HANDSET_ERRORS", false,
       "Indicates that the subscriber is busy for MT SMS", 5},
      {32, "EC_SM_DELIVERY_FAILURE", 1, "HANDSET_ERRORS", false, "SM delivery failure", 5},
      {34, "EC_SYSTEM_FAILURE", 1, "HANDSET_ERRORS", false, "Indicates a system failure", 5},
      {51, "EC_RESOURCE_LIMITATION", 3, "OPERATOR_ERRORS", true, "Resource limitation", 6},
      {256, "EC_SM_DF_MEMORYCAPACITYEXCEEDED", 1, "HANDSET_ERRORS", false, "Memory capacity exceeded", 5},
      {500, "EC_PROVIDER_GENERAL_ERROR", 1, "HANDSET_ERRORS", false, "Provider general error", 5},
      {502, "EC_NO_RESPONSE", 1, "HANDSET_ERRORS", false,
       "The message was processed and forwarded to the operator, but no response was returned", 8},
      {561, "EC_CONTENT_BLOCKED_BY_OPERATOR", 3, "OPERATOR_ERRORS", true,
       "Content blocked by the mobile operator for this end user", 6},
      {566, "EC_DESTINATION_BLOCKED_BY_OPERATOR", 3, "OPERATOR_ERRORS", true, "Destination blocked by operator", 6},
      {573, "EC_SC_BLOCKED_BY_END_USER", 1, "HANDSET_ERRORS", true, "Short code blocked by end user", 6},
      {628, "EC_TEMPORARY_HANDSET_FAILURE", 1, "HANDSET_ERRORS", true, "There is a temporary handset failure", 5},
      {632, "EC_SMS_REJECTED_BY_MOBILE_OPERATOR", 3, "OPERATOR_ERRORS", true,
       "SMS rejected by the mobile operator for attempted destination address", 6},
      {1157, "EC_NNR_MTPFAILURE", 1, "HANDSET_ERRORS", false,
       "The mobile subscriber was not reachable due to a network operator protocol error", 5},
      {4098, "EC_VP_EXPIRED", 3, "OPERATOR_ERRORS", false,
       "The SMS was not delivered within the configured Validity Period (VP)", 7},
      {4101, "EC_VALIDITY_EXPIRED", 2, "USER_ERRORS", true, "Validity expired", 7},
      {351, "EC_INVALID_DESTINATION_ADDRESS", 2, "USER_ERRORS", false, "Invalid destination address", 15},
      {368, "EC_INVALID_SOURCE_ADDRESS", 2, "USER_ERRORS", true, "Invalid source address value", 16},
      {541, "EC_LIMIT_REACHED", 2, "USER_ERRORS", false, "Carrier sending limit has been reached", 6},
      {603, "EC_CONTENT_BLOCKED", 2, "USER_ERRORS", true, "Content blocked by user opt-out (MO: STOP)", 6},
      {607, "EC_REJECTED_SPAM_BY_OPERATOR", 2, "USER_ERRORS", true,
       "This message was identified as spam and cannot be delivered", 6},
      {608, "EC_SIGNALS_BLOCKED", 2, "USER_ERRORS", false,
       "The message has been rejected due to an anti-fraud mechanism", 17},
      {4202, "EC_10DLC_LIMIT_REACHED", 2, "USER_ERRORS", true, "Message was not delivered due to 10DLC operator limit",
       6},
      {4126, "EC_TEMPLATE_NOT_FOUND", -1, nullptr, false, "Template not found", 16},
      {0, "NO_ERROR", 0, "OK", false, "No Error", 9},
      {0, "NO_ERROR", 0, "OK", false, "No Error", 10},
      {0, "NO_ERROR", 0, "OK", false, "No Error", 11},
      {0, "NO_ERROR", 0, "OK", false, "No Error", 12},
      {0, "NO_ERROR", 0, "OK", false, "No Error", 13},
      {0, "NO_ERROR", 0, "OK", false, "No Error", 14},
      {0, "NO_ERROR", 0, "OK", false, "No Error", 15},
  };
  // Chat errors (WhatsApp, Viber, RCS); their docs groups 1-3 under the spec's general group names, as the
  // spec's RCS example writes 7002 with groupId 1 HANDSET_ERRORS.
  static constexpr error_row chat_errors[] = {
      {7002, "EC_UNKNOWN_USER", 1, "HANDSET_ERRORS", true, "No matching user found (on platform or on provider)", 6},
      {7003, "EC_BLOCKED_USER", 1, "HANDSET_ERRORS", true, "User is blocked", 6},
      {7010, "EC_NO_SESSION", 1, "HANDSET_ERRORS", true,
       "Indicates that the session has not been initiated or has expired", 6},
      {7016, "EC_SPAM_RATE", 1, "HANDSET_ERRORS", true, "Restricted by the sender quality rating", 6},
      {7017, "EC_TOO_MANY_REQUESTS", 1, "HANDSET_ERRORS", false, "Too many requests", 6},
      {7026, "EC_MESSAGE_TYPE_EXHAUSTED", 1, "HANDSET_ERRORS", true, "Message type exhausted", 6},
      {7033, "EC_MARKETING_OPT_OUT", 1, "HANDSET_ERRORS", true, "Recipient opted out of marketing messages", 5},
      {7050, "EC_PROVIDER_INTERNAL_ERROR", 2, "USER_ERRORS", false, "Provider internal error", 5},
      {7080, "EC_INTERNAL_ERROR", 3, "OPERATOR_ERRORS", true, "Internal error", 5},
      {7201, "EC_UNSUPPORTED_DEVICE", 1, "HANDSET_ERRORS", true, "Unsupported device", 6},
      {0, "NO_ERROR", 0, "OK", false, "No Error", 7},
  };
  static constexpr error_row mms_errors[] = {
      {15000, "EC_MMS_GENERAL_ERROR", -1, nullptr, false, "Indicates an MMS provider general error occurred", 5},
      {15003, "EC_MSISDN_NOT_REGISTERED", -1, nullptr, true, "The MSISDN is not registered by the operator", 6},
      {15006, "EC_VALIDITY_EXPIRED", -1, nullptr, true,
       "The mobile operator could not contact the handset before the message expired", 7},
      {15009, "EC_RECIPIENT_NOT_FOUND", -1, nullptr, true, "The mobile operator could not find the recipient", 6},
      {15013, "EC_MMS_CONTENT_BLOCKED_BY_OPERATOR", -1, nullptr, true,
       "MMS content blocked or is unsupported by the operator", 6},
      {15019, "EC_HANDSET_DOES_NOT_SUPPORT_MMS", -1, nullptr, true, "MMS is not supported on the handset", 6},
  };

  enum class family { sms, chat, mms };

  /// The status and error of one delivery report: 71 of 100 delivered, 11 pending, 18 failed.
  struct outcome {
    const status_row* status;
    const error_row* error;  // the NO_ERROR row of the success paths is `no_error`
  };
  static constexpr error_row no_error = {0, "NO_ERROR", 0, "OK", false, "No Error", 0};

  static outcome pick_outcome(random_source& r, family f) {
    const std::uint64_t draw = r.uniform(100);
    if (draw < 66) return {&statuses[0], &no_error};
    if (draw < 71) return {&statuses[f == family::sms ? 1 : 0], &no_error};
    if (draw < 82) return {&statuses[2 + r.uniform(3)], &no_error};
    const error_row& e = f == family::sms    ? r.pick(sms_errors)
                         : f == family::chat ? r.pick(chat_errors)
                                             : r.pick(mms_errors);
    return {&statuses[e.status], &e};
  }

  // ------------------------------------------------------------------------------------------- pieces

  static std::string digits(random_source& r) { return r.phone().substr(1); }

  /// Two times as Infobip writes them, the second 1-900 s after the first (sentAt and doneAt or seenAt),
  /// in one form: Java's ".SSS+0000" mostly, else "Z", "+01:00", "-0300", or "+05:30" without
  /// milliseconds (reference §8).
  struct time_pair {
    std::string first, second;
  };
  static time_pair times(random_source& r, int year) {
    static constexpr const char* offsets[] = {"+0000", "+0000", "+0000",  "+0000", "+0000", "+0000", "+0000",
                                              "+0000", "+0000", "+0000",  "+0000", "+0000", "+0000", "+0000",
                                              "Z",     "Z",     "+01:00", "-0300", "-0300", "+05:30"};
    const std::string_view offset = r.pick(offsets);
    const bool millis = offset != "+05:30";
    const auto month = 1 + r.uniform(12), day = 1 + r.uniform(28);
    const std::uint64_t at = r.uniform(86400 - 900), later = at + 1 + r.uniform(900);
    const auto format = [&](std::uint64_t second) {
      std::string t = fmt::format("{}-{:02}-{:02}T{:02}:{:02}:{:02}", year, month, day, second / 3600, second / 60 % 60,
                                  second % 60);
      if (millis) fmt::format_to(std::back_inserter(t), ".{:03}", r.uniform(1000));
      return t += offset;
    };
    return {format(at), format(later)};
  }
  static std::string time(random_source& r, int year) { return times(r, year).first; }

  static std::string message_id(random_source& r) {
    switch (r.uniform(4)) {
      case 0: return fmt::format("{}{:014}", 173809258285 + r.uniform(1000000), r.uniform(100000000000000));
      case 1: return fmt::format("MSG-{}-{:06}", r.uniform(100000), r.uniform(1000000));
      default: return r.uuid();
    }
  }
  static std::string bulk_id(random_source& r) {
    return fmt::format("{}", 2034072219640523072 + r.uniform(1000000000));
  }

  static void price(random_source& r, std::string& out, bool traffic_type) {
    static constexpr const char* prices[] = {"0.0075", "0.01", "0.005", "0.0425", "0.15", "0.00787679"};
    static constexpr const char* currencies[] = {"EUR", "EUR", "USD", "GBP"};
    static constexpr const char* traffic[] = {"BASIC", "SINGLE", "RICH", "RICH_MEDIA"};
    out += R"("price":{)";
    if (traffic_type) fmt::format_to(std::back_inserter(out), R"("trafficType":"{}",)", r.pick(traffic));
    fmt::format_to(std::back_inserter(out), R"("pricePerMessage":{},"currency":"{}"}},)", r.pick(prices),
                   r.pick(currencies));
  }

  static void status(const status_row& s, std::string& out) {
    fmt::format_to(std::back_inserter(out),
                   R"("status":{{"groupId":{},"groupName":"{}","id":{},"name":"{}","description":"{}")", s.group_id,
                   s.group_name, s.id, s.name, s.description);
    if (s.action != nullptr) fmt::format_to(std::back_inserter(out), R"(,"action":"{}")", s.action);
    out += "},";
  }

  /// `ok_name`: how error group 0 is written ("OK" in v3, "Ok" in the v2 example).
  static void error(const error_row& e, std::string& out, std::string_view ok_name = "OK") {
    out += R"("error":{)";
    if (e.group_id >= 0) {
      fmt::format_to(std::back_inserter(out), R"("groupId":{},"groupName":"{}",)", e.group_id,
                     e.group_id == 0 ? ok_name : std::string_view(e.group_name));
    }
    fmt::format_to(std::back_inserter(out), R"("id":{},"name":"{}","description":"{}","permanent":{}}},)", e.id, e.name,
                   e.description, e.permanent ? "true" : "false");
  }

  static void platform(random_source& r, std::string& out) {
    static constexpr const char* entities[] = {"promotional-traffic-entity", "transactional-entity", "ext-entity-001"};
    static constexpr const char* applications[] = {"marketing-automation-application", "default", "ext-app-001"};
    fmt::format_to(std::back_inserter(out), R"("platform":{{"entityId":"{}","applicationId":"{}"}})", r.pick(entities),
                   r.pick(applications));
  }

  static void contact(random_source& r, std::string& out, const std::string& phone) {
    static constexpr const char* names[] = {"Frank", "Ana", "Marko", "Priya", "Joao"};
    const char* contact_name = r.pick(names);
    out += R"("contact":{)";
    fmt::format_to(std::back_inserter(out), R"("name":"{}",)", contact_name);
    // "May be absent if the user has enabled the Meta username feature" (reference §3.4).
    if (r.uniform(5) != 0) fmt::format_to(std::back_inserter(out), R"("phoneNumber":"{}",)", phone);
    fmt::format_to(std::back_inserter(out), R"("userId":"US.{}","parentUserId":"US.ENT.{}","username":"{}"}})",
                   1349120865530274191 + r.uniform(1000000), 118157495734 + r.uniform(1000), name);
  }

  static const char* mcc_mnc(random_source& r) {
    static constexpr const char* codes[] = {"22801", "21910", "310260", "310410", "23415", "40410", "72405"};
    return r.pick(codes);
  }

  // ------------------------------------------------------------------------------------ delivery reports

  static void sms_v3(random_source& r, std::string& out) {
    const outcome o = pick_outcome(r, family::sms);
    const time_pair t = times(r, 2025);
    out += '{';
    fmt::format_to(std::back_inserter(out), R"("bulkId":"{}",)", bulk_id(r));
    price(r, out, false);
    status(*o.status, out);
    error(*o.error, out);
    fmt::format_to(std::back_inserter(out),
                   R"("messageId":"{}","to":"{}","sender":"InfoSMS","sentAt":"{}","doneAt":"{}","messageCount":{},)"
                   R"("mccMnc":"{}",)",
                   message_id(r), digits(r), t.first, t.second, 1 + r.uniform(3), mcc_mnc(r));
    if (r.uniform(2) == 0) fmt::format_to(std::back_inserter(out), R"("callbackData":"order-{}",)", r.uniform(1000000));
    if (r.uniform(5) == 0)
      fmt::format_to(std::back_inserter(out), R"("campaignReferenceId":"CAMP-{}",)", r.uniform(100));
    platform(r, out);
    out += '}';
  }

  static void sms_v2(random_source& r, std::string& out) {
    const outcome o = pick_outcome(r, family::sms);
    const time_pair t = times(r, 2024);
    fmt::format_to(std::back_inserter(out),
                   R"({{"bulkId":"{}","messageId":"{}","to":"{}","from":"InfoSMS","sentAt":"{}","doneAt":"{}",)"
                   R"("smsCount":{},)",
                   r.uniform(4) == 0 ? "" : bulk_id(r), message_id(r), digits(r), t.first, t.second, 1 + r.uniform(2));
    if (r.uniform(2) == 0) out += R"("callbackData":"callbackData",)";
    price(r, out, false);
    status(*o.status, out);
    error(*o.error, out, "Ok");
    if (r.uniform(2) == 0) out += R"("entityId":"promotional-traffic-entity",)";
    out += R"("applicationId":"default"})";
  }

  static void mms(random_source& r, std::string& out) {
    const outcome o = pick_outcome(r, family::mms);
    const std::uint64_t shape = r.uniform(4);
    const time_pair t = times(r, shape < 2 ? 2026 : 2024);
    if (shape < 2) {  // the current MMS example: no `error` (but on a failure), no `to`
      out += '{';
      fmt::format_to(std::back_inserter(out), R"("bulkId":"{}",)", bulk_id(r));
      price(r, out, false);
      status(*o.status, out);
      if (o.error->id != 0) error(*o.error, out);
      fmt::format_to(std::back_inserter(out),
                     R"("messageId":"{}","sender":"441134960000","sentAt":"{}","doneAt":"{}","messageCount":{}}})",
                     message_id(r), t.first, t.second, 1 + r.uniform(3));
      return;
    }
    // The deprecated v1 report (v2 shape, smsCount) and the SDK's mmsCount.
    fmt::format_to(std::back_inserter(out),
                   R"({{"bulkId":"BULK-ID-{}","messageId":"{}","to":"{}","sentAt":"{}","doneAt":"{}","{}":1,)",
                   r.uniform(100000), r.uuid(), digits(r), t.first, t.second, shape == 2 ? "smsCount" : "mmsCount");
    price(r, out, false);
    status(*o.status, out);
    error(*o.error, out);
    out += R"("entityId":"my-entity-id","applicationId":"my-application-id"})";
  }

  static void whatsapp(random_source& r, std::string& out) {
    const outcome o = pick_outcome(r, family::chat);
    const std::string to = digits(r);
    const time_pair t = times(r, 2025);
    out += R"({"bulkId":"",)";
    price(r, out, false);
    status(*o.status, out);
    error(*o.error, out);
    fmt::format_to(std::back_inserter(out),
                   R"("messageId":"{}","doneAt":"{}","messageCount":1,"sentAt":"{}","to":"{}",)", r.uuid(), t.second,
                   t.first, to);
    contact(r, out, to);
    out += '}';
  }

  static void viber(random_source& r, std::string& out) {
    const outcome o = pick_outcome(r, family::chat);
    const time_pair t = times(r, 2025);
    out += '{';
    fmt::format_to(std::back_inserter(out), R"("bulkId":"{}",)", r.uuid());
    price(r, out, false);
    status(*o.status, out);
    error(*o.error, out);
    fmt::format_to(std::back_inserter(out),
                   R"("messageId":"{}","to":"{}","sender":"441134960000","sentAt":"{}","doneAt":"{}","messageCount":1,)"
                   R"("mccMnc":"{}",)",
                   r.uuid(), digits(r), t.first, t.second, mcc_mnc(r));
    if (r.uniform(2) == 0) out += R"("callbackData":"Callback data",)";
    platform(r, out);
    out += '}';
  }

  static void rcs_report(random_source& r, std::string& out, const char* channel, const status_row& s,
                         const error_row& e, const std::string& id) {
    static constexpr const char* interactions[] = {"BASIC_MESSAGE", "SINGLE_MESSAGE", "RICH_MESSAGE",
                                                   "RICH_MEDIA_MESSAGE"};
    const bool sms_leg = channel != nullptr && std::string_view(channel) == "SMS";
    const time_pair t = times(r, 2026);
    out += '{';
    fmt::format_to(std::back_inserter(out), R"("bulkId":"BULK-{}",)", r.uniform(1000000));
    if (channel != nullptr) fmt::format_to(std::back_inserter(out), R"("channel":"{}",)", channel);
    price(r, out, !sms_leg);
    status(s, out);
    error(e, out);
    if (!sms_leg) {
      fmt::format_to(std::back_inserter(out), R"("conversation":{{"canInitiate":{},"id":{}}},)",
                     r.uniform(2) == 0 ? "true" : "false",
                     r.uniform(3) == 0 ? fmt::format("\"conv-{}\"", r.uniform(1000000)) : std::string("null"));
    }
    fmt::format_to(std::back_inserter(out), R"("messageId":"{}","doneAt":"{}",)", id, t.second);
    if (!sms_leg) fmt::format_to(std::back_inserter(out), R"("interactionType":"{}",)", r.pick(interactions));
    fmt::format_to(std::back_inserter(out),
                   R"("messageCount":1,"sentAt":"{}","mccMnc":"{}","callbackData":"custom-user-data","to":"{}",)"
                   R"("sender":"{}",)",
                   t.first, mcc_mnc(r), digits(r), sms_leg ? "InfoSMS" : "sender");
    platform(r, out);
    fmt::format_to(std::back_inserter(out), R"(,"campaignReferenceId":"CAMP-2026-Q{}"}})", 1 + r.uniform(4));
  }

  /// An RCS report; a third are failover legs: the RCS leg PENDING_ENROUTE with 7002, then (one in two) the
  /// SMS leg of the same messageId, in the same batch.
  static int rcs(random_source& r, std::string& out, bool room_for_two) {
    const std::string id = fmt::format("msg-{}", r.uuid().substr(0, 13));
    if (r.uniform(3) != 0) {
      const outcome o = pick_outcome(r, family::chat);
      rcs_report(r, out, nullptr, *o.status, *o.error, id);
      return 1;
    }
    rcs_report(r, out, "RCS", statuses[2], chat_errors[0], id);
    if (r.uniform(2) != 0 || !room_for_two) return 1;
    out += ',';
    const outcome o = pick_outcome(r, family::sms);
    rcs_report(r, out, "SMS", *o.status, *o.error, id);
    return 2;
  }

  static void messages_api(random_source& r, std::string& out) {
    static constexpr const char* channels[] = {"SMS", "WHATSAPP", "WHATSAPP", "VIBER_BM", "RCS", "MMS", "APPLE_MB"};
    const char* channel = r.pick(channels);
    const bool sms = std::string_view(channel) == "SMS" || std::string_view(channel) == "MMS";
    const outcome o = pick_outcome(r, sms ? family::sms : family::chat);
    const time_pair t = times(r, 2025);
    fmt::format_to(std::back_inserter(out),
                   R"({{"event":"DELIVERY","channel":"{}","sender":"447491163443","destination":"{}","sentAt":"{}",)"
                   R"("doneAt":"{}","bulkId":"{}","messageId":"{}","messageCount":1,)",
                   channel, digits(r), t.first, t.second, bulk_id(r), r.uuid());
    if (sms) fmt::format_to(std::back_inserter(out), R"("mccMnc":{},)", mcc_mnc(r));
    status(*o.status, out);
    if (r.uniform(3) == 0 && o.error->id == 0) {
      out += R"("error":{"id":0},)";  // the required part only (reference §3.6)
    } else {
      error(*o.error, out);
    }
    platform(r, out);
    if (r.uniform(2) == 0) fmt::format_to(std::back_inserter(out), R"(,"networkId":{})", 1 + r.uniform(400));
    out += R"(,"deviceDetails":"deviceDetails","campaignReferenceId":"campaignRef"})";
  }

  /// courier's 2017 fixture style: a JSON-integer messageId (reference §6), `Z` times.
  static void courier_style(random_source& r, std::string& out) {
    const outcome o = pick_outcome(r, family::sms);
    fmt::format_to(std::back_inserter(out), R"({{"messageId":{},)", 10000 + r.uniform(90000));
    status(*o.status, out);
    error(*o.error, out, "Ok");
    fmt::format_to(std::back_inserter(out), R"("doneAt":"{}"}})", r.time(2017));
  }

  // ---------------------------------------------------------------------------------------- seen reports

  static void seen(random_source& r, std::string& out) {
    const std::uint64_t which = r.uniform(25);
    const time_pair t = times(r, 2025);
    if (which < 5) {  // Messages API
      fmt::format_to(std::back_inserter(out),
                     R"({{"event":"SEEN","channel":"{}","sender":"senderNumber","destination":"{}","sentAt":"{}",)"
                     R"("seenAt":"{}","bulkId":"{}","messageId":"{}","callbackData":"reference-{}",)",
                     which < 3 ? "WHATSAPP" : "VIBER_BM", digits(r), t.first, t.second, bulk_id(r), r.uuid(),
                     r.uniform(10000));
      platform(r, out);
      out += R"(,"campaignReferenceId":"campaignRef"})";
      return;
    }
    const std::string from = digits(r);
    fmt::format_to(std::back_inserter(out),
                   R"({{"messageId":"{}","from":"{}","to":"{}","sentAt":"{}","seenAt":"{}",)"
                   R"("applicationId":"example-application-id","entityId":"example-entity-id")",
                   r.uuid(), from, which < 20 ? "41793026731" : "DemoSender", t.first, t.second);
    if (which >= 18) fmt::format_to(std::back_inserter(out), R"(,"campaignReferenceId":"CAMP-{}")", r.uniform(100));
    if (which < 16) {  // WhatsApp
      out += ',';
      contact(r, out, from);
    }
    out += '}';
  }

  /// One report of a batch; returns how many results[] elements it wrote.
  static int report(random_source& r, std::string& out, bool room_for_two) {
    const std::uint64_t pick = r.uniform(200);
    if (pick < 76) return sms_v3(r, out), 1;
    if (pick < 98) return sms_v2(r, out), 1;
    if (pick < 106) return mms(r, out), 1;
    if (pick < 134) return whatsapp(r, out), 1;
    if (pick < 144) return viber(r, out), 1;
    if (pick < 156) return rcs(r, out, room_for_two);
    if (pick < 174) return messages_api(r, out), 1;
    if (pick < 175) return courier_style(r, out), 1;
    return seen(r, out), 1;
  }

  static void report_batch(random_source& r, std::string& out) {
    const std::uint64_t size_draw = r.uniform(100);
    const std::uint64_t reports = size_draw < 45   ? 1
                                  : size_draw < 75 ? 2 + r.uniform(9)
                                  : size_draw < 93 ? 11 + r.uniform(30)
                                                   : 41 + r.uniform(60);
    out += R"({"results":[)";
    for (std::uint64_t n = 0; n < reports;) {
      if (n != 0) out += ',';
      n += static_cast<std::uint64_t>(report(r, out, reports - n >= 2));
    }
    out += "]}";
  }

  // ------------------------------------------------------------------------------------------- inbound

  static void inbound_message(random_source& r, std::string& out, std::uint64_t kind) {
    static constexpr const char* keywords[] = {"QUIZ", "STOP", "START", "INFO"};
    const std::string user = digits(r);
    switch (kind) {
      case 0: {  // SMS MO_JSON_2
        const char* keyword = r.pick(keywords);
        fmt::format_to(std::back_inserter(out),
                       R"({{"messageId":"{}","from":"{}","to":"385921004026","text":"{} Correct answer is Paris",)"
                       R"("cleanText":"Correct answer is Paris","keyword":"{}","receivedAt":"{}","smsCount":{},)",
                       fmt::format("{}", 817790313235066447 + r.uniform(1000000000)), user, keyword, keyword,
                       time(r, 2025), 1 + r.uniform(2));
        price(r, out, false);
        out += R"("callbackData":"callbackData"})";
        return;
      }
      case 1:  // MMS MO_MMS_2
        fmt::format_to(
            std::back_inserter(out),
            R"({{"from":"{}","to":"25256","receivedAt":"{}","messageId":"{}","callbackData":"Some custom data",)"
            R"("userAgent":"iPhone_12_Pro_Max_A2342","message":[{{"contentType":"image/jpeg",)"
            R"("url":"https://examplelink.com/{}"}},{{"contentType":"text/plain","value":"Photo {}"}}],)",
            user, time(r, 2025), 817790313235066447 + r.uniform(1000000000), r.uniform(1000000), r.uniform(1000));
        price(r, out, false);
        out.back() = '}';
        return;
      case 2:  // WhatsApp
        fmt::format_to(std::back_inserter(out),
                       R"({{"from":"{}","to":"41793026731","integrationType":"WHATSAPP","receivedAt":"{}",)"
                       R"("messageId":"wamid.HBgLMjc4MTMzMjE0ODIVAgASGBQz{:016X}","callbackData":"callbackData",)"
                       R"("message":{{"text":"Where is my order {}?","type":"TEXT"}},)",
                       user, time(r, 2025), r.uniform(~std::uint64_t{0}), r.uniform(100000));
        price(r, out, false);
        contact(r, out, user);
        out += '}';
        return;
      case 3:  // Viber
        fmt::format_to(std::back_inserter(out),
                       R"({{"sender":"{}","to":"DemoCompany","integrationType":"VIBER","receivedAt":"{}","keyword":"",)"
                       R"("messageId":"{}","pairedMessageId":"{}","callbackData":"callbackData",)"
                       R"("message":{{"text":"Thanks!","type":"TEXT"}},)",
                       user, time(r, 2025), r.uuid(), r.uuid());
        price(r, out, false);
        out.back() = '}';
        return;
      case 4:  // RCS text or suggestion event
      {
        const bool suggestion = r.uniform(2) == 0;
        fmt::format_to(
            std::back_inserter(out),
            R"({{"campaignReferenceId":"CAMP-2026-Q1","sender":"{}","to":"DemoSender","integrationType":"RCS",)"
            R"("receivedAt":"{}","interactionType":"{}",{}"keyword":"START","messageId":"msg-{}",)"
            R"("pairedMessageId":"msg-{}","callbackData":"custom-user-data","message":{},)",
            user, time(r, 2026), suggestion ? "EVENT" : "BASIC_MESSAGE", suggestion ? "" : R"("rcsCount":1,)",
            r.uuid().substr(0, 13), r.uuid().substr(0, 13),
            suggestion ? R"({"text":"Track order","postbackData":"track","type":"SUGGESTION"})"
                       : R"({"text":"Hello, world!","type":"TEXT"})");
        price(r, out, true);
        fmt::format_to(std::back_inserter(out), R"("conversation":{{"canInitiate":false,"id":"conv-{}"}},)",
                       r.uniform(1000000));
        platform(r, out);
        out += '}';
        return;
      }
      default: {  // Messages API: MO, or a typing event
        static constexpr const char* events[] = {"MO", "MO", "MO", "TYPING_STARTED", "TYPING_STOPPED"};
        static constexpr const char* channels[] = {"SMS", "WHATSAPP", "APPLE_MB", "RCS"};
        const std::string_view event = r.pick(events);
        fmt::format_to(std::back_inserter(out), R"({{"channel":"{}","sender":"{}","destination":"{}",)",
                       r.pick(channels), user, digits(r));
        if (event == "MO") {
          fmt::format_to(std::back_inserter(out),
                         R"("content":[{{"text":"Text message {}","cleanText":"Text message","type":"TEXT"}}],)",
                         r.uniform(1000));
        }
        fmt::format_to(std::back_inserter(out), R"("receivedAt":"{}","messageId":"{}",)", time(r, 2025), r.uuid());
        if (event == "MO") out += R"("messageCount":1,)";
        platform(r, out);
        fmt::format_to(std::back_inserter(out), R"(,"event":"{}"}})", event);
      }
    }
  }

  static void inbound(random_source& r, std::string& out) {
    const std::uint64_t kind = r.uniform(12);
    if (kind == 11) {  // RCS typing indicator: no messageId, `event` an object, eventCount/pendingEventCount
      fmt::format_to(
          std::back_inserter(out),
          R"({{"results":[{{"sender":"{}","to":"DemoSender","receivedAt":"{}",)"
          R"("event":{{"type":"TYPING_INDICATOR"}},"entityId":"ext-entity-001","applicationId":"ext-app-001"}}],)"
          R"("eventCount":1,"pendingEventCount":0}})",
          digits(r), time(r, 2026));
      return;
    }
    // SMS 4, MMS 1, WhatsApp 3, Viber 1, RCS 1, Messages API 1 of 11.
    static constexpr std::uint64_t kinds[] = {0, 0, 0, 0, 1, 2, 2, 2, 3, 4, 5};
    const std::uint64_t k = kinds[kind];
    const std::uint64_t messages = r.uniform(5) == 0 ? 2 + r.uniform(2) : 1;
    out += R"({"results":[)";
    for (std::uint64_t i = 0; i < messages; ++i) {
      if (i != 0) out += ',';
      inbound_message(r, out, k);
    }
    out += ']';
    if (k != 5) fmt::format_to(std::back_inserter(out), R"(,"messageCount":{},"pendingMessageCount":0)", messages);
    out += '}';
  }

  static void payload(random_source& r, std::string& out) {
    if (r.uniform(20) < 3) return inbound(r, out);
    report_batch(r, out);
  }
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_INFOBIP_CORPUS_HPP
