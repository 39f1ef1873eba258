#pragma once
// TckRunner: runs the test files of one TCK test folder against the models beside them
// and says, per test case, whether every expected result was produced.

#include <QList>
#include <QString>

namespace casebench::tck {

struct TestOutcome
{
    QString label; // "<folder>/<test file>#<case id>"
    bool passed = false;
    QString why;   // for failures: the first mismatch, or why the model did not load
};

class TckRunner
{
public:
    // Every `*-test-*.xml` in `folder`, each test case once.
    static QList<TestOutcome> runFolder(const QString &folder);

    // For the TCK's non-compliant folders: whether the engine rejects the model (it does
    // not load, has problems, or its evaluation reports errors); `why` says how.
    static bool rejectsFolder(const QString &folder, QString *why);
};

} // namespace casebench::tck
