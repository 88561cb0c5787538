# add_qt_test(<name> SOURCES ... [LIBRARIES ...] [LABELS ...] [ENVIRONMENT ...] [TIMEOUT s])
#
# Registers one Qt Test executable with CTest. Tests run offscreen by default
# (QT_QPA_PLATFORM=offscreen), know where the sandbox binary and ../shared are,
# and never inherit the developer's own settings or keychain: HOME and the XDG
# directories point into the test's own build folder. A skipped test function
# (QSKIP) makes CTest report the test as skipped, never as passed, and a
# failure is a failure even when the run also skipped (cmake/run-qt-test.sh).
find_package(Qt6 REQUIRED COMPONENTS Test)

function(add_qt_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test cc_warnings ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${PROJECT_SOURCE_DIR}/cmake/run-qt-test.sh $<TARGET_FILE:${name}>)
    set(home "${CMAKE_CURRENT_BINARY_DIR}/${name}.home")
    file(MAKE_DIRECTORY "${home}")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        SKIP_RETURN_CODE 77
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_CONFIG_HOME=${home}/.config;XDG_DATA_HOME=${home}/.local/share;XDG_CACHE_HOME=${home}/.cache;CONNECTIONS_SANDBOX=$<TARGET_FILE:connections-sandbox>;CC_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared;${ARG_ENVIRONMENT}")
endfunction()
