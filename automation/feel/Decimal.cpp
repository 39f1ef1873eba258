#include "automation/feel/Decimal.h"

#include <QHashFunctions>
#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace casebench::feel {

namespace {

constexpr std::uint32_t LimbBase = 1'000'000'000;
// Beyond this adjusted exponent a number counts as overflowed (decimal128 keeps 6144).
constexpr qint64 MaxAdjustedExponent = 6144;
constexpr qint64 MinAdjustedExponent = -6176;
// Exponents are kept well inside int so that sums of two never overflow.
constexpr qint64 ExponentLimit = qint64(1) << 28;

// 128-bit integer (GCC/Clang extension): quotient estimates in the long division, and the
// whole coefficient in the shortcuts for numbers that fit (DecimalArithmetic).
__extension__ typedef unsigned __int128 Wide;

// 10^0 … 10^38, the powers below 2^128.
constexpr std::array<Wide, 39> Pow10 = [] {
    std::array<Wide, 39> powers{};
    Wide p = 1;
    for (auto &power : powers) {
        power = p;
        p *= 10;
    }
    return powers;
}();

// Number of decimal digits of c > 0: from its bit length (times log10(2) ~ 1233 / 4096),
// corrected by one comparison.
int digitsOf(Wide c)
{
    const auto high = static_cast<std::uint64_t>(c >> 64);
    const int bits = high != 0 ? 128 - __builtin_clzll(high)
                               : 64 - __builtin_clzll(static_cast<std::uint64_t>(c) | 1);
    const int t = (bits * 1233) >> 12;
    return t + (c >= Pow10[static_cast<std::size_t>(t)] ? 1 : 0);
}

// Unsigned arbitrary-precision integer in base 1e9 limbs, least significant first, no
// leading zero limbs (zero is the empty vector).
struct BigUint
{
    std::vector<std::uint32_t> limbs;

    static BigUint fromU64(std::uint64_t v)
    {
        BigUint b;
        while (v != 0) {
            b.limbs.push_back(static_cast<std::uint32_t>(v % LimbBase));
            v /= LimbBase;
        }
        return b;
    }
    bool isZero() const { return limbs.empty(); }
    void trim()
    {
        while (!limbs.empty() && limbs.back() == 0)
            limbs.pop_back();
    }
    int digitCount() const
    {
        if (limbs.empty())
            return 0;
        int n = static_cast<int>(limbs.size() - 1) * 9;
        for (std::uint32_t top = limbs.back(); top != 0; top /= 10)
            ++n;
        return n;
    }
    void mulSmall(std::uint32_t m)
    {
        std::uint64_t carry = 0;
        for (auto &limb : limbs) {
            const std::uint64_t v = std::uint64_t(limb) * m + carry;
            limb = static_cast<std::uint32_t>(v % LimbBase);
            carry = v / LimbBase;
        }
        while (carry != 0) {
            limbs.push_back(static_cast<std::uint32_t>(carry % LimbBase));
            carry /= LimbBase;
        }
        trim();
    }
    void addSmall(std::uint32_t a)
    {
        std::uint64_t carry = a;
        for (std::size_t i = 0; carry != 0; ++i) {
            if (i == limbs.size())
                limbs.push_back(0);
            const std::uint64_t v = std::uint64_t(limbs[i]) + carry;
            limbs[i] = static_cast<std::uint32_t>(v % LimbBase);
            carry = v / LimbBase;
        }
    }
    // Divides in place by a small divisor and returns the remainder.
    std::uint32_t divSmall(std::uint32_t d)
    {
        std::uint64_t rem = 0;
        for (std::size_t i = limbs.size(); i-- > 0;) {
            const std::uint64_t cur = rem * LimbBase + limbs[i];
            limbs[i] = static_cast<std::uint32_t>(cur / d);
            rem = cur % d;
        }
        trim();
        return static_cast<std::uint32_t>(rem);
    }
    // Multiplies by 10^n.
    void shiftLeft(int n)
    {
        if (isZero() || n <= 0)
            return;
        const int whole = n / 9;
        const int rest = n % 9;
        if (rest != 0) {
            std::uint32_t m = 1;
            for (int i = 0; i < rest; ++i)
                m *= 10;
            mulSmall(m);
        }
        limbs.insert(limbs.begin(), static_cast<std::size_t>(whole), 0);
    }
    // The decimal digits, most significant first ("0" for zero).
    std::string digits() const
    {
        if (limbs.empty())
            return "0";
        std::string s = std::to_string(limbs.back());
        for (std::size_t i = limbs.size() - 1; i-- > 0;) {
            std::string part = std::to_string(limbs[i]);
            s.append(9 - part.size(), '0');
            s += part;
        }
        return s;
    }
    static BigUint fromDigits(std::string_view s)
    {
        BigUint b;
        // Consume from the least significant end in groups of 9.
        std::size_t end = s.size();
        while (end > 0) {
            const std::size_t start = end >= 9 ? end - 9 : 0;
            std::uint32_t v = 0;
            for (std::size_t i = start; i < end; ++i)
                v = v * 10 + static_cast<std::uint32_t>(s[i] - '0');
            b.limbs.push_back(v);
            end = start;
        }
        b.trim();
        return b;
    }
    static BigUint pow10(int n)
    {
        BigUint b = fromU64(1);
        b.shiftLeft(n);
        return b;
    }
};

int compareBig(const BigUint &a, const BigUint &b)
{
    if (a.limbs.size() != b.limbs.size())
        return a.limbs.size() < b.limbs.size() ? -1 : 1;
    for (std::size_t i = a.limbs.size(); i-- > 0;) {
        if (a.limbs[i] != b.limbs[i])
            return a.limbs[i] < b.limbs[i] ? -1 : 1;
    }
    return 0;
}

BigUint addBig(const BigUint &a, const BigUint &b)
{
    BigUint r;
    const std::size_t n = std::max(a.limbs.size(), b.limbs.size());
    r.limbs.resize(n);
    std::uint32_t carry = 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::uint32_t v = carry;
        if (i < a.limbs.size())
            v += a.limbs[i];
        if (i < b.limbs.size())
            v += b.limbs[i];
        carry = v >= LimbBase ? 1 : 0;
        r.limbs[i] = v - carry * LimbBase;
    }
    if (carry != 0)
        r.limbs.push_back(carry);
    return r;
}

