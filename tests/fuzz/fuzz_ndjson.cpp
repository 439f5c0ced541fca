// libFuzzer target: the CLI's two NDJSON readers. The stream reader runs with a window small enough that
// lines cross window boundaries, grow the window and get skipped as too long; then the same bytes, split
// into ranges of several sizes read in short pieces (--jobs over a regular file), must give the same lines
// with the same numbers.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "../../examples/cli/inputs.hpp"
#include "../../examples/cli/ndjson_range.hpp"
#include "fuzz_common.hpp"

namespace {

struct seen_line {
  std::size_t number;
  bool too_long;
  std::string text;

  bool operator==(const seen_line& o) const { return number == o.number && too_long == o.too_long && text == o.text; }
};

std::vector<seen_line> read_in_ranges(triage_cli::range_lines& range, const std::uint8_t* data, std::size_t size,
                                      std::size_t range_size, std::size_t piece, std::size_t max_line) {
  // A pread() over memory that returns at most `piece` bytes at a time, as a real one may.
  auto read_at = [&](std::uint64_t at, char* into, std::size_t want) -> long {
    if (at >= size) return 0;
    const std::size_t n = std::min({want, piece, size - static_cast<std::size_t>(at)});
    std::memcpy(into, data + at, n);
    return static_cast<long>(n);
  };
  std::vector<seen_line> lines;
  for (std::size_t begin = 0; begin < size; begin += range_size) {
    if (!range.load(read_at, begin, std::min(begin + range_size, size), max_line)) std::abort();
    for (const auto& l : range.lines()) {
      const simdjson::padded_string_view json = range.json(l);
      if (json.capacity() < json.length() + simdjson::SIMDJSON_PADDING) std::abort();
      lines.push_back({lines.size() + 1, l.too_long, l.too_long ? std::string() : std::string(range.text(l))});
    }
  }
  return lines;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the window and the line limit.
  const std::size_t window = 16 + (data[0] & 0x3f);
  const std::size_t max_line = window + (data[0] >> 6) * 200;
  triage::parser_options options;
  options.max_document_size = max_line;
  static triage::parser parser(options);
  std::FILE* f = fmemopen(const_cast<std::uint8_t*>(data + 1), size - 1, "rb");
  if (f == nullptr) return 0;
  triage::ndjson_reader reader(f, max_line, window);
  std::string_view line;
  std::size_t number = 0;
  std::vector<seen_line> streamed;
  for (;;) {
    const auto status = reader.next(line, number);
    if (status == triage::ndjson_reader::status::end || status == triage::ndjson_reader::status::io_error) break;
    if (number != streamed.size() + 1) std::abort();  // every line is accounted for, in order
    const bool too_long = status == triage::ndjson_reader::status::too_long;
    streamed.push_back({number, too_long, too_long ? std::string() : std::string(line)});
    if (!too_long) {
      if (line.size() > max_line) std::abort();
      if (line.find('\n') != std::string_view::npos) std::abort();
      triage_fuzz::exercise(parser, line, std::nullopt);
    }
  }
  std::fclose(f);
  // Ranges of one byte (most own no line), of a few bytes, of about a line; read whole or a few bytes at a
  // time; continued past their end a byte or 13 bytes at a time. One of them per input (by its size), to
  // keep the fuzzer fast, and always ranges of more than the input with the CLI's 64 KiB step. Reused, as
  // a worker reuses its own.
  static triage_cli::range_lines by_byte(1), by_13(13), by_64k;
  const struct {
    triage_cli::range_lines& range;
    std::size_t range_size, piece;
  } small[] = {{by_13, 1, SIZE_MAX}, {by_byte, 2, 3}, {by_13, 7, SIZE_MAX}, {by_13, window, 3}};
  const auto& split = small[size % 4];
  if (read_in_ranges(split.range, data + 1, size - 1, split.range_size, split.piece, max_line) != streamed ||
      read_in_ranges(by_64k, data + 1, size - 1, std::size_t{1} << 16, SIZE_MAX, max_line) != streamed) {
    std::abort();
  }
  return 0;
}
