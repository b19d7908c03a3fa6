#include "pipeline/eval/numbers_eval.h"

#include <doctest/doctest.h>

namespace newsie {
namespace {

TEST_CASE("EvalNumbers: the model comes from the spec's TypeName, else its file name") {
  CHECK(*DetectSpecModel("number", "x.json") == SpecModel::kNumber);
  CHECK(*DetectSpecModel("ordinal.relative", "x.json") == SpecModel::kOrdinal);
  CHECK(*DetectSpecModel("percentage", "x.json") == SpecModel::kPercent);
  CHECK(*DetectSpecModel("currency", "x.json") == SpecModel::kCurrency);
  CHECK(*DetectSpecModel("dimension", "x.json") == SpecModel::kDimension);
  CHECK(*DetectSpecModel("", "specs/Number-OrdinalModel.json") == SpecModel::kOrdinal);
  CHECK(*DetectSpecModel("", "NumberWithUnit-CurrencyModel.json") == SpecModel::kCurrency);
  CHECK_FALSE(DetectSpecModel("temperature", "x.json").ok());
  CHECK_FALSE(DetectSpecModel("", "NumberWithUnit-AgeModel.json").ok());
  CHECK(OutOfScopeFile(SpecModel::kNumber) == "extractors/numbers/out_of_scope_number_model.txt");
}

TEST_CASE("EvalNumbers: spec unit names map to newsie's normalized units") {
  CHECK(NormalizeSpecUnit(SpecModel::kDimension, "Kilometer per hour") == "kilometre per hour");
  CHECK(NormalizeSpecUnit(SpecModel::kDimension, "Square meter") == "square metre");
  CHECK(NormalizeSpecUnit(SpecModel::kDimension, "Milliliter") == "millilitre");
  CHECK(NormalizeSpecUnit(SpecModel::kDimension, "Pound") == "pound-mass");
  CHECK(NormalizeSpecUnit(SpecModel::kDimension, "Metric ton") == "tonne");
  CHECK(NormalizeSpecUnit(SpecModel::kCurrency, "Pound") == "pound sterling");
  CHECK(NormalizeSpecUnit(SpecModel::kCurrency, "Pence") == "penny");
  CHECK(NormalizeSpecUnit(SpecModel::kCurrency, "Dollar") == "dollar");
}

}  // namespace
}  // namespace newsie