// a - b, requires a >= b.
BigUint subBig(const BigUint &a, const BigUint &b)
{
    BigUint r = a;
    std::int64_t borrow = 0;
    for (std::size_t i = 0; i < r.limbs.size(); ++i) {
        std::int64_t v = std::int64_t(r.limbs[i]) - borrow;
        if (i < b.limbs.size())
            v -= b.limbs[i];
        borrow = v < 0 ? 1 : 0;
        r.limbs[i] = static_cast<std::uint32_t>(v + borrow * LimbBase);
    }
    r.trim();
    return r;
}

BigUint mulBig(const BigUint &a, const BigUint &b)
{
    if (a.isZero() || b.isZero())
        return {};
    std::vector<std::uint64_t> acc(a.limbs.size() + b.limbs.size() + 1, 0);
    for (std::size_t i = 0; i < a.limbs.size(); ++i) {
        std::uint64_t carry = 0;
        for (std::size_t j = 0; j < b.limbs.size(); ++j) {
            const std::uint64_t v = acc[i + j] + std::uint64_t(a.limbs[i]) * b.limbs[j] + carry;
            acc[i + j] = v % LimbBase;
            carry = v / LimbBase;
        }
        std::size_t k = i + b.limbs.size();
        while (carry != 0) {
            const std::uint64_t v = acc[k] + carry;
            acc[k] = v % LimbBase;
            carry = v / LimbBase;
            ++k;
        }
    }
    BigUint r;
    r.limbs.reserve(acc.size());
    for (auto v : acc)
        r.limbs.push_back(static_cast<std::uint32_t>(v));
    r.trim();
    return r;
}

// Quotient and remainder of a / 10^k, by moving whole limbs and one small division.
std::pair<BigUint, BigUint> divModPow10(const BigUint &a, int k)
{
    const std::size_t whole = static_cast<std::size_t>(k / 9);
    BigUint q;
    BigUint r;
    if (whole >= a.limbs.size())
        return {q, a};
    q.limbs.assign(a.limbs.begin() + static_cast<std::ptrdiff_t>(whole), a.limbs.end());
    r.limbs.assign(a.limbs.begin(), a.limbs.begin() + static_cast<std::ptrdiff_t>(whole));
    std::uint32_t d = 1;
    for (int i = 0; i < k % 9; ++i)
        d *= 10;
    const std::uint32_t low = q.divSmall(d);
    // The remainder is low * 10^(9 * whole) + the moved limbs.
    r.limbs.push_back(low);
    r.trim();
    return {q, r};
}

// Long division: quotient and remainder of a / b (b non-zero), limb by limb. Each quotient
// limb is estimated from the leading limbs (exact to within a few units) and corrected.
std::pair<BigUint, BigUint> divModBig(const BigUint &a, const BigUint &b)
{
    if (b.limbs.size() == 1) {
        BigUint q = a;
        const std::uint32_t r = q.divSmall(b.limbs[0]);
        return {q, BigUint::fromU64(r)};
    }
    if (compareBig(a, b) < 0)
        return {BigUint{}, a};
    BigUint q;
    q.limbs.assign(a.limbs.size(), 0);
    BigUint rem;
    for (std::size_t i = a.limbs.size(); i-- > 0;) {
        rem.limbs.insert(rem.limbs.begin(), a.limbs[i]);
        rem.trim();
        if (compareBig(rem, b) < 0)
            continue;
        // rem < b * LimbBase, so rem has b's size or one limb more.
        const std::size_t n = b.limbs.size();
        const std::uint64_t divisorTop = std::uint64_t(b.limbs[n - 1]) * LimbBase + b.limbs[n - 2];
        Wide remTop = 0;
        for (std::size_t k = rem.limbs.size(); k-- > n - 2;)
            remTop = remTop * LimbBase + rem.limbs[k];
        std::uint32_t lo = static_cast<std::uint32_t>(
            std::min<Wide>(remTop / (Wide(divisorTop) + 1), LimbBase - 1));
        std::uint32_t hi =
            static_cast<std::uint32_t>(std::min<Wide>((remTop + 1) / divisorTop, LimbBase - 1));
        while (lo < hi) {
            const std::uint32_t mid = lo + (hi - lo + 1) / 2;
            BigUint t = b;
            t.mulSmall(mid);
            if (compareBig(t, rem) <= 0)
                lo = mid;
            else
                hi = mid - 1;
        }
        BigUint t = b;
        t.mulSmall(lo);
        rem = subBig(rem, t);
        q.limbs[i] = lo;
    }
    q.trim();
    return {q, rem};
}

BigUint isqrtBig(const BigUint &n)
{
    if (n.isZero())
        return {};
    // Start above the root and walk down with Newton's method.
    BigUint x = BigUint::pow10((n.digitCount() + 1) / 2);
    for (;;) {
        BigUint y = addBig(x, divModBig(n, x).first);
        y.divSmall(2);
        if (compareBig(y, x) >= 0)
            return x;
        x = y;
    }
}

// Working representation: sign, arbitrary coefficient, exponent.
struct Num
{
    bool negative = false;
    BigUint coeff;
    qint64 exponent = 0;

    bool isZero() const { return coeff.isZero(); }
    qint64 adjusted() const { return exponent + coeff.digitCount() - 1; }
};

// Whether to round the kept part away from zero given the dropped part, compared with
// half a unit of the kept last digit (cmpHalf: <0 below half, 0 exactly half, >0 above).
bool roundsAway(RoundingMode mode, bool negative, bool droppedNonZero, int cmpHalf,
                bool lastKeptOdd)
{
    if (!droppedNonZero)
        return false;
    switch (mode) {
    case RoundingMode::Down:
        return false;
    case RoundingMode::Up:
        return true;
    case RoundingMode::HalfUp:
        return cmpHalf >= 0;
    case RoundingMode::HalfDown:
        return cmpHalf > 0;
    case RoundingMode::HalfEven:
        return cmpHalf > 0 || (cmpHalf == 0 && lastKeptOdd);
    case RoundingMode::Floor:
        return negative;
    case RoundingMode::Ceiling:
        return !negative;
    }
    return false;
}

