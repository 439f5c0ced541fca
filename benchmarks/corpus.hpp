#ifndef TRIAGE_BENCHMARKS_CORPUS_HPP
#define TRIAGE_BENCHMARKS_CORPUS_HPP

// Seeded generator of realistic callback corpora, one payload per line: each provider's payloads come
// from its folder (benchmarks/<provider>/corpus.hpp: every variant, success and failure, small and large),
// the mixed corpus draws a provider per payload by their shares.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "bandwidth/corpus.hpp"
#include "bird/corpus.hpp"
#include "infobip/corpus.hpp"
#include "plivo/corpus.hpp"
#include "random_source.hpp"
#include "sinch/corpus.hpp"
#include "telnyx/corpus.hpp"
#include "twilio/corpus.hpp"
#include "vibes/corpus.hpp"
#include "vonage/corpus.hpp"
#include "whatsapp/corpus.hpp"

namespace triage_bench {

template <class... P>
struct corpus_list {
  static constexpr std::size_t size = sizeof...(P);
  static constexpr std::uint64_t total_share = (P::share + ...);

  /// Appends a payload of the provider at `index`.
  static void payload(std::size_t index, random_source& r, std::string& out) {
    std::size_t i = 0;
    (void)((i++ == index ? (P::payload(r, out), true) : false) || ...);
  }
  /// The provider of a draw in [0, total_share): the first whose cumulative share exceeds it.
  static std::size_t by_share(std::uint64_t draw) {
    constexpr std::uint64_t shares[] = {P::share...};
    std::uint64_t below = 0;
    for (std::size_t i = 0; i + 1 < size; ++i) {
      below += shares[i];
      if (draw < below) return i;
    }
    return size - 1;
  }
};

/// Every provider's generator, in the order of enum class triage::provider.
using corpus_providers = corpus_list<vibes_corpus, bandwidth_corpus, bird_corpus, twilio_corpus, vonage_corpus,
                                     plivo_corpus, whatsapp_corpus, telnyx_corpus, sinch_corpus, infobip_corpus>;
static_assert(corpus_providers::total_share == 100, "the shares of the mixed corpus are percentages");

/// A corpus of one provider, or the mixed one; a provider's mix is its index in the list plus one.
enum class mix : std::uint8_t { all, vibes, bandwidth, bird, twilio, vonage, plivo, whatsapp, telnyx, sinch, infobip };

namespace detail {
template <class... P>
constexpr auto mix_names_of(corpus_list<P...>) {
  return std::array<std::string_view, 1 + sizeof...(P)>{"all", P::name...};
}
}  // namespace detail

inline constexpr auto mix_names = detail::mix_names_of(corpus_providers{});
static_assert(mix_names.size() == static_cast<std::size_t>(mix::infobip) + 1, "a mix per provider of the list");

class corpus_generator {
 public:
  explicit corpus_generator(std::uint64_t seed, mix m = mix::all) : random_(seed), mix_(m) {}

  /// Appends one payload (no newline) to `out`.
  void payload(std::string& out) {
    const std::size_t which =
        mix_ == mix::all ? corpus_providers::by_share(random_.uniform(100)) : static_cast<std::size_t>(mix_) - 1;
    corpus_providers::payload(which, random_, out);
  }

  /// Appends payloads, one per line, until `out` holds at least `bytes` bytes.
  void ndjson(std::string& out, std::size_t bytes) {
    while (out.size() < bytes) {
      payload(out);
      out.push_back('\n');
    }
  }

 private:
  random_source random_;
  mix mix_;
};

}  // namespace triage_bench

#endif  // TRIAGE_BENCHMARKS_CORPUS_HPP
