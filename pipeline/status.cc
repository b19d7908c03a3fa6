#include "pipeline/status.h"

namespace newsie {

std::string Status::ToString() const {
  const char* name = "UNKNOWN";
  switch (code_) {
    case StatusCode::kOk: return "OK";
    case StatusCode::kInvalidArgument: name = "INVALID_ARGUMENT"; break;
    case StatusCode::kNotFound: name = "NOT_FOUND"; break;
    case StatusCode::kFailedPrecondition: name = "FAILED_PRECONDITION"; break;
    case StatusCode::kOutOfRange: name = "OUT_OF_RANGE"; break;
    case StatusCode::kUnimplemented: name = "UNIMPLEMENTED"; break;
    case StatusCode::kInternal: name = "INTERNAL"; break;
    case StatusCode::kDataLoss: name = "DATA_LOSS"; break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace newsie
