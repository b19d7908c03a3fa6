// The readable form of a ChangeReport (`newsie diff`, `newsie reconcile
// --format text`): per changed claim or quote, its kind, both sides, and the
// before and after sentences with the changed words marked, [-deleted-] and
// {+inserted+}.
//
//   std::cout << ChangeReportToText(report);
//
// Thread safety: pure function.
#ifndef NEWSIE_PIPELINE_RECONCILE_REPORT_TEXT_H_
#define NEWSIE_PIPELINE_RECONCILE_REPORT_TEXT_H_

#include <string>

#include "newsie/v1/reconcile.pb.h"
#include "pipeline/record_writer.h"
#include "pipeline/status.h"

namespace newsie::reconcile {

// One block per report: a header line, then one entry per change. A report
// with no changes prints its header and "no changes".
std::string ChangeReportToText(const v1::ChangeReport& report);

// Appends `report` to `out` framed as record_writer.h frames records: a JSON
// line, a varint-delimited message, or the text form above.
Status AppendReport(const v1::ChangeReport& report, RecordFormat format, std::string* out);

}  // namespace newsie::reconcile

#endif  // NEWSIE_PIPELINE_RECONCILE_REPORT_TEXT_H_
