#include "model/Problem.h"

#include <QStringList>

namespace casebench {

QString Problem::toString() const
{
    QString where = file;
    if (!file.isEmpty() && line > 0)
        where += QLatin1Char(':') + QString::number(line);
    QStringList parts;
    if (!where.isEmpty())
        parts << where;
    if (!field.isEmpty())
        parts << field;
    parts << message;
    return parts.join(QLatin1String(": "));
}

} // namespace casebench
