# CI check: the shipped gazetteer lists lint clean through the CLI
# (`newsie gazetteer lint` exits non-zero on any error).
if(NEWSIE_BUILD_TOOLS)
  add_test(NAME gazetteer_lint_shipped
           COMMAND newsie gazetteer lint ${CMAKE_SOURCE_DIR}/gazetteers/data)
  add_test(NAME gazetteer_lint_catches_fault
           COMMAND newsie gazetteer lint ${CMAKE_SOURCE_DIR}/tests/gazetteers/testdata/faulty)
  set_tests_properties(gazetteer_lint_catches_fault PROPERTIES WILL_FAIL TRUE)
endif()
