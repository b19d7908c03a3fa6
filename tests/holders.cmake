# Holders of numeric claims (who states the number) against PolNeAR dev
# attribution sources, with regression floors a little under the measured
# scores (`newsie eval holders`). Skipped (77) when the corpora are absent.
if(NEWSIE_BUILD_TOOLS)
  add_test(NAME holders_polnear_dev
           COMMAND newsie eval holders --gold polnear/dev.jsonl
                   --min-recall 0.60 --min-precision 0.75)
  set_tests_properties(holders_polnear_dev PROPERTIES
                       LABELS corpus SKIP_RETURN_CODE 77
                       WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endif()
