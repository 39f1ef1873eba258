// libFuzzer target for the FEEL engine: the input bytes (UTF-8) are parsed as an expression
// and as unary tests, with a couple of known names, and evaluated under a small budget.
// Anything but a clean return (crash, hang, leak, sanitizer report) is a finding.

#include "automation/feel/Feel.h"
#include "automation/feel/Value.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace casebench::feel;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0; // long inputs only slow the search down
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QStringList known = {QStringLiteral("Monthly Salary"), QStringLiteral("Applicant's Age"),
                                      QStringLiteral("Loan-To-Value")};
    static const Value context = [] {
        Context c;
        c.insert(QStringLiteral("Monthly Salary"), Value::number(1000));
        c.insert(QStringLiteral("x"), Value(QList<Value>{Value::number(1), Value(QStringLiteral("a")), Value()}));
        c.insert(QStringLiteral("d"), Value(Date()));
        return Value(c);
    }();
    // Small budget: a finding must reproduce in well under the fuzzer's timeout.
    constexpr std::int64_t steps = 200'000;

    const ParseResult expr = parseExpression(text, known);
    if (expr.ok()) {
        CallContext ctx(CallContext::defaultMaxDepth, steps);
        const Value v = evaluate(*expr.expr, context, ctx);
        (void)v.toString().size();
    }
    const UnaryTestsParseResult tests = parseUnaryTests(text, known);
    if (tests.ok()) {
        CallContext ctx(CallContext::defaultMaxDepth, steps);
        (void)test(*tests.tests, Value::number(5), context, ctx);
    }
    return 0;
}
