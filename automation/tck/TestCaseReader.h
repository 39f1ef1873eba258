#pragma once
// TestCaseReader: reads a TCK `*-test-*.xml` file (values typed by xsi:type, lists,
// components, nil) into TestCases.

#include <QString>

#include "automation/tck/TestCases.h"
#include "model/Result.h"

namespace casebench::tck {

class TestCaseReader
{
public:
    static Result<TestCases> readFile(const QString &path);
    static Result<TestCases> read(const QByteArray &xml, const QString &fileName);
};

} // namespace casebench::tck
