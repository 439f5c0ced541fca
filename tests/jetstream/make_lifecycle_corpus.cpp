// Writes the mixed corpus of the JetStream tests: the benchmarks' seeded generator (every provider and
// variant), made to look like a day of callbacks rather than one callback per message:
//  - a quarter of the Vibes and Bird payloads report on a message seen earlier (its key is reused), so
//    messages get several callbacks, in and out of order of their provider times;
//  - a tenth of the payloads are sent again a few payloads later, verbatim (a provider's retry);
//  - one payload in twenty-five is a WhatsApp Cloud API envelope with two to four statuses of one or two
//    messages (tests/fixtures/whatsapp/constructed_mixed_batch.json's shape): one body, several callbacks,
//    which the receiver publishes once per callback with its index.
//
//   triage-jetstream-corpus --payloads N [--seed S] > corpus.ndjson
#include <triage/triage.hpp>

#include <cstdio>
#include <cstdlib>
#include <deque>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "corpus.hpp"

namespace {

/// Where the message id of a generated Vibes or Bird payload starts (the generator's own layout), or npos.
std::size_t id_position(std::string_view payload, triage::provider p) {
  const std::string_view marker = p == triage::provider::vibes ? R"("event_processed":{"event_id":")" : R"({"id":")";
  const std::size_t at = payload.find(marker);
  return at == std::string_view::npos ? at : at + marker.size();
}

std::optional<std::string> message_id(triage::parser& parser, const std::string& payload) {
  auto batch = parser.parse(std::string_view(payload));
  if (!batch || batch->size() != 1) return std::nullopt;
  const triage::observation o = triage::make_observation(*batch->begin());
  if (!o.id) return std::nullopt;
  return std::string(*o.id);
}

/// A WhatsApp envelope with `count` statuses of the messages wamid.<first>, wamid.<first + 1>: steps of
/// each message's own life (sent, delivered, read; or sent, failed with 131047 for one message in five), in
/// a random order. A message never gets both a delivery and a failure: WhatsApp does not send that, and
/// which of two contradictory terminal statuses wins would depend on the order they arrive in.
std::string whatsapp_statuses(std::mt19937_64& rng, std::uint64_t first, int count) {
  // Each step has its own time, later than the step before: the provider's time orders them whatever the
  // order they arrive in (a tie would leave the last word to arrival, which retries reorder).
  static constexpr const char* delivered_life[] = {"sent", "delivered", "read"};
  static constexpr const char* failed_life[] = {"sent", "failed"};
  std::string statuses;
  for (int i = 0; i < count; ++i) {
    const std::uint64_t message = first + rng() % 2;
    const std::uint64_t step_index = message % 5 == 0 ? rng() % 2 : rng() % 3;
    const char* step = message % 5 == 0 ? failed_life[step_index] : delivered_life[step_index];
    if (!statuses.empty()) statuses += ',';
    statuses += R"({"id":"wamid.LC)" + std::to_string(message) + R"(","status":")" + step + R"(","timestamp":")" +
                std::to_string(1750000000 + message * 100 + step_index * 10) + R"(","recipient_id":"1555)" +
                std::to_string(1000000 + message % 1000000) + '"';
    if (std::string_view(step) == "failed") {
      statuses += R"(,"errors":[{"code":131047,"title":"Re-engagement message","message":"Re-engagement message"}])";
    }
    statuses += '}';
  }
  return R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",)"
         R"("value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",)"
         R"("phone_number_id":"106540352242922"},"statuses":[)" +
         statuses + "]}}]}]}";
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t payloads = 0;
  std::uint64_t seed = 18;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view flag = argv[i];
    if (flag == "--payloads") {
      payloads = std::strtoull(argv[i + 1], nullptr, 10);
    } else if (flag == "--seed") {
      seed = std::strtoull(argv[i + 1], nullptr, 10);
    }
  }
  if (payloads == 0) {
    std::fprintf(stderr, "usage: triage-jetstream-corpus --payloads N [--seed S]\n");
    return 2;
  }
  triage_bench::corpus_generator generator(seed);
  std::mt19937_64 rng(seed * 7919 + 1);
  const auto chance = [&rng](int percent) { return static_cast<int>(rng() % 100) < percent; };
  triage::parser parser;
  std::vector<std::string> recent_ids[2];                   // vibes, bird: ids of messages already written
  std::deque<std::pair<std::size_t, std::string>> retries;  // (write after this many payloads, payload)
  std::size_t written = 0;
  std::string payload;
  while (written < payloads) {
    payload.clear();
    if (chance(4)) {
      payload = whatsapp_statuses(rng, (written / 40) * 2, 2 + static_cast<int>(rng() % 3));
    } else {
      generator.payload(payload);
    }
    auto batch = parser.parse(std::string_view(payload));
    if (batch && batch->size() == 1) {
      const triage::provider p = batch->begin()->provider();
      if (p == triage::provider::vibes || p == triage::provider::bird) {
        std::vector<std::string>& ids = recent_ids[p == triage::provider::vibes ? 0 : 1];
        const std::size_t at = id_position(payload, p);
        const std::optional<std::string> own = message_id(parser, payload);
        if (!ids.empty() && at != std::string::npos && own && chance(25) &&
            payload.compare(at, own->size(), *own) == 0) {
          // Only the 2,000 newest: a message's callbacks come within a short while of each other.
          const std::string& earlier = ids[ids.size() - 1 - rng() % std::min<std::size_t>(ids.size(), 2000)];
          payload.replace(at, own->size(), earlier);
        } else if (own) {
          ids.push_back(*own);
        }
      }
    }
    std::fwrite(payload.data(), 1, payload.size(), stdout);
    std::fputc('\n', stdout);
    ++written;
    if (chance(10)) retries.emplace_back(written + 1 + rng() % 50, payload);
    while (!retries.empty() && retries.front().first <= written && written < payloads) {
      std::fwrite(retries.front().second.data(), 1, retries.front().second.size(), stdout);
      std::fputc('\n', stdout);
      retries.pop_front();
      ++written;
    }
  }
  return 0;
}
