#include "model/ChartPercentile.h"

#include <algorithm>
#include <cmath>

namespace casebench {

namespace {

// The value at 0-based rank in the sorted values the histogram stands for.
int valueAtRank(const QMap<int, qint64> &countByValue, qint64 rank)
{
    qint64 seen = 0;
    for (auto it = countByValue.cbegin(); it != countByValue.cend(); ++it) {
        seen += it.value() > 0 ? it.value() : 0;
        if (rank < seen)
            return it.key();
    }
    return countByValue.isEmpty() ? 0 : countByValue.lastKey();
}

} // namespace

std::optional<double> percentileOfHistogram(const QMap<int, qint64> &countByValue, double fraction)
{
    qint64 total = 0;
    for (qint64 n : countByValue)
        total += n > 0 ? n : 0;
    if (total == 0)
        return std::nullopt;
    const double position = double(total - 1) * std::clamp(fraction, 0.0, 1.0);
    const auto lower = qint64(std::floor(position));
    const double low = valueAtRank(countByValue, lower);
    if (lower + 1 >= total)
        return low;
    const double high = valueAtRank(countByValue, lower + 1);
    return low + (position - double(lower)) * (high - low);
}

} // namespace casebench
