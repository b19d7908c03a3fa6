# Coreference (coref.rules) against our hand-labelled gold set of real NYT
# article versions (tests/testdata/coref/gold/), with regression floors a
# little under the current figures over all splits. Skipped (77) when the
# corpora are absent.
if(NEWSIE_BUILD_TOOLS)
  add_test(NAME coref_corpus_eval
           COMMAND newsie eval coref
                   --gold ${CMAKE_SOURCE_DIR}/tests/testdata/coref/gold/news_article_versions.tsv
                   --min-precision 0.95 --min-recall 0.58 --verbose)
  set_tests_properties(coref_corpus_eval PROPERTIES
                       SKIP_RETURN_CODE 77 LABELS corpus
                       WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endif()
