// libFuzzer target: the CLI's NDJSON streaming path, with a window small enough that lines cross
// window boundaries, grow the window and get skipped as too long.
#include <cstdio>

#include "../../examples/cli/inputs.hpp"
#include "fuzz_common.hpp"

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
  triage_cli::line_reader reader(f, window, max_line);
  std::string_view line;
  std::size_t number = 0;
  std::size_t last = 0;
  for (;;) {
    const auto status = reader.next(line, number);
    if (status == triage_cli::line_reader::status::end || status == triage_cli::line_reader::status::io_error) break;
    if (number != last + 1) std::abort();  // every line is accounted for, in order
    last = number;
    if (status == triage_cli::line_reader::status::line) {
      if (line.size() > max_line) std::abort();
      if (line.find('\n') != std::string_view::npos) std::abort();
      triage_fuzz::exercise(parser, line, std::nullopt);
    }
  }
  std::fclose(f);
  return 0;
}
