include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS triage EXPORT triageTargets)
install(DIRECTORY include/triage DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(triage_config_dir ${CMAKE_INSTALL_DATADIR}/cmake/triage)
install(EXPORT triageTargets NAMESPACE triage:: DESTINATION ${triage_config_dir})
export(EXPORT triageTargets NAMESPACE triage:: FILE ${PROJECT_BINARY_DIR}/triageTargets.cmake)
# triage::verify in its own export set: the package config loads it only where OpenSSL is found, so that
# find_package(triage) never fails for a consumer who only parses.
if(TRIAGE_HAS_VERIFY)
  install(TARGETS triage_verify EXPORT triageVerifyTargets)
  install(EXPORT triageVerifyTargets NAMESPACE triage:: DESTINATION ${triage_config_dir})
  export(EXPORT triageVerifyTargets NAMESPACE triage:: FILE ${PROJECT_BINARY_DIR}/triageVerifyTargets.cmake)
endif()

configure_package_config_file(cmake/triageConfig.cmake.in ${PROJECT_BINARY_DIR}/triageConfig.cmake
                              INSTALL_DESTINATION ${triage_config_dir})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/triageConfigVersion.cmake
                                 COMPATIBILITY SameMajorVersion ARCH_INDEPENDENT)
install(FILES ${PROJECT_BINARY_DIR}/triageConfig.cmake ${PROJECT_BINARY_DIR}/triageConfigVersion.cmake
        DESTINATION ${triage_config_dir})

# pkg-config, for builds that do not use CMake. Header-only: no Libs of our own; simdjson and fmt bring theirs.
configure_file(cmake/triage.pc.in ${PROJECT_BINARY_DIR}/triage.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/triage.pc DESTINATION ${CMAKE_INSTALL_DATADIR}/pkgconfig)
