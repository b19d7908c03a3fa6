# Entity stage on CoNLL-2003 dev with a regression floor a little under the
# current dev score (micro PER+ORG+LOC F1; see extractors/entities/).
# Skipped (77) when the corpora are absent.
if(NEWSIE_BUILD_TOOLS)
  add_test(NAME ner_conll_dev
           COMMAND newsie eval ner --gold ../shared/corpora/conll2003/dev.jsonl
                   --min-micro-f1 0.932)
  set_tests_properties(ner_conll_dev PROPERTIES
                       LABELS corpus SKIP_RETURN_CODE 77
                       WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endif()
