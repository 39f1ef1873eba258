#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <compare>
#include <cstddef>
#include <optional>

namespace casebench::feel {

// How a number is rounded to a given scale (FEEL round up/down/half up/half down/half even,
// floor and ceiling). "Up"/"Down" are away from/towards zero, as in the FEEL built-ins.
enum class RoundingMode { Down, Up, HalfUp, HalfDown, HalfEven, Floor, Ceiling };

// A FEEL number: exact decimal with at most 34 significant digits, rounded half even after
// every operation (the IEEE 754 decimal128 behaviour the DMN spec asks for). Never a double.
// Value type, cheap to copy; the coefficient is kept without trailing zeros so that equal
// numbers have equal representations.
class Decimal
{
public:
    static constexpr int Precision = 34; // significant digits kept

    Decimal() = default; // zero

    // The integer n, exactly.
    static Decimal fromInt64(qint64 n);
    // Parses FEEL/XSD number syntax: "1", "-0.25", ".5", "+3", "1e3", "1.2E-4"; nullopt if
    // malformed (spaces, empty, "1.", stray characters). Rounded to 34 digits.
    static std::optional<Decimal> fromString(QStringView text);

    // Canonical plain form without exponent and trailing zeros: "1", "0.5", "-12.345".
    QString toString() const;
    // Room writePlain() needs: a sign, "0.", 40 zeros and 34 digits, with some to spare.
    static constexpr int MaxTextLength = 80;
    // Writes toString()'s text (scientific beyond its plain range, as toString()) as ASCII
    // to `out`, which has room for MaxTextLength bytes, and returns its length. Allocates
    // nothing: for writers that produce bytes, such as the proposal's JSON line.
    int writePlain(char *out) const;
    // Scientific form used for huge/tiny magnitudes in messages: "1.5E+40".
    QString toScientificString() const;

    bool isZero() const { return m_digits == 0; }
    bool isNegative() const { return m_negative; }
    // True if the value has no fractional part.
    bool isInteger() const;
    // The value as an integer if it is one and fits in qint64.
    std::optional<qint64> toInt64() const;
    // Number of significant digits of the coefficient (0 for zero).
    int digitCount() const { return m_digits; }
    // Exponent of the least significant coefficient digit (value = coefficient * 10^exponent).
    int exponent() const { return m_exponent; }

    // -1, 0 or 1.
    int compare(const Decimal &other) const;
    friend bool operator==(const Decimal &a, const Decimal &b) { return a.compare(b) == 0; }
    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
    {
        return a.compare(b) <=> 0;
    }

    Decimal operator-() const;
    friend Decimal operator+(const Decimal &a, const Decimal &b);
    friend Decimal operator-(const Decimal &a, const Decimal &b);
    friend Decimal operator*(const Decimal &a, const Decimal &b);
    // a / b rounded to 34 significant digits; nullopt when b is zero.
    std::optional<Decimal> divide(const Decimal &divisor) const;
    // FEEL modulo: a - b * floor(a / b), so the result has the sign of the divisor; nullopt
    // when the divisor is zero.
    std::optional<Decimal> modulo(const Decimal &divisor) const;
    Decimal abs() const;

    // Rounds to `scale` digits after the decimal point (negative scale rounds to tens,
    // hundreds …).
    Decimal round(int scale, RoundingMode mode) const;
    // Largest number with `scale` decimals not above this one.
    Decimal floor(int scale = 0) const { return round(scale, RoundingMode::Floor); }
    // Smallest number with `scale` decimals not below this one.
    Decimal ceiling(int scale = 0) const { return round(scale, RoundingMode::Ceiling); }

    // this ** exponent for an integer exponent; nullopt for 0 ** negative or overflow.
    std::optional<Decimal> pow(qint64 exponent) const;
    // this ** exponent; integer exponents are exact (to 34 digits), others go through
    // exp(exponent * ln(this)); nullopt where undefined (negative base, 0 ** negative …).
    std::optional<Decimal> pow(const Decimal &exponent) const;
    // Square root to 34 digits; nullopt for negative numbers.
    std::optional<Decimal> sqrt() const;
    // e ** this to 34 digits; nullopt on overflow.
    std::optional<Decimal> exp() const;
    // Natural logarithm to 34 digits; nullopt for zero and negative numbers.
    std::optional<Decimal> ln() const;

    // Hash consistent with ==.
    std::size_t hash() const;

private:
    friend class DecimalArithmetic;
    friend struct DecimalReference;
    // Coefficient in base 1e9 limbs, least significant first; at most 34 digits fit in 4.
    std::array<quint32, 4> m_limbs{};
    int m_exponent = 0;
    // Significant digits (at most Precision): 16 bits keep a Decimal at 24 bytes, so a
    // FEEL value holding one is 32 (values are copied into every list and context).
    qint16 m_digits = 0;
    bool m_negative = false;
};

// Decimal's operations the general way (arbitrary-precision coefficients, allocating), as
// they were before the members got shortcuts for coefficients that fit in 128 bits. Only
// for tests, which check that the shortcuts give identical representations.
struct DecimalReference
{
    static Decimal add(const Decimal &a, const Decimal &b);
    static Decimal subtract(const Decimal &a, const Decimal &b);
    static Decimal multiply(const Decimal &a, const Decimal &b);
    static std::optional<Decimal> divide(const Decimal &a, const Decimal &b);
    static int compare(const Decimal &a, const Decimal &b);
    static Decimal round(const Decimal &d, int scale, RoundingMode mode);
    static Decimal fromInt64(qint64 n);
    static std::optional<qint64> toInt64(const Decimal &d);
    static std::optional<Decimal> fromString(QStringView text);
    static QString toString(const Decimal &d);
    static QString toScientificString(const Decimal &d);
    // Same coefficient limbs, exponent, digit count and sign.
    static bool identical(const Decimal &a, const Decimal &b);
};

} // namespace casebench::feel
