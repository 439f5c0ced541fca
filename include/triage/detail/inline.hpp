#ifndef TRIAGE_DETAIL_INLINE_HPP
#define TRIAGE_DETAIL_INLINE_HPP

// Inlining control for the few functions on every field's path. Macros because no function can stand in
// for an attribute, and an attribute a compiler does not know draws a warning (MSVC C5030) that a
// consumer's -Werror would turn into an error.

#if defined(__GNUC__) || defined(__clang__)
#define TRIAGE_ALWAYS_INLINE [[gnu::always_inline]] inline
#define TRIAGE_NOINLINE [[gnu::noinline]] inline
#elif defined(_MSC_VER)
#define TRIAGE_ALWAYS_INLINE __forceinline
#define TRIAGE_NOINLINE __declspec(noinline) inline
#else
#define TRIAGE_ALWAYS_INLINE inline
#define TRIAGE_NOINLINE inline
#endif

#endif  // TRIAGE_DETAIL_INLINE_HPP
