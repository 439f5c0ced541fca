// Writes a seeded NDJSON corpus of provider callbacks:
//   triage-make-corpus [--mix all|<provider>] [--seed N] --bytes N [--out FILE]
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "corpus.hpp"

int main(int argc, char** argv) {
  triage_bench::mix mix = triage_bench::mix::all;
  std::uint64_t seed = 42;
  std::size_t bytes = 0;
  const char* out_path = nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--mix" && has_value) {
      const std::string_view name = argv[++i];
      bool found = false;
      for (std::size_t m = 0; m < std::size(triage_bench::mix_names); ++m) {
        if (triage_bench::mix_names[m] == name) {
          mix = static_cast<triage_bench::mix>(m);
          found = true;
        }
      }
      if (!found) {
        std::fprintf(stderr, "unknown mix '%s'\n", argv[i]);
        return 2;
      }
    } else if (arg == "--seed" && has_value) {
      seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--bytes" && has_value) {
      bytes = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--out" && has_value) {
      out_path = argv[++i];
    } else {
      std::fprintf(stderr, "usage: triage-make-corpus [--mix all|<provider>] [--seed N] --bytes N [--out FILE]\n");
      return 2;
    }
  }
  if (bytes == 0) {
    std::fprintf(stderr, "--bytes is required\n");
    return 2;
  }
  std::FILE* out = out_path != nullptr ? std::fopen(out_path, "wb") : stdout;
  if (out == nullptr) {
    std::perror(out_path);
    return 2;
  }
  // Generate in chunks so that memory stays small for any corpus size.
  triage_bench::corpus_generator generator(seed, mix);
  std::string chunk;
  std::size_t written = 0;
  while (written < bytes) {
    chunk.clear();
    generator.ndjson(chunk, std::min<std::size_t>(std::size_t{1} << 20, bytes - written));
    if (std::fwrite(chunk.data(), 1, chunk.size(), out) != chunk.size()) {
      std::perror("write");
      return 2;
    }
    written += chunk.size();
  }
  if (out != stdout) std::fclose(out);
  return 0;
}
