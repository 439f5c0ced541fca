#ifndef TRIAGE_RESULT_HPP
#define TRIAGE_RESULT_HPP

// An expected-like holder: a value or an error, never both, never an exception.

#include <new>
#include <type_traits>
#include <utility>

#include "triage/error.hpp"

namespace triage {

template <class T>
class [[nodiscard]] result {
  static_assert(std::is_nothrow_move_constructible_v<T>, "result<T> needs a noexcept-movable T");

 public:
  result(T value) noexcept(std::is_nothrow_move_constructible_v<T>)  // NOLINT: implicit by design
      : ok_(true) {
    ::new (static_cast<void*>(&value_)) T(std::move(value));
  }
  result(triage::error err) noexcept : ok_(false) {  // NOLINT: implicit by design
    ::new (static_cast<void*>(&error_)) triage::error(err);
  }

  result(const result& other) : ok_(other.ok_) {
    if (ok_) {
      ::new (static_cast<void*>(&value_)) T(other.value_);
    } else {
      ::new (static_cast<void*>(&error_)) triage::error(other.error_);
    }
  }
  result(result&& other) noexcept : ok_(other.ok_) {
    if (ok_) {
      ::new (static_cast<void*>(&value_)) T(std::move(other.value_));
    } else {
      ::new (static_cast<void*>(&error_)) triage::error(other.error_);
    }
  }
  result& operator=(result other) noexcept {
    this->~result();
    ::new (static_cast<void*>(this)) result(std::move(other));
    return *this;
  }
  ~result() {
    if (ok_) {
      value_.~T();
    } else {
      error_.~error();
    }
  }

  bool has_value() const noexcept { return ok_; }
  explicit operator bool() const noexcept { return ok_; }

  /// Precondition: has_value().
  T& operator*() & noexcept { return value_; }
  const T& operator*() const& noexcept { return value_; }
  T* operator->() noexcept { return &value_; }
  const T* operator->() const noexcept { return &value_; }

  /// Precondition: !has_value().
  const triage::error& error() const noexcept { return error_; }

 private:
  bool ok_;
  // One or the other: a success does not construct (zero) an error, which is 168 bytes with its path buffer.
  union {
    T value_;
    triage::error error_;
  };
};

}  // namespace triage

#endif  // TRIAGE_RESULT_HPP
