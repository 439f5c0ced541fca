# simdjson and fmt: the system packages first (find_package), a pinned release only where they are missing.
# Release tarballs rather than git clones: a machine with only cmake and a compiler can fetch them. Their
# hashes pin what is built; they are the ones that package managers pin for the same tarballs (simdjson:
# Homebrew and xmake; fmt: CPM and FetchContent users), as GitHub serves no checksum of its own.
# simdjson is looked for without a version: its package uses SameMinorVersion, which would reject every
# release but the one named. The version floor is checked by hand below.
include(FetchContent)

if(NOT TARGET simdjson::simdjson)
  FetchContent_Declare(simdjson
    URL https://github.com/simdjson/simdjson/archive/refs/tags/v3.9.4.tar.gz
    URL_HASH SHA256=9bf13be00fa1e1c5891a90dbc39b983e09972f0972a8956c20a9974cedfcca2f
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
    URL_HASH SHA256=ac366b7b4c2e9f0dde63a59b3feb5ee59b67974b14ee5dc9ea8ad78aa2c1ee1e
    DOWNLOAD_EXTRACT_TIMESTAMP ON
    FIND_PACKAGE_ARGS 9.1 CONFIG)
  if(TRIAGE_INSTALL)
    set(FMT_INSTALL ON CACHE BOOL "" FORCE)
  endif()
  FetchContent_MakeAvailable(fmt)
endif()