// Drops the lowest `k` digits of n's coefficient (k > 0), rounding per mode.
void dropDigits(Num &n, qint64 k, RoundingMode mode)
{
    if (k <= 0)
        return;
    const int digits = n.coeff.digitCount();
    if (k > digits + 1) {
        // Everything dropped and the dropped part is below half a unit.
        const bool away = roundsAway(mode, n.negative, !n.isZero(), -1, false);
        n.coeff = away ? BigUint::fromU64(1) : BigUint{};
        n.exponent += k;
        return;
    }
    const auto [q, r] = divModPow10(n.coeff, static_cast<int>(k));
    BigUint half = BigUint::pow10(static_cast<int>(k - 1));
    half.mulSmall(5);
    const bool odd = !q.isZero() && (q.limbs[0] % 2) == 1;
    BigUint kept = q;
    if (roundsAway(mode, n.negative, !r.isZero(), compareBig(r, half), odd))
        kept.addSmall(1);
    n.coeff = kept;
    n.exponent += k;
}

void stripTrailingZeros(Num &n)
{
    if (n.isZero()) {
        n.exponent = 0;
        n.negative = false;
        return;
    }
    while (!n.coeff.limbs.empty() && n.coeff.limbs[0] == 0 && n.coeff.limbs.size() > 1) {
        n.coeff.limbs.erase(n.coeff.limbs.begin());
        n.exponent += 9;
    }
    while (n.coeff.limbs[0] % 10 == 0) {
        n.coeff.divSmall(10);
        ++n.exponent;
    }
}

// Rounds to `precision` significant digits (half even) and strips trailing zeros.
void normalize(Num &n, int precision)
{
    const int digits = n.coeff.digitCount();
    if (digits > precision) {
        dropDigits(n, digits - precision, RoundingMode::HalfEven);
        if (n.coeff.digitCount() > precision)
            dropDigits(n, 1, RoundingMode::HalfEven); // 999… rounded up to 1000…
    }
    stripTrailingZeros(n);
}

Num add(Num a, Num b, int precision)
{
    if (a.isZero())
        return b;
    if (b.isZero())
        return a;
    // A term far below the other's last kept digit only matters as a sticky digit.
    if (a.adjusted() < b.adjusted())
        std::swap(a, b);
    const qint64 guard = precision + 3;
    if (a.adjusted() - b.adjusted() > guard) {
        const int grow = std::max<qint64>(0, guard - a.coeff.digitCount());
        a.coeff.shiftLeft(grow);
        a.exponent -= grow;
        b.coeff = BigUint::fromU64(1);
        b.exponent = a.exponent - 1;
    }
    if (a.exponent > b.exponent) {
        a.coeff.shiftLeft(static_cast<int>(a.exponent - b.exponent));
        a.exponent = b.exponent;
    } else if (b.exponent > a.exponent) {
        b.coeff.shiftLeft(static_cast<int>(b.exponent - a.exponent));
        b.exponent = a.exponent;
    }
    Num r;
    r.exponent = a.exponent;
    if (a.negative == b.negative) {
        r.coeff = addBig(a.coeff, b.coeff);
        r.negative = a.negative;
    } else if (compareBig(a.coeff, b.coeff) >= 0) {
        r.coeff = subBig(a.coeff, b.coeff);
        r.negative = a.negative;
    } else {
        r.coeff = subBig(b.coeff, a.coeff);
        r.negative = b.negative;
    }
    normalize(r, precision);
    return r;
}

Num mul(const Num &a, const Num &b, int precision)
{
    Num r;
    r.coeff = mulBig(a.coeff, b.coeff);
    r.exponent = a.exponent + b.exponent;
    r.negative = a.negative != b.negative;
    normalize(r, precision);
    return r;
}

// a / b (b non-zero) to `precision` digits, correctly rounded.
Num div(const Num &a, const Num &b, int precision)
{
    Num r;
    if (a.isZero())
        return r;
    // Scale the dividend so the quotient has at least precision + 1 digits; a sticky digit
    // then records a non-zero remainder for correct half-even rounding.
    const int shift = std::max(0, precision + 2 + b.coeff.digitCount() - a.coeff.digitCount());
    BigUint dividend = a.coeff;
    dividend.shiftLeft(shift);
    auto [q, rem] = divModBig(dividend, b.coeff);
    q.mulSmall(10);
    if (!rem.isZero())
        q.addSmall(1);
    r.coeff = q;
    r.exponent = a.exponent - b.exponent - shift - 1;
    r.negative = a.negative != b.negative;
    normalize(r, precision);
    return r;
}

Num fromInt(qint64 v)
{
    Num n;
    n.negative = v < 0;
    // Negate through unsigned to cope with the minimum value.
    const std::uint64_t mag =
        v < 0 ? std::uint64_t(0) - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    n.coeff = BigUint::fromU64(mag);
    stripTrailingZeros(n);
    return n;
}

Num parseConstant(std::string_view digitsWithPoint)
{
    std::string digits;
    qint64 exponent = 0;
    bool afterPoint = false;
    for (char c : digitsWithPoint) {
        if (c == '.') {
            afterPoint = true;
            continue;
        }
        digits += c;
        if (afterPoint)
            --exponent;
    }
    Num n;
    n.coeff = BigUint::fromDigits(digits);
    n.exponent = exponent;
    return n;
}

const Num &ln10()
{
    static const Num n = parseConstant(
        "2.302585092994045684017991454684364207601101488628772976033327900967572609677352");
    return n;
}

const Num &ln2()
{
    static const Num n = parseConstant(
        "0.693147180559945309417232121458176568075500134360255254120680009493393621969694");
    return n;
}

int compareNum(const Num &a, const Num &b)
{
    if (a.isZero() && b.isZero())
        return 0;
    if (a.isZero())
        return b.negative ? 1 : -1;
    if (b.isZero())
        return a.negative ? -1 : 1;
    if (a.negative != b.negative)
        return a.negative ? -1 : 1;
    const int sign = a.negative ? -1 : 1;
    if (a.adjusted() != b.adjusted())
        return a.adjusted() < b.adjusted() ? -sign : sign;
    BigUint x = a.coeff;
    BigUint y = b.coeff;
    if (a.exponent > b.exponent)
        x.shiftLeft(static_cast<int>(a.exponent - b.exponent));
    else
        y.shiftLeft(static_cast<int>(b.exponent - a.exponent));
    return compareBig(x, y) * sign;
}

