#include "automation/tck/ResultComparison.h"

namespace casebench::tck {

namespace {

std::optional<QString> mismatch(const feel::Value &expected, const feel::Value &actual, const QString &path)
{
    const QString at = path.isEmpty() ? QString() : QStringLiteral(" at %1").arg(path);
    auto differ = [&]() {
        return std::optional<QString>(
            QStringLiteral("expected %1 but got %2%3").arg(expected.toString(), actual.toString(), at));
    };
    if (expected.isNull())
        return actual.isNull() ? std::nullopt : differ();
    if (expected.kind() != actual.kind())
        return differ();
    switch (expected.kind()) {
    case feel::ValueKind::Number: {
        const feel::Decimal &e = expected.number();
        if (e.compare(actual.number()) == 0)
            return std::nullopt;
        // Expected values with 12 or more significant digits were written from binary
        // doubles (2778.69354943277): they match within a relative 1e-12.
        if (e.digitCount() >= 12) {
            static const feel::Decimal tolerance = *feel::Decimal::fromString(u"1e-12");
            if ((actual.number() - e).abs().compare(e.abs() * tolerance) <= 0)
                return std::nullopt;
        }
        // Irrational results are written truncated to 8 or more digits (log(4) as
        // 1.38629436): the exact result matches when rounded to the digits given.
        if (e.digitCount() >= 8 && e.exponent() < 0
            && e.compare(actual.number().round(-e.exponent(), feel::RoundingMode::HalfEven)) == 0)
            return std::nullopt;
        return differ();
    }
    case feel::ValueKind::List: {
        const auto &e = expected.list();
        const auto &a = actual.list();
        if (e.size() != a.size())
            return differ();
        for (qsizetype i = 0; i < e.size(); ++i) {
            if (auto m = mismatch(e.at(i), a.at(i), path + QStringLiteral("[%1]").arg(i + 1)))
                return m;
        }
        return std::nullopt;
    }
    case feel::ValueKind::Context: {
        const auto &e = expected.context();
        const auto &a = actual.context();
        for (const auto &[name, value] : e.entries()) {
            const feel::Value *other = a.find(name);
            if (!other)
                return std::optional<QString>(
                    QStringLiteral("expected %1 but got %2 (no entry \"%3\")%4")
                        .arg(expected.toString(), actual.toString(), name, at));
            if (auto m = mismatch(value, *other, path.isEmpty() ? name : path + QLatin1Char('.') + name))
                return m;
        }
        if (a.size() != e.size())
            return differ();
        return std::nullopt;
    }
    case feel::ValueKind::String:
        return expected.string() == actual.string() ? std::nullopt : differ();
    default:
        return feel::isFeelEqual(expected, actual) ? std::nullopt : differ();
    }
}

} // namespace

std::optional<QString> compareWithExpected(const feel::Value &expected, const feel::Value &actual)
{
    return mismatch(expected, actual, QString());
}

} // namespace casebench::tck
