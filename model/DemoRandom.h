#pragma once
// DemoRandom: a seeded random source whose numbers are the same on every machine. The
// standard's distributions (std::uniform_int_distribution …) may differ between standard
// libraries; std::mt19937_64 itself is fully specified, so the mapping to ranges is ours.

#include <QtGlobal>
#include <initializer_list>
#include <random>

namespace casebench {

class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_engine(seed) {}

    // Uniform in [0, n); n must be > 0. Rejection keeps it unbiased.
    quint64 below(quint64 n)
    {
        Q_ASSERT(n > 0);
        const quint64 max = std::mt19937_64::max();
        const quint64 limit = max - (max % n + 1) % n; // largest value to keep
        quint64 x = m_engine();
        while (x > limit)
            x = m_engine();
        return x % n;
    }

    // Uniform in [lo, hi], both included.
    int between(int lo, int hi)
    {
        Q_ASSERT(lo <= hi);
        return lo + int(below(quint64(qint64(hi) - lo + 1)));
    }

    // True with the given probability in per cent (0–100).
    bool percent(int p) { return int(below(100)) < p; }

    // An index into weights, chosen in proportion to them.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = int(below(quint64(total)));
        int index = 0;
        for (int w : weights) {
            if (r < w)
                return index;
            r -= w;
            ++index;
        }
        return index - 1;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace casebench
