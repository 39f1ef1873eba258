#pragma once
// DmnReader: reads one DMN 1.1–1.5 model file into Definitions; a malformed or invalid
// model gives a Problem naming the file, line and element.

#include <QByteArray>
#include <QString>

#include "automation/dmn/Definitions.h"
#include "model/Result.h"

namespace casebench::dmn {

class DmnReader
{
public:
    static Result<Definitions> readFile(const QString &path);
    // fileName is only used in problems and stored in Definitions::fileName.
    static Result<Definitions> read(const QByteArray &xml, const QString &fileName);

    // The DMN model namespace of a version, or empty; and the reverse.
    static bool isDmnNamespace(QStringView uri);
};

} // namespace casebench::dmn
