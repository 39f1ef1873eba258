#include "model/Personnummer.h"

#include <QCoreApplication>
#include <algorithm>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Personnummer", text);
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

int digitsValue(QStringView s)
{
    int v = 0;
    for (QChar c : s)
        v = v * 10 + (c.unicode() - u'0');
    return v;
}

PersonnummerError badFormat()
{
    return {PersonnummerError::Kind::BadFormat,
            tr("not a personnummer: expected YYYYMMDD-NNNC, YYMMDD-NNNC or YYMMDD+NNNC")};
}

} // namespace

int Personnummer::luhnCheckDigit(QStringView digits)
{
    if (!allDigits(digits))
        return -1;
    // Weights 2, 1, 2, 1 … from the left; a product of two digits counts as its digit sum.
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int d = digits[i].unicode() - u'0';
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

Result<Personnummer, PersonnummerError> Personnummer::parse(QStringView text, QDate reference)
{
    // Split into the date part, the separator (if any) and the four last digits.
    QStringView datePart;
    QStringView lastFour;
    QChar separator;
    switch (text.size()) {
    case 13: // YYYYMMDD-NNNC
    case 11: // YYMMDD-NNNC / YYMMDD+NNNC
        datePart = text.first(text.size() - 5);
        separator = text[text.size() - 5];
        lastFour = text.last(4);
        break;
    case 12: // YYYYMMDDNNNC
    case 10: // YYMMDDNNNC
        datePart = text.first(text.size() - 4);
        lastFour = text.last(4);
        break;
    default:
        return badFormat();
    }
    if (!allDigits(datePart) || !allDigits(lastFour))
        return badFormat();
    const bool longForm = datePart.size() == 8;
    if (!separator.isNull() && separator != u'-' && separator != u'+')
        return badFormat();
    if (longForm && separator == u'+') {
        return PersonnummerError{PersonnummerError::Kind::BadFormat,
                                 tr("the twelve-digit form is written with '-' or no separator; "
                                    "'+' belongs to the ten-digit form")};
    }

    const int yy = digitsValue(datePart.sliced(datePart.size() - 6, 2));
    const int month = digitsValue(datePart.sliced(datePart.size() - 4, 2));
    const int codedDay = digitsValue(datePart.last(2));
    const bool coordination = codedDay > 60;
    const int day = coordination ? codedDay - 60 : codedDay;

    if (!reference.isValid())
        reference = QDate::currentDate();
    int year = 0;
    if (longForm) {
        year = digitsValue(datePart.first(4));
    } else {
        // The latest century that does not put the birthday after the reference date;
        // compared as (month, day) so an impossible date still gets a century and is then
        // reported as impossible rather than as a bad format.
        year = reference.year() / 100 * 100 + yy;
        const bool afterReference =
            year > reference.year() ||
            (year == reference.year() &&
             (month > reference.month() || (month == reference.month() && day > reference.day())));
        if (afterReference)
            year -= 100;
        if (separator == u'+')
            year -= 100;
    }

    const QDate birth(year, month, day);
    if (month < 1 || month > 12 || day < 1 || !birth.isValid()) {
        return PersonnummerError{PersonnummerError::Kind::ImpossibleDate,
                                 coordination ? tr("impossible birth date in samordningsnummer "
                                                   "(day minus 60 is not a day of the month)")
                                              : tr("impossible birth date (no such month or day)")};
    }
    if (longForm && birth > reference) {
        return PersonnummerError{PersonnummerError::Kind::ImpossibleDate,
                                 tr("birth date lies in the future")};
    }

    QChar nine[9];
    std::copy(datePart.end() - 6, datePart.end(), nine);
    std::copy(lastFour.begin(), lastFour.begin() + 3, nine + 6);
    const int expected = luhnCheckDigit(QStringView(nine, 9));
    if (expected != lastFour[3].unicode() - u'0') {
        return PersonnummerError{PersonnummerError::Kind::WrongCheckDigit,
                                 tr("wrong check digit (the last digit does not match the Luhn "
                                    "check over the other nine)")};
    }

    Personnummer p;
    p.m_birthDate = birth;
    p.m_coordination = coordination;
    if (year >= 0 && year <= 9999) {
        // YYYYMMDD-NNNC written out directly: this runs for every person of every application.
        p.m_normalized = QString(13, Qt::Uninitialized);
        QChar *out = p.m_normalized.data();
        for (int i = 3, rest = year; i >= 0; --i, rest /= 10)
            out[i] = QChar(u'0' + rest % 10);
        std::copy(datePart.end() - 4, datePart.end(), out + 4);
        out[8] = u'-';
        std::copy(lastFour.begin(), lastFour.end(), out + 9);
    } else {
        p.m_normalized = QStringLiteral("%1%2-%3")
                             .arg(year, 4, 10, QLatin1Char('0'))
                             .arg(datePart.last(4))
                             .arg(lastFour);
    }
    return p;
}

QString Personnummer::compose(QDate birthDate, int serial, bool coordinationNumber)
{
    if (!birthDate.isValid() || birthDate.year() < 1 || birthDate.year() > 9999 || serial < 0 ||
        serial > 999)
        return {};
    const int codedDay = birthDate.day() + (coordinationNumber ? 60 : 0);
    const QString nine = QStringLiteral("%1%2%3%4")
                             .arg(birthDate.year() % 100, 2, 10, QLatin1Char('0'))
                             .arg(birthDate.month(), 2, 10, QLatin1Char('0'))
                             .arg(codedDay, 2, 10, QLatin1Char('0'))
                             .arg(serial, 3, 10, QLatin1Char('0'));
    return QStringLiteral("%1%2-%3%4")
        .arg(birthDate.year(), 4, 10, QLatin1Char('0'))
        .arg(QStringView(nine).sliced(2, 4))
        .arg(QStringView(nine).last(3))
        .arg(luhnCheckDigit(nine));
}

QString Personnummer::maskedForMessage(QStringView value, int maxLength)
{
    QString shown = value.size() > maxLength ? value.first(maxLength).toString() + QChar(0x2026)
                                             : value.toString();
    const auto digits =
        std::count_if(value.begin(), value.end(), [](QChar c) { return c.isDigit(); });
    if (digits >= 10) {
        for (QChar &c : shown) {
            if (c.isDigit())
                c = u'#';
        }
    }
    return shown;
}

QString Personnummer::tenDigitForm(QDate reference) const
{
    if (m_normalized.isEmpty())
        return {};
    if (!reference.isValid())
        reference = QDate::currentDate();
    // 100th birthday reached on the reference date → '+'.
    const QDate hundredth = m_birthDate.addYears(100);
    const QChar separator = hundredth <= reference ? u'+' : u'-';
    return QStringView(m_normalized).sliced(2, 6).toString() + separator +
           QStringView(m_normalized).last(4).toString();
}

} // namespace casebench
