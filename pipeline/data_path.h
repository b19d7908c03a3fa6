// Locating the data newsie ships beside its code (gazetteers, models).
//
//   std::string model = FindDataPath("extractors/entities/model/ner.bin");
//
// Looks, in order, under $NEWSIE_DATA_DIR, the directory above the running
// executable (build/newsie -> the source tree), and the source directory
// compiled in. Returns the first existing path, or the source-tree path when
// none exists (so error messages name the expected place).
//
// Thread safety: stateless.
#ifndef NEWSIE_PIPELINE_DATA_PATH_H_
#define NEWSIE_PIPELINE_DATA_PATH_H_

#include <string>
#include <string_view>

namespace newsie {

std::string FindDataPath(std::string_view relative);

}  // namespace newsie

#endif  // NEWSIE_PIPELINE_DATA_PATH_H_
