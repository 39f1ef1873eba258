#pragma once
// Personnummer: a Swedish personal identity number (or samordningsnummer) that has been
// checked — real birth date, right Luhn check digit — and can be written in the one
// normalised form the cache stores, YYYYMMDD-NNNC.

#include "model/Result.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace casebench {

struct PersonnummerError
{
    enum class Kind {
        BadFormat,       // not one of the accepted shapes
        ImpossibleDate,  // shape is right, but no such birth date (month 13, 30 Feb …)
        WrongCheckDigit, // the Luhn digit does not match
    };
    Kind kind = Kind::BadFormat;
    QString message; // translated; never repeats the number itself (it is personal data)
};

class Personnummer
{
public:
    // Accepts YYYYMMDD-NNNC, YYYYMMDDNNNC, YYMMDD-NNNC, YYMMDDNNNC and YYMMDD+NNNC.
    // The ten-digit forms leave out the century: it is the latest one that puts the birth
    // date on or before `reference` ('-' or no separator) or, with '+', the one before
    // that (the person is 100 or older). Samordningsnummer carry day + 60.
    static Result<Personnummer, PersonnummerError> parse(QStringView text,
                                                         QDate reference = QDate::currentDate());

    // The Luhn check digit over the nine digits YYMMDDNNN (also used for the ten digits of
    // an organisationsnummer: pass its first nine). -1 when `digits` is not all digits or
    // empty.
    static int luhnCheckDigit(QStringView digits);

    // Builds a valid number in normalised form: birth date, a serial 0…999 (the three
    // digits NNN) and whether it is a samordningsnummer. Empty for an invalid date or
    // serial. The demo generator and tests use it to make numbers that pass parse().
    static QString compose(QDate birthDate, int serial, bool coordinationNumber = false);

    // A value from an application as it may be quoted in a problem message, which can end
    // up in a terminal or a log: cut to `maxLength` characters, and with every digit shown
    // as '#' when it holds ten or more digits (it could be a personnummer in the wrong field).
    static QString maskedForMessage(QStringView value, int maxLength = 40);

    // YYYYMMDD-NNNC; samordningsnummer keep their day + 60.
    QString normalized() const { return m_normalized; }
    // YYMMDD-NNNC, or YYMMDD+NNNC when the person is 100 or older on `reference`.
    QString tenDigitForm(QDate reference = QDate::currentDate()) const;
    QDate birthDate() const { return m_birthDate; }
    bool isCoordinationNumber() const { return m_coordination; }

    friend bool operator==(const Personnummer &, const Personnummer &) = default;

private:
    Personnummer() = default;

    QString m_normalized;
    QDate m_birthDate;
    bool m_coordination = false;
};

} // namespace casebench
