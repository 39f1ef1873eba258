#include "app/Logging.h"

#include <QDir>
#include <QStandardPaths>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace casebench {

bool parseLogLevel(const QString &name, spdlog::level::level_enum *level)
{
    const auto parsed = spdlog::level::from_str(name.toLower().toStdString());
    // from_str answers "off" for anything it does not know; accept "off" only when asked.
    if (parsed == spdlog::level::off && name.toLower() != QLatin1String("off"))
        return false;
    *level = parsed;
    return true;
}

QString defaultLogDirectory()
{
    const QByteArray fromEnv = qgetenv("CASEBENCH_LOG_DIR");
    if (!fromEnv.isEmpty())
        return QString::fromLocal8Bit(fromEnv);
    // XDG_STATE_HOME is where logs belong; Qt 6.4 has no StateLocation, so read it here.
    const QByteArray state = qgetenv("XDG_STATE_HOME");
    const QString base = state.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/state")
                                         : QString::fromLocal8Bit(state);
    return base + QStringLiteral("/casebench");
}

QString setUpLogging(const LoggingOptions &options)
{
    const QString dir = options.directory.isEmpty() ? defaultLogDirectory() : options.directory;
    QDir().mkpath(dir);
    const QString file = dir + QStringLiteral("/casebench.log");

    std::vector<spdlog::sink_ptr> sinks;
    try {
        // 5 MiB a file, 3 files kept.
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            file.toStdString(), 5 * 1024 * 1024, 3));
    } catch (const spdlog::spdlog_ex &) {
        // An unwritable log folder must not stop a caseworker from working.
    }
    if (options.console) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        // The console shows errors only: expected trouble (a wrong passphrase, a bad file)
        // is told to the user in their language by the command itself; the file keeps
        // the warnings.
        console->set_level(std::max(options.level, spdlog::level::err));
        sinks.push_back(console);
    }
    auto logger = std::make_shared<spdlog::logger>("casebench", sinks.begin(), sinks.end());
    logger->set_level(options.level);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
    return file;
}

} // namespace casebench
