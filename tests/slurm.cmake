# A real one-node Slurm cluster on loopback runs tools/slurm/newsie-slurm over
# three shards and must match a single-process run (tests/slurm/). Skips (77)
# where Slurm or munge is not installed or cannot start; needs root.
if(NEWSIE_BUILD_TOOLS)
  add_test(NAME slurm_cluster
           COMMAND bash ${CMAKE_SOURCE_DIR}/tests/slurm/slurm_cluster_test.sh
                   $<TARGET_FILE:newsie> ${CMAKE_SOURCE_DIR})
  set_tests_properties(slurm_cluster PROPERTIES
    SKIP_RETURN_CODE 77
    TIMEOUT 240
    LABELS "slurm;slow")
endif()
