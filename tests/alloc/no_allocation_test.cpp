// Steady state of the library's hot path: once a parser has seen a corpus, parsing and classifying it
// again performs no heap allocation at all, for every provider. Counts every operator new of the program.
#include <triage/triage.hpp>

#include <cstdio>
#include <string>

#include "../../benchmarks/alloc_counter.hpp"
#include "../../benchmarks/corpus.hpp"

namespace {

std::uint64_t parse_all(triage::parser& parser, const std::string& ndjson, std::uint64_t& callbacks) {
  std::uint64_t failures = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < ndjson.size(); ++i) {
    if (ndjson[i] != '\n') continue;
    const simdjson::padded_string_view line(ndjson.data() + start, i - start, ndjson.size() - start);
    auto batch = parser.parse(line);
    if (!batch) {
      ++failures;
    } else {
      for (const triage::callback& cb : *batch) {
        const triage::verdict v = triage::classify(cb);
        callbacks += v.rule.empty() ? 0 : 1;
      }
    }
    start = i + 1;
  }
  return failures;
}

/// Payloads of the providers that the benchmark corpus does not generate yet, in every body format they
/// come in: JSON, form bodies and query strings. Each parsed and classified in a loop.
struct body_case {
  const char* name;
  const char* body;
  triage::body_format format;
};

// Vonage: the PHP SDK's captured DLRs (GET query, form, JSON), an inbound long SMS part, the .NET SDK's
// Messages API status, and a v0.1 status with objects for to/from (tests/fixtures/vonage/README.md).
constexpr body_case extra_bodies[] = {
    {"vonage dlr query",
     "msisdn=14845552121&to=16105553939&network-code=310004&messageId=14000000F9DBBBBB&price=0.00845000&status="
     "delivered&scts=1234567890&err-code=0&api-key=a1234567&client-ref=my-ref&message-timestamp=2020-07-17+02%3A34%"
     "3A35",
     triage::body_format::query},
    {"vonage dlr form",
     "msisdn=14845552121&to=16105553939&network-code=310004&messageId=14000000F9DBBBBB&price=0.00845000&status=failed&"
     "err-code=6&api-key=a1234567&message-timestamp=2020-07-17+02%3A35%3A15",
     triage::body_format::form},
    {"vonage dlr json",
     R"({"msisdn":"14845552121","to":"16105553939","network-code":"310004","messageId":"14000000F9DBBBBB",)"
     R"("price":"0.00845000","status":"delivered","scts":"1234567890","err-code":"0","api-key":"a1234567",)"
     R"("message-timestamp":"2020-07-17 02:35:01"})",
     triage::body_format::json},
    {"vonage inbound query",
     "msisdn=14845552121&to=16105553939&messageId=02000000DA7C52E7&concat=true&concat-ref=4&concat-total=4&concat-"
     "part=3&text=y+for+a+non-functionality&type=text&keyword=Y&api-key=a1234567&message-timestamp=2020-07-01+15%3A53%"
     "3A25",
     triage::body_format::query},
    {"vonage messages status",
     R"({"message_uuid":"aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab","to":"447700900000","from":"447700900001",)"
     R"("timestamp":"2025-02-03T12:14:25Z","status":"rejected","error":{"type":"https://developer.vonage.com/)"
     R"(api-errors/messages#1300","title":"1300","detail":"Not part of the provider network","instance":"bf0c"},)"
     R"("client_ref":"abc123","workflow":{"workflow_id":"3T","items_number":"1","items_total":"2"},)"
     R"("usage":{"currency":"EUR","price":"0.0333"},"channel":"whatsapp","destination":{"network_code":"12345"},)"
     R"("sms":{"count_total":"2"},"whatsapp":{"pricing":{"type":"regular"}}})",
     triage::body_format::json},
    {"vonage messages v0.1",
     R"({"message_uuid":"a10f","to":{"type":"sms","number":"447700900000"},"from":{"type":"sms","number":"1"},)"
     R"("timestamp":"2019-03-04T10:00:00.000Z","status":"undeliverable","error":{"code":1180,"reason":"r"}})",
     triage::body_format::json},
};

std::uint64_t parse_bodies(triage::parser& parser, std::uint64_t& callbacks) {
  std::uint64_t failures = 0;
  for (int round = 0; round < 100; ++round) {
    for (const body_case& c : extra_bodies) {
      auto batch = parser.parse(std::string_view(c.body), c.format);
      if (!batch) {
        ++failures;
        continue;
      }
      for (const triage::callback& cb : *batch) callbacks += triage::classify(cb).rule.empty() ? 0 : 1;
    }
  }
  return failures;
}

}  // namespace

int main() {
  int status = 0;
  for (auto mix :
       {triage_bench::mix::vibes, triage_bench::mix::bandwidth, triage_bench::mix::bird, triage_bench::mix::all}) {
    std::string ndjson;
    triage_bench::corpus_generator(7, mix).ndjson(ndjson, 1 << 20);
    ndjson.append(simdjson::SIMDJSON_PADDING, ' ');
    triage::parser parser;
    std::uint64_t warm_callbacks = 0;
    const std::uint64_t first = triage_bench::allocations();
    const std::uint64_t failures = parse_all(parser, ndjson, warm_callbacks);
    // The first pass sizes the parser's buffers: proves the counter sees the library's allocations.
    if (triage_bench::allocations() == first) {
      std::printf("the allocation counter saw nothing during the warm-up pass: the check would be vacuous\n");
      status = 1;
    }
    std::uint64_t callbacks = 0;
    const std::uint64_t before = triage_bench::allocations();
    parse_all(parser, ndjson, callbacks);
    const std::uint64_t allocations = triage_bench::allocations() - before;
    std::printf("%-9s %7llu callbacks, %llu parse failures, %llu heap allocations in steady state\n",
                triage_bench::mix_names[static_cast<int>(mix)].data(), static_cast<unsigned long long>(callbacks),
                static_cast<unsigned long long>(failures), static_cast<unsigned long long>(allocations));
    if (allocations != 0 || failures != 0 || callbacks == 0) status = 1;
  }
  {
    triage::parser parser;
    std::uint64_t warm_callbacks = 0;
    const std::uint64_t warm_failures = parse_bodies(parser, warm_callbacks);
    std::uint64_t callbacks = 0;
    const std::uint64_t before = triage_bench::allocations();
    const std::uint64_t failures = parse_bodies(parser, callbacks);
    const std::uint64_t allocations = triage_bench::allocations() - before;
    std::printf("%-9s %7llu callbacks, %llu parse failures, %llu heap allocations in steady state\n", "bodies",
                static_cast<unsigned long long>(callbacks), static_cast<unsigned long long>(failures + warm_failures),
                static_cast<unsigned long long>(allocations));
    if (allocations != 0 || failures != 0 || warm_failures != 0 || callbacks == 0) status = 1;
  }
  return status;
}
