#ifndef TRIAGE_DETAIL_APPEND_HPP
#define TRIAGE_DETAIL_APPEND_HPP

// Growing the parser's buffers on a noexcept path. The parse path is noexcept, where a std::bad_alloc would
// end the program: an allocation failure is caught where it happens and becomes error_code::out_of_memory.
// Built with -fno-exceptions, operator new itself ends the program, as everywhere in such a build.

#include <cstddef>
#include <utility>

namespace triage::detail {

/// Appends an element built from `args`; nullptr when memory ran out (the vector is then unchanged).
template <class Vector, class... Args>
typename Vector::value_type* append(Vector& v, Args&&... args) noexcept {
#if defined(__cpp_exceptions)
  try {
    return &v.emplace_back(std::forward<Args>(args)...);
  } catch (...) {  // std::bad_alloc or std::length_error: the vector is left as it was
    return nullptr;
  }
#else
  return &v.emplace_back(std::forward<Args>(args)...);
#endif
}

/// Resizes `v` to `size`; false when memory ran out.
template <class Vector>
bool resize(Vector& v, std::size_t size) noexcept {
#if defined(__cpp_exceptions)
  try {
    v.resize(size);
    return true;
  } catch (...) {
    return false;
  }
#else
  v.resize(size);
  return true;
#endif
}

}  // namespace triage::detail

#endif  // TRIAGE_DETAIL_APPEND_HPP
