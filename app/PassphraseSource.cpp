#include "app/PassphraseSource.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PassphraseSource", text);
}

// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios silent = m_saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

QByteArray firstLine(QByteArray data)
{
    const qsizetype end = data.indexOf('\n');
    if (end >= 0)
        data.truncate(end);
    if (data.endsWith('\r'))
        data.chop(1);
    return data;
}

} // namespace

Result<QByteArray> readPassphraseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problem{tr("Cannot read the passphrase file: %1").arg(file.errorString()), path, 0, {}};
    const QByteArray passphrase = firstLine(file.read(64 * 1024));
    if (passphrase.isEmpty())
        return Problem{tr("The passphrase file is empty"), path, 1, {}};
    return passphrase;
}

Result<QByteArray> obtainPassphrase(const QString &passphraseFile, const QString &prompt)
{
    if (!passphraseFile.isEmpty())
        return readPassphraseFile(passphraseFile);
    const QByteArray fromEnv = qgetenv("CASEBENCH_PASSPHRASE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (!isatty(STDIN_FILENO)) {
        return Problem{tr("No passphrase: use --passphrase-file, set CASEBENCH_PASSPHRASE, or "
                          "run in a terminal to be asked"),
                       {}, 0, QStringLiteral("passphrase")};
    }
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    QByteArray line;
    {
        EchoOff silent;
        char buffer[1024];
        if (std::fgets(buffer, sizeof buffer, stdin))
            line = buffer;
    }
    std::fputs("\n", stderr);
    line = firstLine(line);
    if (line.isEmpty())
        return Problem{tr("No passphrase was given"), {}, 0, QStringLiteral("passphrase")};
    return line;
}

} // namespace casebench
