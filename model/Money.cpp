#include "model/Money.h"

#include "model/Personnummer.h"

#include <QCoreApplication>
#include <cmath>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Money", text);
}

Problem problem(const QString &message)
{
    Problem p;
    p.message = message;
    return p;
}

QString tooLarge()
{
    return tr("amount is too large (more than %1 kronor)").arg(Money::MaxKronor);
}

// A JSON number as an amount.
Result<Money> fromJsonNumber(double d)
{
    // QJsonValue keeps every number as a double; integers up to 2^53 are exact in it, and
    // MaxKronor is far below that, so range-check first, then demand an integral value.
    if (!std::isfinite(d) || std::fabs(d) > double(Money::MaxKronor))
        return problem(tooLarge());
    if (d != std::trunc(d))
        return problem(tr("amounts are whole kronor or a decimal string (\"12500.50\"), never a "
                          "JSON number with a fraction"));
    return Money::fromKronor(qint64(d));
}

Problem notAnAmount()
{
    return problem(tr("amount must be whole kronor as a JSON integer or a decimal string "
                      "such as \"12500.50\""));
}

} // namespace

Result<Money> Money::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return parse(value.toString());
    if (!value.isDouble())
        return notAnAmount();
    return fromJsonNumber(value.toDouble());
}

Result<Money> Money::fromJson(const JsonTree::Value &value)
{
    if (value.isString())
        return parse(value.string());
    if (!value.isNumber())
        return notAnAmount();
    return fromJsonNumber(value.toDouble());
}

Result<Money> Money::parse(QStringView text)
{
    // Built only for a problem: amounts are read for every application.
    const auto shape = [text] {
        return tr("amount \"%1\" is not a decimal such as \"12500\" or \"12500.50\"")
            .arg(Personnummer::maskedForMessage(text));
    };
    if (text.isEmpty())
        return problem(tr("amount is empty"));
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'-') {
        negative = true;
        ++i;
    }
    qint64 kronor = 0;
    int integerDigits = 0;
    for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128; ++i) {
        // 13 digits reach 10^12 = MaxKronor; more cannot be valid and could overflow.
        if (++integerDigits > 13)
            return problem(tooLarge());
        kronor = kronor * 10 + (text[i].unicode() - u'0');
    }
    if (integerDigits == 0)
        return problem(shape());
    qint64 ore = 0;
    if (i < text.size()) {
        if (text[i] == u',')
            return problem(tr("amount \"%1\" uses a decimal comma; write a decimal point "
                              "(\"12500.50\")")
                               .arg(Personnummer::maskedForMessage(text)));
        if (text[i] != u'.')
            return problem(shape());
        ++i;
        int decimals = 0;
        for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128; ++i) {
            if (++decimals > 2)
                return problem(tr("amount \"%1\" has more than two decimals")
                                   .arg(Personnummer::maskedForMessage(text)));
            ore = ore * 10 + (text[i].unicode() - u'0');
        }
        if (decimals == 0 || i < text.size())
            return problem(shape());
        if (decimals == 1)
            ore *= 10;
    }
    if (kronor > MaxKronor || (kronor == MaxKronor && ore > 0))
        return problem(tooLarge());
    const qint64 total = kronor * 100 + ore;
    return Money::fromOre(negative ? -total : total);
}

QString Money::toString() const
{
    const qint64 magnitude = m_ore < 0 ? -m_ore : m_ore;
    return QStringLiteral("%1%2.%3")
        .arg(m_ore < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDisplayString() const
{
    const qint64 magnitude = m_ore < 0 ? -m_ore : m_ore;
    const QString digits = QString::number(magnitude / 100);
    QString grouped;
    grouped.reserve(digits.size() + digits.size() / 3 + 8);
    for (qsizetype k = 0; k < digits.size(); ++k) {
        if (k > 0 && (digits.size() - k) % 3 == 0)
            grouped += QChar(0x00A0);
        grouped += digits[k];
    }
    QString out;
    if (m_ore < 0)
        out += QChar(0x2212); // the typographic minus sign Swedish style uses
    out += grouped;
    if (magnitude % 100 != 0)
        out +=
            QLatin1Char(',') + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    out += QChar(0x00A0) + QStringLiteral("kr");
    return out;
}

} // namespace casebench
