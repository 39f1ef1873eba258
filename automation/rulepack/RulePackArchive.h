#pragma once
// RulePackArchive: unpacks a rule pack delivered as a .zip into a folder, so that the
// folder loader reads it like any other. Entries that would land outside the folder
// (absolute paths, "..", symbolic links) refuse the whole archive.

#include "model/Result.h"

#include <QString>

namespace casebench {

class RulePackArchive
{
public:
    static bool isArchive(const QString &path); // by name: *.zip
    // Extracts every file of `zipPath` under `targetFolder` (which must exist). Returns the
    // pack folder: targetFolder, or its single top-level folder when the archive holds the
    // pack inside one (as `zip -r pack.zip pack/` makes it).
    static Result<QString, Problems> extract(const QString &zipPath, const QString &targetFolder);
};

} // namespace casebench
