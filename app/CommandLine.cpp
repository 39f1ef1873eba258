#include "app/CommandLine.h"

#include "app/Logging.h"
#include "model/UserRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QStandardPaths>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

const QStringList &knownCommands()
{
    static const QStringList commands{QStringLiteral("info"),    QStringLiteral("demo"),
                                      QStringLiteral("import"),  QStringLiteral("rekey"),
                                      QStringLiteral("propose"), QStringLiteral("process"),
                                      QStringLiteral("pack"),    QStringLiteral("settings"),
                                      QStringLiteral("audit")};
    return commands;
}

} // namespace

QString defaultCachePath()
{
    const QByteArray dataHome = qgetenv("XDG_DATA_HOME");
    const QString base = dataHome.isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                             : QString::fromLocal8Bit(dataHome);
    return base + QStringLiteral("/casebench/casebench.cache");
}

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    ParsedCommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "casebench — the caseworker's workbench.\n\n"
        "Without a command the workbench window opens. Commands:\n"
        "  info                     schema and SQLCipher versions, cases per status\n"
        "  demo --cases N [--seed S] [--out DIR] [--history-days D]\n"
        "                           fill the cache (or DIR) with synthetic applications;\n"
        "                           D days of decided history for the charts\n"
        "  import [--skip-invalid] FILE|DIR…\n"
        "                           import application JSON files\n"
        "  rekey [--new-passphrase-file F]\n"
        "                           change the cache passphrase\n"
        "  propose [--pack DIR]… [--trace] FILE|DIR…\n"
        "                           print a proposal (JSON line) per application; no cache\n"
        "  process [--pack DIR]…    propose for every received case of the cache and store it\n"
        "  pack list|import PATH|export ID DIR|activate ID --from DATE|retire ID\n"
        "                           rule packs stored in the cache (PATH: folder or .zip)\n"
        "  pack whatif ID [--last N] [--from DATE] [--to DATE]\n"
        "                           re-run decided cases with a stored pack; writes nothing\n"
        "  settings [set TYPE deadline-days N | set TYPE spot-check PERMILLE|pack]\n"
        "                           deadline days and spot-check rate per case type\n"
        "  audit verify | audit show [CASE_ID]\n"
        "                           check the audit trail's hash chain; list its events\n\n"
        "The passphrase comes from --passphrase-file, else CASEBENCH_PASSPHRASE, else a "
        "prompt. Exit status: 0 ok, 1 error, 2 wrong passphrase."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption cache(QStringLiteral("cache"), tr("The encrypted cache file."),
                                   tr("PATH"));
    const QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"),
                                            tr("Read the passphrase from the first line of FILE."),
                                            tr("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language: sv or en."), tr("LANG"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("Act as LOGIN, a user of the cache (default: your login)."),
                                  tr("LOGIN"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
                                      tr("trace, debug, info, warn, error or off."), tr("LEVEL"),
                                      QStringLiteral("info"));
    const QCommandLineOption cases(QStringLiteral("cases"), tr("demo: number of applications."),
                                   tr("N"), QStringLiteral("100"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("demo: random seed."), tr("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("demo: write application files into DIR instead."), tr("DIR"));
    const QCommandLineOption historyDays(
        QStringLiteral("history-days"),
        tr("demo: also D days of decided cases (synthetic history for the charts)."), tr("D"),
        QStringLiteral("0"));
    const QCommandLineOption skipInvalid(
        QStringLiteral("skip-invalid"),
        tr("import: import the valid files of a batch with bad ones."));
    const QCommandLineOption newPassphraseFile(QStringLiteral("new-passphrase-file"),
                                               tr("rekey: read the new passphrase from FILE."),
                                               tr("FILE"));
    const QCommandLineOption pack(
        QStringLiteral("pack"),
        tr("propose: a rule pack folder, or a folder of them (repeatable)."), tr("DIR"));
    const QCommandLineOption trace(QStringLiteral("trace"), tr("propose: include the DMN trace."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("pack activate: first application date the pack applies "
                                     "to; pack whatif: cases decided on or after DATE."),
                                  tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("pack whatif: cases decided on or before DATE."), tr("DATE"));
    const QCommandLineOption last(QStringLiteral("last"),
                                  tr("pack whatif: the N most recently decided cases."), tr("N"));
    parser.addOptions({help, version, cache, passphraseFile, lang, logLevel, cases, seed, out,
                       skipInvalid, newPassphraseFile, pack, trace});
    parser.addOption(historyDays);
    parser.addOptions({from, to, last});
    parser.addOption(user);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("one of the commands above"), tr("[command]"));
    // The command line is parsed before QCoreApplication exists (the command decides which
    // application class to make), so Qt cannot name the program itself.
    result.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                QCoreApplication::applicationName());

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.showHelp = parser.isSet(help);
    result.showVersion = parser.isSet(version);

    CommandLineOptions &o = result.options;
    o.cacheGiven = parser.isSet(cache);
    o.cachePath = o.cacheGiven ? parser.value(cache) : defaultCachePath();
    o.passphraseFile = parser.value(passphraseFile);
    o.language = parser.value(lang);
    o.userLogin = parser.isSet(user) ? parser.value(user) : UserRepository::operatingSystemLogin();
    if (!UserRepository::isValidLogin(o.userLogin)) {
        result.error = tr("--user: \"%1\" is not a login").arg(o.userLogin);
        return result;
    }
    if (!o.language.isEmpty() && o.language != QLatin1String("sv") &&
        o.language != QLatin1String("en")) {
        result.error = tr("--lang must be sv or en, not \"%1\"").arg(o.language);
        return result;
    }
    if (!parseLogLevel(parser.value(logLevel), &o.logLevel)) {
        result.error = tr("--log-level: unknown level \"%1\"").arg(parser.value(logLevel));
        return result;
    }

    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        o.command = positional.takeFirst();
        o.arguments = positional;
        if (!knownCommands().contains(o.command)) {
            result.error = tr("Unknown command \"%1\"; see --help").arg(o.command);
            return result;
        }
    }

    auto onlyFor = [&](const QCommandLineOption &option, const QStringList &commands) {
        if (parser.isSet(option) && !commands.contains(o.command)) {
            result.error = tr("--%1 belongs to the %2 command")
                               .arg(option.names().constFirst(), commands.join(QLatin1Char('/')));
            return false;
        }
        return true;
    };
    const QStringList demo{QStringLiteral("demo")};
    if (!onlyFor(cases, demo) || !onlyFor(seed, demo) || !onlyFor(out, demo) ||
        !onlyFor(skipInvalid, {QStringLiteral("import")}) ||
        !onlyFor(newPassphraseFile, {QStringLiteral("rekey")}) ||
        !onlyFor(pack, {QStringLiteral("propose"), QStringLiteral("process")}) ||
        !onlyFor(trace, {QStringLiteral("propose")}) ||
        !onlyFor(from, {QStringLiteral("pack")}) || !onlyFor(to, {QStringLiteral("pack")}) ||
        !onlyFor(last, {QStringLiteral("pack")}))
        return result;

    bool ok = false;
    if (parser.isSet(historyDays) && o.command != QLatin1String("demo")) {
        result.error = tr("--history-days belongs to the demo command");
        return result;
    }
    o.demoHistoryDays = parser.value(historyDays).toInt(&ok);
    if (!ok || o.demoHistoryDays < 0 || o.demoHistoryDays > 3650) {
        result.error = tr("--history-days must be a whole number from 0 to 3650");
        return result;
    }
    o.demoCases = parser.value(cases).toInt(&ok);
    if (!ok || o.demoCases < 0 || o.demoCases > 10'000'000) {
        result.error = tr("--cases must be a whole number from 0 to 10000000");
        return result;
    }
    o.demoSeed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        result.error = tr("--seed must be a non-negative whole number");
        return result;
    }
    o.demoOut = parser.value(out);
    o.skipInvalid = parser.isSet(skipInvalid);
    o.newPassphraseFile = parser.value(newPassphraseFile);
    o.packFolders = parser.values(pack);
    o.trace = parser.isSet(trace);

    if (o.command == QLatin1String("pack")) {
        if (parser.isSet(from)) {
            o.fromDate = QDate::fromString(parser.value(from), Qt::ISODate);
            if (!o.fromDate.isValid()) {
                result.error = tr("--from must be a date (YYYY-MM-DD), not \"%1\"")
                                   .arg(parser.value(from));
                return result;
            }
        }
        if (parser.isSet(to)) {
            o.toDate = QDate::fromString(parser.value(to), Qt::ISODate);
            if (!o.toDate.isValid()) {
                result.error =
                    tr("--to must be a date (YYYY-MM-DD), not \"%1\"").arg(parser.value(to));
                return result;
            }
        }
        if (parser.isSet(last)) {
            o.lastCases = parser.value(last).toInt(&ok);
            if (!ok || o.lastCases < 1) {
                result.error = tr("--last must be a whole number from 1");
                return result;
            }
        }
        // verb → how many arguments follow it
        static const QHash<QString, int> verbs{
            {QStringLiteral("list"), 0},     {QStringLiteral("import"), 1},
            {QStringLiteral("export"), 2},   {QStringLiteral("activate"), 1},
            {QStringLiteral("retire"), 1},   {QStringLiteral("whatif"), 1}};
        const QString verb = o.arguments.value(0);
        if (!verbs.contains(verb)) {
            result.error = tr("pack needs one of list, import, export, activate, retire, whatif");
            return result;
        }
        if (o.arguments.size() != verbs.value(verb) + 1) {
            result.error = tr("pack %1 takes %2 argument(s)").arg(verb).arg(verbs.value(verb));
            return result;
        }
        if (verb == QLatin1String("activate") && !o.fromDate.isValid()) {
            result.error = tr("pack activate needs --from DATE: the first application date it "
                              "applies to");
            return result;
        }
        if ((parser.isSet(last) || parser.isSet(to)) && verb != QLatin1String("whatif")) {
            result.error = tr("--last and --to belong to pack whatif");
            return result;
        }
    }
    if (o.command == QLatin1String("audit")) {
        const QString verb = o.arguments.value(0);
        if (!((verb == QLatin1String("verify") && o.arguments.size() == 1) ||
              (verb == QLatin1String("show") && o.arguments.size() <= 2))) {
            result.error = tr("audit takes verify, or show with an optional CASE_ID");
            return result;
        }
    }
    if ((o.command == QLatin1String("import") || o.command == QLatin1String("propose")) &&
        o.arguments.isEmpty()) {
        result.error = tr("%1 needs at least one FILE or DIR").arg(o.command);
        return result;
    }
    if ((o.command == QLatin1String("info") || o.command == QLatin1String("demo") ||
         o.command == QLatin1String("rekey") || o.command == QLatin1String("process")) &&
        !o.arguments.isEmpty()) {
        result.error = tr("%1 takes no further arguments (got \"%2\")")
                           .arg(o.command, o.arguments.join(QLatin1Char(' ')));
        return result;
    }
    return result;
}

} // namespace casebench
