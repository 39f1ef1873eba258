#pragma once
// Money: an exact amount of Swedish kronor, held in öre as a 64-bit integer — never a
// binary floating point number, so sums and comparisons are exact.

#include "model/JsonTree.h"
#include "model/Result.h"

#include <QJsonValue>
#include <QString>
#include <QStringView>
#include <compare>

namespace casebench {

class Money
{
public:
    // Largest amount an application may state, in kronor. Far above any real claim; it
    // keeps sums of many amounts well inside 64 bits.
    static constexpr qint64 MaxKronor = 1'000'000'000'000;

    constexpr Money() = default;
    static constexpr Money fromOre(qint64 ore) { return Money(ore); }
    static constexpr Money fromKronor(qint64 kronor) { return Money(kronor * 100); }

    // Application amounts: a JSON integer is whole kronor (12500); a string is a decimal
    // with at most two decimals and a decimal point ("12500.50", "-3.5"). Refused: numbers
    // with a fraction (binary floating point), decimal commas, exponents, spaces, and
    // anything beyond ±MaxKronor. The Problem carries only a message; the caller adds
    // file and field.
    static Result<Money> fromJson(const QJsonValue &value);
    static Result<Money> fromJson(const JsonTree::Value &value);
    // The string form of fromJson.
    static Result<Money> parse(QStringView text);

    constexpr qint64 ore() const { return m_ore; }
    // Whole kronor, rounded toward zero.
    constexpr qint64 kronor() const { return m_ore / 100; }
    constexpr bool isZero() const { return m_ore == 0; }
    constexpr bool isNegative() const { return m_ore < 0; }

    // Plain decimal with two decimals and a point, for files and FEEL: "12500.50", "-3.00".
    QString toString() const;
    // Swedish display: groups of three separated by a no-break space (U+00A0), decimal
    // comma, decimals only when there are öre, a no-break space and "kr"; negative amounts
    // start with the minus sign U+2212: "12 500 kr", "12 500,50 kr", "−3,50 kr".
    QString toDisplayString() const;

    constexpr Money operator-() const { return Money(-m_ore); }
    constexpr Money operator+(Money other) const { return Money(m_ore + other.m_ore); }
    constexpr Money operator-(Money other) const { return Money(m_ore - other.m_ore); }
    constexpr Money operator*(qint64 factor) const { return Money(m_ore * factor); }
    constexpr Money &operator+=(Money other)
    {
        m_ore += other.m_ore;
        return *this;
    }
    constexpr Money &operator-=(Money other)
    {
        m_ore -= other.m_ore;
        return *this;
    }
    friend constexpr auto operator<=>(Money, Money) = default;
    friend constexpr bool operator==(Money, Money) = default;

private:
    constexpr explicit Money(qint64 ore) : m_ore(ore) {}

    qint64 m_ore = 0;
};

} // namespace casebench
