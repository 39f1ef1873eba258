#include "automation/feel/CallContext.h"

#include <QCoreApplication>

namespace casebench::feel {

QString Diagnostic::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(message);
    return message;
}

Diagnostic diagnosticAt(QStringView text, int offset, const QString &message)
{
    Diagnostic d;
    d.message = message;
    d.offset = offset;
    if (offset < 0)
        return d;
    int line = 1;
    int column = 1;
    const qsizetype end = std::min<qsizetype>(offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text[i] == u'\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    d.line = line;
    d.column = column;
    return d;
}

CallContext::CallContext(int maxDepth, std::int64_t maxSteps)
    : m_maxDepth(maxDepth), m_maxSteps(maxSteps)
{
}

void CallContext::report(const QString &message, int offset)
{
    ++m_reportCount;
    if (m_diagnostics.size() >= maxDiagnostics)
        return;
    const int at = offset >= 0 ? offset : m_currentOffset;
    m_diagnostics.append(diagnosticAt(m_source, at, message));
}

bool CallContext::refuseEnter()
{
    if (m_exhausted)
        return false;
    m_exhausted = true;
    report(QCoreApplication::translate("casebench::feel::CallContext",
                                       "Evaluation nested deeper than %1 levels; stopped.")
               .arg(m_maxDepth));
    return false;
}

bool CallContext::refuseStep()
{
    m_exhausted = true;
    report(QCoreApplication::translate("casebench::feel::CallContext",
                                       "Evaluation took more than %1 steps; stopped.")
               .arg(m_maxSteps));
    return false;
}

} // namespace casebench::feel
