# simdjson and fmt: the system packages first (find_package), a pinned release only where they are missing.
# Release tarballs rather than git clones: a machine with only cmake and a compiler can fetch them.
# simdjson is looked for without a version: its package uses SameMinorVersion, which would reject every
# release but the one named. The version floor is checked by hand below.
include(FetchContent)

if(NOT TARGET simdjson::simdjson)
  FetchContent_Declare(simdjson
    URL https://github.com/simdjson/simdjson/archive/refs/tags/v3.9.4.tar.gz
    DOWNLOAD_EXTRACT_TIMESTAMP ON
    FIND_PACKAGE_ARGS CONFIG)
  if(TRIAGE_INSTALL)
    # A fetched simdjson must be installed with us, or install(EXPORT) fails: "not in any export set".
    set(SIMDJSON_INSTALL ON CACHE BOOL "" FORCE)
  endif()
  FetchContent_MakeAvailable(simdjson)
endif()
if(DEFINED simdjson_VERSION AND simdjson_VERSION VERSION_LESS 3.0.1)
  message(FATAL_ERROR "triage needs simdjson >= 3.0.1, found ${simdjson_VERSION}")
endif()

if(NOT TARGET fmt::fmt)
  FetchContent_Declare(fmt
    URL https://github.com/fmtlib/fmt/archive/refs/tags/11.1.4.tar.gz
    DOWNLOAD_EXTRACT_TIMESTAMP ON
    FIND_PACKAGE_ARGS 9.1 CONFIG)
  if(TRIAGE_INSTALL)
    set(FMT_INSTALL ON CACHE BOOL "" FORCE)
  endif()
  FetchContent_MakeAvailable(fmt)
endif()