// e^x for |x| moderate, at `precision` digits: halve until small, Taylor, square back.
Num expNum(Num x, int precision)
{
    const int work = precision + 12;
    int halvings = 0;
    Num limit;
    limit.coeff = BigUint::fromU64(1);
    limit.exponent = -3; // 0.001
    Num two = fromInt(2);
    while (true) {
        Num absx = x;
        absx.negative = false;
        if (compareNum(absx, limit) <= 0)
            break;
        x = div(x, two, work);
        ++halvings;
    }
    Num sum = fromInt(1);
    Num term = fromInt(1);
    for (int k = 1; k < 200; ++k) {
        term = div(mul(term, x, work), fromInt(k), work);
        if (term.isZero() || term.adjusted() < sum.adjusted() - work)
            break;
        sum = add(sum, term, work);
    }
    for (int i = 0; i < halvings; ++i)
        sum = mul(sum, sum, work);
    normalize(sum, precision);
    return sum;
}

// ln(x) for x > 0 at `precision` digits.
Num lnNum(const Num &x, int precision)
{
    const int work = precision + 12;
    // x = m * 10^k with m in [1, 10), then m = 2^j * r with r in [0.75, 1.5).
    Num m = x;
    const qint64 k = m.adjusted();
    m.exponent -= k;
    int j = 0;
    const Num upper = parseConstant("1.5");
    const Num two = fromInt(2);
    while (compareNum(m, upper) >= 0) {
        m = div(m, two, work);
        ++j;
    }
    // ln(r) = 2 * atanh(z), z = (r - 1) / (r + 1); |z| <= 0.2.
    Num one = fromInt(1);
    Num minusOne = fromInt(-1);
    Num z = div(add(m, minusOne, work), add(m, one, work), work);
    Num z2 = mul(z, z, work);
    Num sum = z;
    Num power = z;
    for (int n = 3; n < 2000; n += 2) {
        power = mul(power, z2, work);
        Num term = div(power, fromInt(n), work);
        if (term.isZero() || term.adjusted() < sum.adjusted() - work)
            break;
        sum = add(sum, term, work);
    }
    Num result = mul(sum, two, work);
    result = add(result, mul(fromInt(j), ln2(), work), work);
    result = add(result, mul(fromInt(k), ln10(), work), work);
    normalize(result, precision);
    return result;
}

} // namespace

// Bridges the public value type and the working representation.
class DecimalArithmetic
{
public:
    static Num toNum(const Decimal &d)
    {
        Num n;
        n.negative = d.m_negative;
        n.coeff.limbs.reserve(d.m_limbs.size()); // one allocation, not one per growth
        for (auto limb : d.m_limbs)
            n.coeff.limbs.push_back(limb);
        n.coeff.trim();
        n.exponent = d.m_exponent;
        return n;
    }
    // Rounds to 34 digits; exponents beyond the internal limit saturate.
    static Decimal fromNum(Num n)
    {
        normalize(n, Decimal::Precision);
        Decimal d;
        if (n.isZero())
            return d;
        d.m_negative = n.negative;
        for (std::size_t i = 0; i < n.coeff.limbs.size() && i < d.m_limbs.size(); ++i)
            d.m_limbs[i] = n.coeff.limbs[i];
        d.m_exponent = static_cast<int>(std::clamp(n.exponent, -ExponentLimit, ExponentLimit));
        d.m_digits = n.coeff.digitCount();
        return d;
    }
    static bool overflows(const Num &n)
    {
        return !n.isZero() && n.adjusted() > MaxAdjustedExponent;
    }
    static bool underflows(const Num &n)
    {
        return !n.isZero() && n.adjusted() < MinAdjustedExponent;
    }

    // The shortcuts below work on the coefficient as one 128-bit integer: any Decimal's (34
    // digits), and the exact sum, product or aligned operand of the numbers rule packs
    // use. They allocate nothing and give the representation fromNum() would.

    static Wide coefficient(const Decimal &d)
    {
        const std::uint64_t low = d.m_limbs[0] + std::uint64_t(d.m_limbs[1]) * LimbBase;
        if (d.m_digits <= 18)
            return low;
        const std::uint64_t high = d.m_limbs[2] + std::uint64_t(d.m_limbs[3]) * LimbBase;
        return Wide(high) * Pow10[18] + low;
    }
    // Coefficients of up to 19 digits (all limbs but the lowest three are zero).
    static std::uint64_t smallCoefficient(const Decimal &d)
    {
        return d.m_limbs[0] + std::uint64_t(d.m_limbs[1]) * LimbBase +
               std::uint64_t(d.m_limbs[2]) * LimbBase * LimbBase;
    }

    // As fromNum() for the exact value c * 10^exponent (c below 2^128): rounded half even
    // to 34 digits, trailing zeros stripped, the exponent saturated.
    static Decimal fromWide(Wide c, qint64 exponent, bool negative)
    {
        Decimal d;
        if (c == 0)
            return d;
        int digits = digitsOf(c);
        if (digits > Decimal::Precision) [[unlikely]] {
            const int k = digits - Decimal::Precision;
            Wide kept = c / Pow10[k];
            const Wide dropped = c % Pow10[k];
            const Wide half = 5 * Pow10[k - 1];
            if (dropped > half || (dropped == half && (kept & 1) != 0))
                ++kept;
            exponent += k;
            digits = Decimal::Precision;
            if (kept == Pow10[Decimal::Precision]) { // 999… rounded up to 1000…
                kept = Pow10[Decimal::Precision - 1];
                ++exponent;
            }
            c = kept;
        }
        if ((c >> 64) == 0) {
            std::uint64_t v = static_cast<std::uint64_t>(c);
            while (v % 10 == 0) {
                v /= 10;
                ++exponent;
                --digits;
            }
            d.m_limbs[0] = static_cast<std::uint32_t>(v % LimbBase);
            v /= LimbBase;
            d.m_limbs[1] = static_cast<std::uint32_t>(v % LimbBase);
            d.m_limbs[2] = static_cast<std::uint32_t>(v / LimbBase);
        } else {
            while (c % 10 == 0) {
                c /= 10;
                ++exponent;
                --digits;
            }
            // c < 10^34: the part above 10^18 has at most 16 digits.
            const auto high = static_cast<std::uint64_t>(c / Pow10[18]);
            const auto low = static_cast<std::uint64_t>(c - Wide(high) * Pow10[18]);
            d.m_limbs[0] = static_cast<std::uint32_t>(low % LimbBase);
            d.m_limbs[1] = static_cast<std::uint32_t>(low / LimbBase);
            d.m_limbs[2] = static_cast<std::uint32_t>(high % LimbBase);
            d.m_limbs[3] = static_cast<std::uint32_t>(high / LimbBase);
        }
        d.m_negative = negative;
        d.m_exponent = static_cast<int>(std::clamp(exponent, -ExponentLimit, ExponentLimit));
        d.m_digits = digits;
        return d;
    }

