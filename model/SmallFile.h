#pragma once

#include <QByteArray>
#include <QString>

namespace casebench {

// Reads a whole file that is known to be small (an application, a few kilobytes) with as
// few system calls as the platform allows. `casebench propose` reads 100 000 of them, and
// through QFile each costs six calls (open, two stats, two reads, close); on Unix this is
// four (open, fstat, read, close): the size from fstat tells that one read got everything.
class SmallFile
{
public:
    enum class Status { Read, IsFolder, TooLarge, Unreadable };

    struct Contents {
        Status status = Status::Unreadable;
        QByteArray bytes;   // Read: the whole file
        QString error;      // Unreadable: the system's reason ("No such file or directory")
    };

    // A file larger than maxBytes is TooLarge (also one that grows past it while read).
    static Contents read(const QString &path, qint64 maxBytes);
};

} // namespace casebench
