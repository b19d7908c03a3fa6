// Checks on gazetteer lists, run by `newsie gazetteer lint` and in CI on the
// shipped lists. Each finding is a GazetteerProblem ("file:line: message");
// errors make the lint fail, warnings do not.
//
//   auto problems = LintGazetteerDirs({"gazetteers/data"});
//   if (!problems.ok()) return problems.status();  // unreadable directory
//   for (const GazetteerProblem& p : *problems) std::cout << p.ToString();
//
// Errors: malformed rows and headers, bad UTF-8, rows not sorted by id,
// duplicate ids, an alias shared by entries of two entity types (unless one
// names the other in its ambiguous_with column), ambiguous_with naming an
// unknown id, aliases no text could match (no tokens, or tokenized otherwise
// in running text), malformed types, "# example:" sentences that match no
// entry of their list, a surname_alone column on a non-person or naming
// what another entry also claims or has as surname, a gender not f or m.
// Warnings: aliases that fold to a common function word ("us", "who",
// "is"), which case-insensitive matching finds everywhere.
//
// Thread safety: stateless.
#ifndef NEWSIE_GAZETTEERS_LINT_H_
#define NEWSIE_GAZETTEERS_LINT_H_

#include <string>
#include <vector>

#include "gazetteers/gazetteer.h"
#include "pipeline/status.h"

namespace newsie {

// Lints the files as read by Gazetteers::ReadFiles(). Findings come sorted by
// file and line.
std::vector<GazetteerProblem> LintGazetteerFiles(const std::vector<GazetteerFile>& files);

// Reads and lints every *.tsv below each directory; NotFound when one cannot
// be read.
StatusOr<std::vector<GazetteerProblem>> LintGazetteerDirs(const std::vector<std::string>& dirs);

// True for the types whose entries name things (PERSON, ORGANIZATION,
// LOCATION, NATIONALITY, MISC, EVENT, PRODUCT). Other types (GIVEN_NAME,
// TITLE, CUE, UNIT, ...) are word lists; sharing an alias with them is normal.
bool IsEntityType(std::string_view type);

}  // namespace newsie

#endif  // NEWSIE_GAZETTEERS_LINT_H_