    // a + b when the operand with the larger exponent, aligned to the other's, has at most
    // 38 digits (the sum is then below 2^128); false otherwise.
    static bool add(const Decimal &a, const Decimal &b, Decimal &sum)
    {
        if (a.isZero() || b.isZero()) {
            sum = a.isZero() ? b : a;
            return true;
        }
        Wide x = coefficient(a);
        Wide y = coefficient(b);
        qint64 exponent;
        if (a.m_exponent >= b.m_exponent) {
            const int shift = a.m_exponent - b.m_exponent;
            if (a.m_digits + shift > 38)
                return false;
            x *= Pow10[shift];
            exponent = b.m_exponent;
        } else {
            const int shift = b.m_exponent - a.m_exponent;
            if (b.m_digits + shift > 38)
                return false;
            y *= Pow10[shift];
            exponent = a.m_exponent;
        }
        if (a.m_negative == b.m_negative)
            sum = fromWide(x + y, exponent, a.m_negative);
        else if (x >= y)
            sum = fromWide(x - y, exponent, a.m_negative);
        else
            sum = fromWide(y - x, exponent, b.m_negative);
        return true;
    }

    // a * b when the coefficients have at most 38 digits together; false otherwise.
    static bool multiply(const Decimal &a, const Decimal &b, Decimal &product)
    {
        if (a.isZero() || b.isZero()) {
            product = Decimal();
            return true;
        }
        if (a.m_digits + b.m_digits > 38)
            return false;
        const Wide p = a.m_digits <= 19 && b.m_digits <= 19
                           ? Wide(smallCoefficient(a)) * smallCoefficient(b)
                           : coefficient(a) * coefficient(b);
        product = fromWide(p, qint64(a.m_exponent) + b.m_exponent, a.m_negative != b.m_negative);
        return true;
    }

    // a / b (b non-zero) when b's coefficient fits in 64 bits; false otherwise. The same
    // quotient as div(): a's coefficient scaled so that the quotient has 36 or 37 digits,
    // a sticky digit for a non-zero remainder, then rounded; here the scaled dividend is
    // never formed, the quotient is extended nine digits at a time.
    static bool divide(const Decimal &a, const Decimal &b, Decimal &quotient)
    {
        if (a.isZero()) {
            quotient = Decimal();
            return true;
        }
        if (b.m_digits > 19)
            return false;
        const Wide x = coefficient(a);
        const std::uint64_t y = smallCoefficient(b);
        const bool negative = a.m_negative != b.m_negative;
        const qint64 exponent = qint64(a.m_exponent) - b.m_exponent;
        Wide q = x / y;
        auto rem = static_cast<std::uint64_t>(x % y);
        if (rem == 0) { // exact: what the scaled division gives once trailing zeros go
            quotient = fromWide(q, exponent, negative);
            return true;
        }
        const int shift = std::max(0, Decimal::Precision + 2 + b.m_digits - a.m_digits);
        for (int left = shift; left > 0;) {
            const int step = std::min(left, 9);
            const Wide t = Wide(rem) * Pow10[step];
            q = q * Pow10[step] + t / y;
            rem = static_cast<std::uint64_t>(t % y);
            left -= step;
        }
        quotient = fromWide(q * 10 + (rem != 0 ? 1 : 0), exponent - shift - 1, negative);
        return true;
    }

    // Drops the digits below 10^-scale as dropDigits() does; the coefficient (34 digits at
    // most) and what is dropped always fit in 128 bits.
    static Decimal round(const Decimal &d, int scale, RoundingMode mode)
    {
        const qint64 drop = -qint64(scale) - d.m_exponent;
        if (drop <= 0 || d.isZero())
            return d;
        Wide kept;
        if (drop > d.m_digits + 1) {
            kept = roundsAway(mode, d.m_negative, true, -1, false) ? 1 : 0;
        } else if (d.m_digits <= 19 && drop <= 19) {
            const std::uint64_t c = smallCoefficient(d);
            const auto unit = static_cast<std::uint64_t>(Pow10[drop]);
            const std::uint64_t q = c / unit;
            const std::uint64_t r = c % unit;
            const std::uint64_t half = unit / 2;
            kept =
                q +
                (roundsAway(mode, d.m_negative, r != 0, r < half ? -1 : (r > half), q & 1) ? 1 : 0);
        } else {
            const Wide c = coefficient(d);
            const Wide unit = Pow10[drop];
            const Wide q = c / unit;
            const Wide r = c % unit;
            const Wide half = unit / 2;
            kept = q +
                   (roundsAway(mode, d.m_negative, r != 0, r < half ? -1 : (r > half), (q & 1) != 0)
                        ? 1
                        : 0);
        }
        return fromWide(kept, d.m_exponent + drop, d.m_negative);
    }

    // The coefficient's decimal digits, most significant first; returns their count.
    static int writeDigits(const Decimal &d, char *out)
    {
        const int count = d.m_digits;
        char *p = out + count;
        int limb = 0;
        for (int written = 0; written < count; ++limb) {
            std::uint32_t v = d.m_limbs[static_cast<std::size_t>(limb)];
            const int n = std::min(9, count - written);
            for (int i = 0; i < n; ++i) {
                *--p = static_cast<char>('0' + v % 10);
                v /= 10;
            }
            written += n;
        }
        return count;
    }
};

using DA = DecimalArithmetic;

Decimal Decimal::fromInt64(qint64 n)
{
    // Negated through unsigned to cope with the minimum value.
    const std::uint64_t mag =
        n < 0 ? std::uint64_t(0) - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    return DA::fromWide(mag, 0, n < 0);
}

