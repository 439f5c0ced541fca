# The providers of this build, read from the one list in include/triage/providers.hpp (its face includes,
# in order): the tests, fuzz targets, fuzz dictionary and CI take their per-provider parts from it, so a
# new provider needs no line in any CMake file.
file(STRINGS ${PROJECT_SOURCE_DIR}/include/triage/providers.hpp triage_provider_includes
     REGEX "^#include \"triage/[a-z_]+/provider.hpp\"$")
set(TRIAGE_PROVIDERS)
foreach(line IN LISTS triage_provider_includes)
  string(REGEX REPLACE "^#include \"triage/([a-z_]+)/provider.hpp\"$" "\\1" name "${line}")
  list(APPEND TRIAGE_PROVIDERS ${name})
endforeach()
if(NOT TRIAGE_PROVIDERS)
  message(FATAL_ERROR "no provider found in include/triage/providers.hpp")
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/include/triage/providers.hpp)
