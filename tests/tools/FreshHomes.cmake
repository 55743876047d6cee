# Empties the tests' homes (ROOT) and makes an empty HOME for each test named in TESTS (comma-separated).
# Run by the test_homes fixture before the tests that use them; see certdeck_test_home in tests/CMakeLists.txt.
if(NOT ROOT MATCHES "^/tmp/certdeck-tests-[0-9a-f]+$")
  message(FATAL_ERROR "refusing to empty '${ROOT}': not a folder of the tests' homes")
endif()
file(REMOVE_RECURSE "${ROOT}")
string(REPLACE "," ";" tests "${TESTS}")
foreach(name IN LISTS tests)
  file(MAKE_DIRECTORY "${ROOT}/${name}/home")
endforeach()