namespace {

// What the FEEL/XSD number syntax says besides the digits: the sign, and the exponent of
// the last coefficient digit.
struct ScannedNumber
{
    bool negative = false;
    qint64 exponent = 0;
};

// Checks the number syntax of `text` and hands each coefficient digit, in order, to
// `take`; nullopt if malformed. One scanner for the fast parser and the reference one, so
// that both accept exactly the same texts.
template<typename Take>
std::optional<ScannedNumber> scanNumber(QStringView text, Take take)
{
    ScannedNumber out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text[i] == u'-' || text[i] == u'+')) {
        out.negative = text[i] == u'-';
        ++i;
    }
    int intDigits = 0;
    int fracDigits = 0;
    while (i < n && text[i].isDigit() && text[i].unicode() < 128) {
        take(text[i].unicode());
        ++intDigits;
        ++i;
    }
    if (i < n && text[i] == u'.') {
        ++i;
        while (i < n && text[i].unicode() >= '0' && text[i].unicode() <= '9') {
            take(text[i].unicode());
            ++fracDigits;
            --out.exponent;
            ++i;
        }
        if (fracDigits == 0)
            return std::nullopt;
    }
    if (intDigits + fracDigits == 0)
        return std::nullopt;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool expNegative = false;
        if (i < n && (text[i] == u'-' || text[i] == u'+')) {
            expNegative = text[i] == u'-';
            ++i;
        }
        qint64 e = 0;
        int expDigits = 0;
        while (i < n && text[i].unicode() >= '0' && text[i].unicode() <= '9') {
            e = e * 10 + (text[i].unicode() - '0');
            if (e > ExponentLimit)
                return std::nullopt;
            ++expDigits;
            ++i;
        }
        if (expDigits == 0)
            return std::nullopt;
        out.exponent += expNegative ? -e : e;
    }
    if (i != n)
        return std::nullopt;
    return out;
}

} // namespace

std::optional<Decimal> Decimal::fromString(QStringView text)
{
    // The syntax is checked by scanNumber(); a coefficient of up to 38 significant digits
    // is gathered on the way, longer ones are left to the general parser.
    Wide coefficient = 0;
    int significant = 0; // digits from the first non-zero one on
    const auto scanned = scanNumber(text, [&](char16_t u) {
        if (significant == 0 && u == u'0')
            return; // a leading zero
        if (significant < 38)
            coefficient = coefficient * 10 + (u - u'0');
        ++significant;
    });
    if (!scanned)
        return std::nullopt;
    const bool negative = scanned->negative;
    const qint64 exponent = scanned->exponent;
    if (significant > 38)
        return DecimalReference::fromString(text);
    if (coefficient != 0) {
        const qint64 adjusted = exponent + significant - 1;
        if (adjusted > MaxAdjustedExponent)
            return std::nullopt;
        if (adjusted < MinAdjustedExponent)
            return Decimal();
    }
    return DA::fromWide(coefficient, exponent, negative);
}

int Decimal::writePlain(char *out) const
{
    if (isZero()) {
        *out = '0';
        return 1;
    }
    char digits[Precision];
    const int len = DA::writeDigits(*this, digits);
    const qint64 e = m_exponent;
    char *p = out;
    // Plain notation as long as it stays readable; scientific beyond.
    if (e > 40 || len + e < -40) {
        if (m_negative)
            *p++ = '-';
        *p++ = digits[0];
        if (len > 1) {
            *p++ = '.';
            std::memcpy(p, digits + 1, std::size_t(len - 1));
            p += len - 1;
        }
        const qint64 adjusted = e + len - 1;
        *p++ = 'E';
        *p++ = adjusted < 0 ? '-' : '+';
        char exp[20];
        char *first = exp + sizeof exp;
        for (std::uint64_t v = std::uint64_t(adjusted < 0 ? -adjusted : adjusted);;) {
            *--first = static_cast<char>('0' + v % 10);
            v /= 10;
            if (v == 0)
                break;
        }
        std::memcpy(p, first, std::size_t(exp + sizeof exp - first));
        p += exp + sizeof exp - first;
        return static_cast<int>(p - out);
    }
    if (m_negative)
        *p++ = '-';
    if (e >= 0) {
        std::memcpy(p, digits, std::size_t(len));
        p += len;
        std::memset(p, '0', std::size_t(e));
        p += e;
    } else if (const qint64 point = len + e; point > 0) {
        std::memcpy(p, digits, std::size_t(point));
        p += point;
        *p++ = '.';
        std::memcpy(p, digits + point, std::size_t(len - point));
        p += len - point;
    } else {
        *p++ = '0';
        *p++ = '.';
        std::memset(p, '0', std::size_t(-point));
        p += -point;
        std::memcpy(p, digits, std::size_t(len));
        p += len;
    }
    return static_cast<int>(p - out);
}

QString Decimal::toString() const
{
    char text[MaxTextLength];
    return QString::fromLatin1(text, writePlain(text));
}

