# Warnings for triage's own tests, examples and benchmarks; never applied to the library target.
add_library(triage_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(triage_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                                   -Wno-sign-conversion)
endif()
option(TRIAGE_WERROR "Treat warnings in triage's own targets as errors" OFF)
if(TRIAGE_WERROR AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(triage_warnings INTERFACE -Werror)
endif()
