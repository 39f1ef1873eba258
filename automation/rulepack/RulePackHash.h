#pragma once
// RulePackHash: the content hash that identifies one version of a rule pack — SHA-256
// (hex) over a canonical listing of every file in the pack folder, so two folders with
// the same files hash alike wherever they lie, and any changed byte changes the hash.

#include "model/Result.h"

#include <QByteArray>
#include <QString>

namespace casebench {

class RulePackHash
{
public:
    // The listing: one line per regular file, sorted by relative path ('/'-separated, UTF-8
    // byte order), each "<sha256 hex of the file>  <relative path>\n" — what `sha256sum`
    // prints — so the hash can be checked with shell tools (docs/rule-packs.md).
    static Result<QByteArray> listing(const QString &folder);
    static Result<QString> compute(const QString &folder);
};

} // namespace casebench
