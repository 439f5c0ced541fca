// Steady state of the library's hot path: once a parser has seen a corpus, parsing and classifying it
// again performs no heap allocation at all, for every provider. Counts every operator new of the program.
#include <triage/triage.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

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

/// Plivo posts forms, which the benchmark corpus does not generate: its published bodies (a courier
/// capture, tests/fixtures/plivo/) and constructed ones with every decoding path (escapes, '+', media URLs,
/// a query string), repeated.
std::string plivo_forms() {
  const char* bodies[] = {
      "Status=delivered&From=13342031111&ParentMessageUUID=83876bdb-2033-4876-bfaf-0ff8693705af&TotalRate=0.0025&"
      "MCC=405&PartInfo=1+of+1&ErrorCode=&To=918553651111&Units=1&TotalAmount=0.0025&MNC=803&"
      "MessageUUID=83876bdb-2033-4876-bfaf-0ff8693705af",
      "To=61429968959&From=61478417108&TotalRate=0&Units=1&Text=How+are+you&TotalAmount=0&Type=sms&"
      "MessageUUID=ca425462-27f0-11e6-890b-22000ae90d37",
      "From=%2B14155550100&To=%2B447700900123&Type=sms&Status=failed&ErrorCode=420&"
      "MessageUUID=5e2a1f10-a0b1-11eb-9d2c-0242ac110005&Sequence=2&QueuedTime=2021-04-18+09%3A00%3A00.000500",
      "From=14155550123&To=14155550100&Type=mms&Body=Here+it+is+%F0%9F%93%B7&MediaCount=2&"
      "Media0=https%3A%2F%2Fmedia.plivo.com%2F0&Media1=https%3A%2F%2Fmedia.plivo.com%2F1&"
      "MessageUUID=1f2e3d4c-5b6a-11ee-8c99-0242ac120002",
      "?From=14155550100&To=14155550123&Status=undelivered&ErrorCode=80&"
      "MessageUUID=0c3b6b2e-9ee3-11eb-8f1a-0242ac110005&PartInfo=2+of+3&action=status",
  };
  std::string out;
  for (int round = 0; round < 200; ++round) {
    for (const char* body : bodies) {
      out += body;
      out += '\n';
    }
  }
  return out;
}

/// The form bodies of the fixtures, each parsed and classified: the failures and callbacks seen.
std::uint64_t parse_forms(triage::parser& parser, const std::vector<std::string>& bodies, std::uint64_t& callbacks) {
  std::uint64_t failures = 0;
  for (const std::string& body : bodies) {
    auto batch = parser.parse(std::string_view(body));
    if (!batch) {
      ++failures;
      continue;
    }
    for (const triage::callback& cb : *batch) callbacks += triage::classify(cb).rule.empty() ? 0 : 1;
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

/// Every *.form and *.query file below `dir`.
std::vector<std::string> read_forms(const char* dir) {
  std::vector<std::string> bodies;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    const auto ext = entry.path().extension();
    if (ext != ".form" && ext != ".query") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    bodies.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return bodies;
}

/// Form bodies (the providers that post forms: their values decoded into the parser's scratch buffer, their
/// indexed parameters in its storage) allocate nothing once the parser has seen them.
int check_forms(const char* fixtures) {
  const std::vector<std::string> bodies = read_forms(fixtures);
  triage::parser parser;
  std::uint64_t warm_callbacks = 0;
  parse_forms(parser, bodies, warm_callbacks);
  std::uint64_t callbacks = 0;
  std::uint64_t failures = 0;
  const std::uint64_t before = triage_bench::allocations();
  for (int round = 0; round < 3; ++round) failures += parse_forms(parser, bodies, callbacks);
  const std::uint64_t allocations = triage_bench::allocations() - before;
  std::printf("%-9s %7llu callbacks, %llu parse failures, %llu heap allocations in steady state\n", "forms",
              static_cast<unsigned long long>(callbacks), static_cast<unsigned long long>(failures),
              static_cast<unsigned long long>(allocations));
  // A body of a provider this build lacks fails; it must not allocate either.
  return allocations != 0 || callbacks == 0 || bodies.size() < 10 ? 1 : 0;
}

/// Every *.json under `dir` (the test fixtures: every provider's payloads, the invalid and foreign ones too),
/// parsed twice by one parser: the second pass must not allocate. The generated corpus above holds only the
/// providers the benchmarks generate; this holds every provider with fixtures.
int check_fixtures(const char* dir) {
  std::vector<simdjson::padded_string> payloads;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    payloads.emplace_back(text);
  }
  triage::parser parser;
  auto pass = [&](std::uint64_t& callbacks, std::uint64_t& batch_errors) {
    for (const simdjson::padded_string& p : payloads) {
      auto batch = parser.parse(p);
      if (!batch) continue;
      batch_errors += batch->errors().size();
      for (const triage::callback& cb : *batch) callbacks += triage::classify(cb).rule.empty() ? 0 : 1;
    }
  };
  std::uint64_t warm = 0, warm_errors = 0;
  pass(warm, warm_errors);
  std::uint64_t callbacks = 0, batch_errors = 0;
  const std::uint64_t before = triage_bench::allocations();
  pass(callbacks, batch_errors);
  const std::uint64_t allocations = triage_bench::allocations() - before;
  std::printf("fixtures  %7llu callbacks, %llu batch errors, %zu payloads, %llu heap allocations in steady state\n",
              static_cast<unsigned long long>(callbacks), static_cast<unsigned long long>(batch_errors),
              payloads.size(), static_cast<unsigned long long>(allocations));
  return allocations != 0 || callbacks == 0 || batch_errors == 0 ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  int status = 0;
  if (argc > 1 && check_forms(argv[1]) != 0) status = 1;
  if (argc > 1 && check_fixtures(argv[1]) != 0) status = 1;
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
    std::string forms = plivo_forms();
    forms.append(simdjson::SIMDJSON_PADDING, ' ');
    triage::parser parser;
    std::uint64_t warm_callbacks = 0;
    const std::uint64_t failures = parse_all(parser, forms, warm_callbacks);
    std::uint64_t callbacks = 0;
    const std::uint64_t before = triage_bench::allocations();
    parse_all(parser, forms, callbacks);
    const std::uint64_t allocations = triage_bench::allocations() - before;
    std::printf("%-9s %7llu callbacks, %llu parse failures, %llu heap allocations in steady state\n", "plivo",
                static_cast<unsigned long long>(callbacks), static_cast<unsigned long long>(failures),
                static_cast<unsigned long long>(allocations));
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
