# Corpus evaluations of the number layer and the claims stage, with
# regression floors a little under the measured scores. Skipped (exit 77)
# when the corpora are absent.
if(DEFINED ENV{NEWSIE_CORPORA})
  set(NEWSIE_NUMBERS_CORPORA $ENV{NEWSIE_CORPORA})
else()
  set(NEWSIE_NUMBERS_CORPORA ${CMAKE_SOURCE_DIR}/../shared/corpora)
endif()
if(NEWSIE_BUILD_TOOLS)
  add_test(NAME eval_quantities_newsquant_dev
           COMMAND newsie eval quantities
                   --gold ${NEWSIE_NUMBERS_CORPORA}/newsquant/dev.jsonl
                   --min-value-f1 0.975 --min-value-unit-f1 0.958)
  add_test(NAME eval_numbers_recognizers_number_model
           COMMAND newsie eval numbers
                   --gold ${NEWSIE_NUMBERS_CORPORA}/recognizers-specs/Number-NumberModel.json
                   --min-pass-rate 0.95 --min-in-scope-rate 0.99)
  # The other Recognizers-Text models, each scored on its own terms
  # (pipeline/eval/numbers_eval.h).
  foreach(model ordinal percent currency dimension)
    if(model STREQUAL "ordinal")
      set(spec Number-OrdinalModel.json)
      set(floors --min-pass-rate 0.83 --min-in-scope-rate 0.80)
    elseif(model STREQUAL "percent")
      set(spec Number-PercentModel.json)
      set(floors --min-pass-rate 0.78 --min-in-scope-rate 0.95)
    elseif(model STREQUAL "currency")
      set(spec NumberWithUnit-CurrencyModel.json)
      set(floors --min-pass-rate 0.89 --min-in-scope-rate 0.97)
    else()
      set(spec NumberWithUnit-DimensionModel.json)
      set(floors --min-pass-rate 0.76 --min-in-scope-rate 0.96)
    endif()
    add_test(NAME eval_numbers_recognizers_${model}_model
             COMMAND newsie eval numbers
                     --gold ${NEWSIE_NUMBERS_CORPORA}/recognizers-specs/${spec} ${floors})
    set_tests_properties(eval_numbers_recognizers_${model}_model
                         PROPERTIES LABELS corpus SKIP_RETURN_CODE 77
                                    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  endforeach()
  set_tests_properties(eval_quantities_newsquant_dev eval_numbers_recognizers_number_model
                       PROPERTIES LABELS corpus SKIP_RETURN_CODE 77
                                  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endif()
