# Quote stage on the PolNeAR dev split with regression floors a little under
# the current dev scores (score.py quotes figures). Skipped (77) when the
# corpora are absent.
if(NEWSIE_BUILD_TOOLS)
  add_test(NAME quotes_polnear_dev
           COMMAND newsie eval quotes --gold polnear/dev.jsonl
                   --floor direct_overlap_f1=0.932 --floor direct_exact_f1=0.918
                   --floor direct_source_acc=0.952 --floor all_overlap_f1=0.757
                   --floor all_source_acc=0.842)
  set_tests_properties(quotes_polnear_dev PROPERTIES
                       LABELS corpus SKIP_RETURN_CODE 77
                       WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endif()
