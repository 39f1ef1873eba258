#pragma once
// Percentiles of a distribution kept as a histogram (value → how many), as the lead-time
// tally keeps it: linear interpolation between the two nearest ranks (the "type 7" rule of
// R and NumPy), so the median of 2 and 5 days is 3.5 days.

#include <QMap>
#include <optional>

namespace casebench {

// fraction in [0, 1]; none for an empty histogram.
std::optional<double> percentileOfHistogram(const QMap<int, qint64> &countByValue, double fraction);

} // namespace casebench
