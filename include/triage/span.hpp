#ifndef TRIAGE_SPAN_HPP
#define TRIAGE_SPAN_HPP

// A read-only view of contiguous elements (std::span is C++20; this library is C++17).

#include <cstddef>

namespace triage {

template <class T>
class span {
 public:
  constexpr span() noexcept = default;
  constexpr span(const T* data, std::size_t size) noexcept : data_(data), size_(size) {}

  constexpr const T* begin() const noexcept { return data_; }
  constexpr const T* end() const noexcept { return data_ + size_; }
  constexpr const T* data() const noexcept { return data_; }
  constexpr std::size_t size() const noexcept { return size_; }
  constexpr bool empty() const noexcept { return size_ == 0; }
  /// Precondition: i < size().
  constexpr const T& operator[](std::size_t i) const noexcept { return data_[i]; }
  /// Precondition: !empty().
  constexpr const T& front() const noexcept { return data_[0]; }

 private:
  const T* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace triage

#endif  // TRIAGE_SPAN_HPP
