#include "model/SmallFile.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace casebench {

namespace {

#ifdef Q_OS_UNIX
QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

SmallFile::Contents unreadable(int error)
{
    return {SmallFile::Status::Unreadable, {}, systemError(error)};
}

// read(2), again when a signal interrupted it: bytes read, or -1 with errno set.
ssize_t readRetrying(int fd, char *into, size_t size)
{
    for (;;) {
        const ssize_t got = ::read(fd, into, size);
        if (got >= 0 || errno != EINTR)
            return got;
    }
}

// One read into `bytes` after the first `have` bytes; false with `error` set on failure.
bool readOnce(int fd, QByteArray &bytes, qint64 &have, int &error)
{
    const ssize_t got = readRetrying(fd, bytes.data() + have, size_t(bytes.size() - have));
    if (got < 0) {
        error = errno;
        return false;
    }
    have += got;
    return true;
}

// Reads on until the end of the file or past maxBytes, growing `bytes` as needed.
bool readRest(int fd, QByteArray &bytes, qint64 &have, qint64 maxBytes, int &error)
{
    while (have <= maxBytes) {
        if (have == bytes.size())
            bytes.resize(std::min<qint64>(maxBytes + 1, std::max<qint64>(2 * have, 4096)));
        const qint64 before = have;
        if (!readOnce(fd, bytes, have, error))
            return false;
        if (have == before)
            break; // end of file
    }
    return true;
}
#endif

} // namespace

SmallFile::Contents SmallFile::read(const QString &path, qint64 maxBytes)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    FileDescriptor fd(::open(name.constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return unreadable(errno);
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0)
        return unreadable(errno);
    if (S_ISDIR(info.st_mode))
        return {Status::IsFolder, {}, {}};
    if (S_ISREG(info.st_mode) && info.st_size > maxBytes)
        return {Status::TooLarge, {}, {}};
    // One byte more than the size, so that the first read shows the end of the file: a
    // regular file reads short only there. Anything else (a pipe, a file that grew since
    // fstat) reads on until the end or past the limit.
    const bool regular = S_ISREG(info.st_mode);
    QByteArray bytes((regular ? qint64(info.st_size) : 0) + 1, Qt::Uninitialized);
    qint64 have = 0;
    int error = 0;
    if (!readOnce(fd.get(), bytes, have, error))
        return unreadable(error);
    const bool complete = regular && have < bytes.size();
    if (!complete && !readRest(fd.get(), bytes, have, maxBytes, error))
        return unreadable(error);
    bytes.truncate(have);
    if (have > maxBytes)
        return {Status::TooLarge, {}, {}};
    return {Status::Read, std::move(bytes), {}};
#else
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (QFileInfo(path).isDir())
            return {Status::IsFolder, {}, {}};
        return {Status::Unreadable, {}, file.errorString()};
    }
    if (file.size() > maxBytes)
        return {Status::TooLarge, {}, {}};
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return {Status::Unreadable, {}, file.errorString()};
    if (bytes.size() > maxBytes)
        return {Status::TooLarge, {}, {}};
    return {Status::Read, std::move(bytes), {}};
#endif
}

SmallFile::FileDescriptor::~FileDescriptor()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

namespace {

int openFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
#else
    Q_UNUSED(path);
    return -1;
#endif
}

} // namespace

SmallFile::Folder::Folder(const QString &path) : m_path(path), m_folder(openFolder(path)) {}

SmallFile::Contents SmallFile::Folder::read(const QString &name, qint64 maxBytes)
{
#ifdef Q_OS_UNIX
    if (m_folder.get() < 0)
        return SmallFile::read(m_path + QLatin1Char('/') + name, maxBytes);
    FileDescriptor fd(::openat(m_folder.get(), QFile::encodeName(name).constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return unreadable(errno);
    // Applications are a few kilobytes: one read of up to 64 kB takes the whole file.
    constexpr size_t firstRead = 64 * 1024;
    if (m_buffer.size() < firstRead)
        m_buffer.resize(firstRead);
    QByteArray bytes;
    for (;;) {
        const ssize_t got = readRetrying(fd.get(), m_buffer.data(), m_buffer.size());
        if (got < 0) {
            if (errno == EISDIR)
                return {Status::IsFolder, {}, {}};
            return unreadable(errno);
        }
        if (bytes.size() + got > maxBytes)
            return {Status::TooLarge, {}, {}};
        bytes.append(m_buffer.data(), got);
        if (size_t(got) < m_buffer.size())
            return {Status::Read, std::move(bytes), {}}; // short: the end of a regular file
    }
#else
    return SmallFile::read(m_path + QLatin1Char('/') + name, maxBytes);
#endif
}

} // namespace casebench
