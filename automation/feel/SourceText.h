#pragma once

#include <QString>
#include <QStringView>

namespace casebench::feel {

// Texts that come from rule sources (variable and entry names, string literals, a schema's
// field names) as strings that live as long as the program, like string literals in code.
// Copying such a string touches no reference count: a case's evaluation copies names into
// every context it builds and literals into its results, several hundred times, and each
// reference-count change is an atomic instruction (about 6 ns here, a measured 10–15 % of a
// case). Only texts of sources go here, never texts of applications: what is kept grows
// with the rule sources a process reads, and past a fixed total (maxKeptChars) texts are
// returned as they are, so a long session never grows it without bound. Thread-safe.
class SourceText
{
public:
    static constexpr qsizetype maxKeptChars = 8 * 1024 * 1024;
    static constexpr qsizetype maxTextChars = 4096; // longer texts are rare: not kept

    // `text` as a program-lifetime string equal to it (the same one for equal texts), or
    // `text` itself when it is empty, long, or the table is full.
    static QString kept(const QString &text);
    // How many characters are kept so far (for tests).
    static qsizetype keptChars();
};

} // namespace casebench::feel
