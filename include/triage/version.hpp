#ifndef TRIAGE_VERSION_HPP
#define TRIAGE_VERSION_HPP

// Macros, not enum constants, so that consumers can test them with #if.
// CMake checks at configure time that they match project(VERSION) (cmake/triageVersionCheck.cmake).
#define TRIAGE_VERSION_MAJOR 0
#define TRIAGE_VERSION_MINOR 1
#define TRIAGE_VERSION_PATCH 0
#define TRIAGE_VERSION_STRING "0.1.0"

#endif  // TRIAGE_VERSION_HPP
