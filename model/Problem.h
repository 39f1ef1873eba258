#pragma once
// Problem: one thing wrong with an input or operation, with where it is (file, line,
// field) so a person can find and fix it.

#include <QList>
#include <QString>

namespace casebench {

struct Problem
{
    QString message; // translated, for a person
    QString file;    // path of the offending file, if any
    int line = 0;    // 1-based line in that file; 0 = unknown
    QString field;   // dotted path of the offending field, e.g. "applicant.personnummer"

    // "file:line: field: message", leaving out the parts that are empty.
    QString toString() const;
};

using Problems = QList<Problem>;

} // namespace casebench
