// casebench: one binary — the workbench window, or a headless command.
#include "app/CommandLine.h"
#include "app/HeadlessCommands.h"
#include "app/Logging.h"
#include "app/PassphraseSource.h"
#include "ui/LanguageSwitcher.h"
#include "ui/UnlockDialog.h"
#include "ui/Workbench.h"

#include <QApplication>
#include <QTextStream>
#include <sys/resource.h>

using namespace casebench;

namespace {

// A core dump would write decrypted personal data to disk.
void disableCoreDumps()
{
    rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
}

QStringList argumentList(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

} // namespace

int main(int argc, char **argv)
{
    disableCoreDumps();
    QCoreApplication::setApplicationName(QStringLiteral("casebench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEBENCH_VERSION));

    const ParsedCommandLine parsed = parseCommandLine(argumentList(argc, argv));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parsed.error.isEmpty()) {
        err << parsed.error << Qt::endl;
        return ExitFailure;
    }
    if (parsed.showHelp) {
        out << parsed.helpText;
        return ExitOk;
    }
    if (parsed.showVersion) {
        out << QStringLiteral("casebench %1").arg(QStringLiteral(CASEBENCH_VERSION)) << Qt::endl;
        return ExitOk;
    }
    const CommandLineOptions &options = parsed.options;
    LoggingOptions logging;
    logging.level = options.logLevel;

    if (options.command.isEmpty()) {
        QApplication app(argc, argv);
        setUpLogging(logging);
        WorkbenchOptions workbench;
        // Without --cache the workbench offers the cache used last time.
        if (options.cacheGiven)
            workbench.cachePath = options.cachePath;
        workbench.fallbackCachePath = defaultCachePath();
        workbench.language = options.language;
        workbench.rulePackFolder = shippedRulePackFolder();
        workbench.userLogin = options.userLogin;
        // A passphrase file or CASEBENCH_PASSPHRASE (make run's demo cache) unlocks once
        // without the dialog; otherwise the unlock dialog asks.
        if (!options.passphraseFile.isEmpty()) {
            Result<QByteArray> passphrase = readPassphraseFile(options.passphraseFile);
            if (!passphrase) {
                err << passphrase.error().toString() << Qt::endl;
                return ExitFailure;
            }
            workbench.passphrase = passphrase.value();
        } else if (qEnvironmentVariableIsSet("CASEBENCH_PASSPHRASE")) {
            workbench.passphrase = qgetenv("CASEBENCH_PASSPHRASE");
        }
        Workbench bench(std::move(workbench));
        return bench.run();
    }
    QCoreApplication app(argc, argv);
    setUpLogging(logging);
    LanguageSwitcher language;
    language.setLanguage(options.language.isEmpty() ? LanguageSwitcher::systemLanguage()
                                                    : options.language);
    return runHeadlessCommand(options, out, err);
}