QString Decimal::toScientificString() const
{
    if (isZero())
        return QStringLiteral("0E+0");
    char digits[Precision];
    const int len = DA::writeDigits(*this, digits);
    std::string s;
    if (m_negative)
        s += '-';
    s += digits[0];
    if (len > 1) {
        s += '.';
        s.append(digits + 1, std::size_t(len - 1));
    }
    const qint64 adjusted = qint64(m_exponent) + len - 1;
    s += adjusted < 0 ? "E-" : "E+";
    s += std::to_string(adjusted < 0 ? -adjusted : adjusted);
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

bool Decimal::isInteger() const
{
    // Trailing zeros are stripped, so a negative exponent means a fractional part.
    return isZero() || m_exponent >= 0;
}

std::optional<qint64> Decimal::toInt64() const
{
    if (!isInteger())
        return std::nullopt;
    if (isZero())
        return 0;
    if (m_digits + m_exponent > 19)
        return std::nullopt;
    // At most 19 digits: below 10^19 < 2^64.
    const std::uint64_t mag =
        DA::smallCoefficient(*this) * static_cast<std::uint64_t>(Pow10[m_exponent]);
    if (!m_negative && mag > static_cast<std::uint64_t>(INT64_MAX))
        return std::nullopt;
    if (m_negative && mag > static_cast<std::uint64_t>(INT64_MAX) + 1)
        return std::nullopt;
    return m_negative ? static_cast<qint64>(std::uint64_t(0) - mag) : static_cast<qint64>(mag);
}

int Decimal::compare(const Decimal &other) const
{
    // Decision tables compare a lot: settle sign, zero and magnitude without allocating.
    if (isZero() || other.isZero() || m_negative != other.m_negative) {
        const int self = isZero() ? 0 : (m_negative ? -1 : 1);
        const int that = other.isZero() ? 0 : (other.m_negative ? -1 : 1);
        return self == that ? 0 : (self < that ? -1 : 1);
    }
    const int sign = m_negative ? -1 : 1;
    const qint64 adjusted = qint64(m_exponent) + m_digits;
    const qint64 otherAdjusted = qint64(other.m_exponent) + other.m_digits;
    if (adjusted != otherAdjusted)
        return adjusted < otherAdjusted ? -sign : sign;
    // Same magnitude ("35" against "3E1" from "30"): aligned, the coefficients have as many
    // digits as the longer one, at most 34, so they fit in 128 bits (64 up to 19 digits).
    if (m_digits <= 19 && other.m_digits <= 19) {
        std::uint64_t x = DA::smallCoefficient(*this);
        std::uint64_t y = DA::smallCoefficient(other);
        if (m_exponent > other.m_exponent)
            x *= static_cast<std::uint64_t>(Pow10[m_exponent - other.m_exponent]);
        else
            y *= static_cast<std::uint64_t>(Pow10[other.m_exponent - m_exponent]);
        return x == y ? 0 : (x < y ? -sign : sign);
    }
    Wide x = DA::coefficient(*this);
    Wide y = DA::coefficient(other);
    if (m_exponent > other.m_exponent)
        x *= Pow10[m_exponent - other.m_exponent];
    else
        y *= Pow10[other.m_exponent - m_exponent];
    return x == y ? 0 : (x < y ? -sign : sign);
}

Decimal Decimal::operator-() const
{
    Decimal d = *this;
    if (!d.isZero())
        d.m_negative = !d.m_negative;
    return d;
}

Decimal operator+(const Decimal &a, const Decimal &b)
{
    Decimal sum;
    if (DA::add(a, b, sum)) [[likely]]
        return sum;
    return DecimalReference::add(a, b);
}

Decimal operator-(const Decimal &a, const Decimal &b)
{
    return a + -b;
}

Decimal operator*(const Decimal &a, const Decimal &b)
{
    Decimal product;
    if (DA::multiply(a, b, product)) [[likely]]
        return product;
    return DecimalReference::multiply(a, b);
}

std::optional<Decimal> Decimal::divide(const Decimal &divisor) const
{
    if (divisor.isZero())
        return std::nullopt;
    Decimal quotient;
    if (DA::divide(*this, divisor, quotient)) [[likely]]
        return quotient;
    return DecimalReference::divide(*this, divisor);
}

std::optional<Decimal> Decimal::modulo(const Decimal &divisor) const
{
    if (divisor.isZero())
        return std::nullopt;
    // Exact: bring both to a common exponent, take the truncated remainder of the integer
    // coefficients, then move it to the divisor's sign.
    Num a = DA::toNum(*this);
    Num b = DA::toNum(divisor);
    const qint64 e = std::min(a.exponent, b.exponent);
    if (a.exponent - e > 4 * Precision + 100)
        return std::nullopt; // dividend so much larger that the remainder is meaningless
    a.coeff.shiftLeft(static_cast<int>(a.exponent - e));
    b.coeff.shiftLeft(static_cast<int>(b.exponent - e));
    Num r;
    r.coeff = divModBig(a.coeff, b.coeff).second;
    r.exponent = e;
    r.negative = a.negative;
    if (!r.coeff.isZero() && a.negative != b.negative) {
        r.coeff = subBig(b.coeff, r.coeff);
        r.negative = b.negative;
    }
    return DA::fromNum(r);
}

Decimal Decimal::abs() const
{
    Decimal d = *this;
    d.m_negative = false;
    return d;
}

Decimal Decimal::round(int scale, RoundingMode mode) const
{
    return DA::round(*this, scale, mode);
}

// The general way, as before the shortcuts.

Decimal DecimalReference::add(const Decimal &a, const Decimal &b)
{
    return DA::fromNum(feel::add(DA::toNum(a), DA::toNum(b), Decimal::Precision));
}

Decimal DecimalReference::subtract(const Decimal &a, const Decimal &b)
{
    return add(a, -b);
}

Decimal DecimalReference::multiply(const Decimal &a, const Decimal &b)
{
    return DA::fromNum(mul(DA::toNum(a), DA::toNum(b), Decimal::Precision));
}

std::optional<Decimal> DecimalReference::divide(const Decimal &a, const Decimal &b)
{
    if (b.isZero())
        return std::nullopt;
    return DA::fromNum(div(DA::toNum(a), DA::toNum(b), Decimal::Precision));
}

int DecimalReference::compare(const Decimal &a, const Decimal &b)
{
    return compareNum(DA::toNum(a), DA::toNum(b));
}

Decimal DecimalReference::round(const Decimal &d, int scale, RoundingMode mode)
{
    Num n = DA::toNum(d);
    const qint64 drop = -qint64(scale) - n.exponent;
    if (drop <= 0)
        return d;
    dropDigits(n, drop, mode);
    return DA::fromNum(n);
}

Decimal DecimalReference::fromInt64(qint64 n)
{
    return DA::fromNum(fromInt(n));
}

std::optional<qint64> DecimalReference::toInt64(const Decimal &d)
{
    if (!d.isInteger())
        return std::nullopt;
    if (d.isZero())
        return 0;
    if (d.m_digits + d.m_exponent > 19)
        return std::nullopt;
    Num n = DA::toNum(d);
    n.coeff.shiftLeft(d.m_exponent);
    std::uint64_t mag = 0;
    for (std::size_t i = n.coeff.limbs.size(); i-- > 0;) {
        const std::uint64_t next = mag * LimbBase + n.coeff.limbs[i];
        if (mag > (UINT64_MAX - n.coeff.limbs[i]) / LimbBase)
            return std::nullopt;
        mag = next;
    }
    if (!d.m_negative && mag > static_cast<std::uint64_t>(INT64_MAX))
        return std::nullopt;
    if (d.m_negative && mag > static_cast<std::uint64_t>(INT64_MAX) + 1)
        return std::nullopt;
    return d.m_negative ? static_cast<qint64>(std::uint64_t(0) - mag) : static_cast<qint64>(mag);
}

std::optional<Decimal> DecimalReference::fromString(QStringView text)
{
    std::string digits;
    const auto scanned =
        scanNumber(text, [&digits](char16_t u) { digits += static_cast<char>(u); });
    if (!scanned)
        return std::nullopt;
    const bool negative = scanned->negative;
    const qint64 exponent = scanned->exponent;
    // Leading zeros would only cost time.
    const std::size_t firstNonZero = digits.find_first_not_of('0');
    Num num;
    num.negative = negative;
    num.coeff = firstNonZero == std::string::npos
                    ? BigUint{}
                    : BigUint::fromDigits(std::string_view(digits).substr(firstNonZero));
    num.exponent = exponent;
    if (DA::overflows(num))
        return std::nullopt;
    if (DA::underflows(num))
        return Decimal();
    return DA::fromNum(num);
}

QString DecimalReference::toString(const Decimal &d)
{
    if (d.isZero())
        return QStringLiteral("0");
    const Num n = DA::toNum(d);
    const std::string digits = n.coeff.digits();
    const qint64 len = static_cast<qint64>(digits.size());
    if (n.exponent > 40 || len + n.exponent < -40)
        return toScientificString(d);
    std::string s;
    if (d.m_negative)
        s += '-';
    if (n.exponent >= 0) {
        s += digits;
        s.append(static_cast<std::size_t>(n.exponent), '0');
    } else {
        const qint64 point = len + n.exponent;
        if (point > 0) {
            s += digits.substr(0, static_cast<std::size_t>(point));
            s += '.';
            s += digits.substr(static_cast<std::size_t>(point));
        } else {
            s += "0.";
            s.append(static_cast<std::size_t>(-point), '0');
            s += digits;
        }
    }
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

QString DecimalReference::toScientificString(const Decimal &d)
{
    if (d.isZero())
        return QStringLiteral("0E+0");
    const Num n = DA::toNum(d);
    const std::string digits = n.coeff.digits();
    std::string s;
    if (d.m_negative)
        s += '-';
    s += digits[0];
    if (digits.size() > 1) {
        s += '.';
        s += digits.substr(1);
    }
    const qint64 adjusted = n.adjusted();
    s += adjusted < 0 ? "E-" : "E+";
    s += std::to_string(adjusted < 0 ? -adjusted : adjusted);
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

bool DecimalReference::identical(const Decimal &a, const Decimal &b)
{
    return a.m_limbs == b.m_limbs && a.m_exponent == b.m_exponent && a.m_digits == b.m_digits &&
           a.m_negative == b.m_negative;
}

std::optional<Decimal> Decimal::pow(qint64 exponent) const
{
    if (exponent == 0)
        return fromInt64(1);
    if (isZero())
        return exponent > 0 ? std::optional<Decimal>(Decimal()) : std::nullopt;
    const int work = Precision + 10;
    Num base = DA::toNum(*this);
    std::uint64_t e = exponent < 0 ? std::uint64_t(0) - static_cast<std::uint64_t>(exponent)
                                   : static_cast<std::uint64_t>(exponent);
    Num result = fromInt(1);
    while (e != 0) {
        if (e & 1) {
            result = mul(result, base, work);
            if (DA::overflows(result) && exponent > 0)
                return std::nullopt;
        }
        e >>= 1;
        if (e != 0) {
            base = mul(base, base, work);
            if (std::abs(base.adjusted()) > 4 * MaxAdjustedExponent) {
                // Beyond any representable result: overflow, or underflow to zero.
                const bool grows = base.adjusted() > 0;
                if (grows == (exponent > 0))
                    return std::nullopt;
                return Decimal();
            }
        }
    }
    if (exponent < 0)
        result = div(fromInt(1), result, work);
    if (DA::overflows(result))
        return std::nullopt;
    if (DA::underflows(result))
        return Decimal();
    return DA::fromNum(result);
}

std::optional<Decimal> Decimal::pow(const Decimal &exponent) const
{
    if (exponent.isInteger()) {
        if (const auto e = exponent.toInt64())
            return pow(*e);
    }
    if (isZero())
        return exponent.isNegative() ? std::nullopt : std::optional<Decimal>(Decimal());
    if (isNegative())
        return std::nullopt;
    const int work = Precision + 10;
    const Num y = mul(DA::toNum(exponent), lnNum(DA::toNum(*this), work), work);
    if (y.adjusted() > 5)
        return y.negative ? std::optional<Decimal>(Decimal()) : std::nullopt;
    const Num r = expNum(y, work);
    if (DA::overflows(r))
        return std::nullopt;
    if (DA::underflows(r))
        return Decimal();
    return DA::fromNum(r);
}

std::optional<Decimal> Decimal::sqrt() const
{
    if (isNegative())
        return std::nullopt;
    if (isZero())
        return Decimal();
    Num n = DA::toNum(*this);
    // Scale to an even exponent and enough digits for a 36-digit root.
    int shift = std::max(0, 2 * (Precision + 2) - n.coeff.digitCount());
    if ((n.exponent - shift) % 2 != 0)
        ++shift;
    n.coeff.shiftLeft(shift);
    n.exponent -= shift;
    BigUint root = isqrtBig(n.coeff);
    const bool exact = compareBig(mulBig(root, root), n.coeff) == 0;
    Num r;
    r.coeff = root;
    r.coeff.mulSmall(10);
    if (!exact)
        r.coeff.addSmall(1); // sticky digit for correct rounding
    r.exponent = n.exponent / 2 - 1;
    return DA::fromNum(r);
}

std::optional<Decimal> Decimal::exp() const
{
    const Num x = DA::toNum(*this);
    // e^14200 is beyond 1e6144; e^-14200 below the smallest number.
    Num magnitude = x;
    magnitude.negative = false;
    if (compareNum(magnitude, fromInt(14200)) > 0)
        return x.negative ? std::optional<Decimal>(Decimal()) : std::nullopt;
    const Num r = expNum(x, Precision + 4);
    if (DA::overflows(r))
        return std::nullopt;
    if (DA::underflows(r))
        return Decimal();
    return DA::fromNum(r);
}

std::optional<Decimal> Decimal::ln() const
{
    if (isZero() || isNegative())
        return std::nullopt;
    return DA::fromNum(lnNum(DA::toNum(*this), Precision + 4));
}

std::size_t Decimal::hash() const
{
    std::size_t seed = qHash(m_exponent);
    seed = qHashMulti(seed, m_negative, m_limbs[0], m_limbs[1], m_limbs[2], m_limbs[3]);
    return seed;
}

} // namespace casebench::feel
