#include "ui/ImportJob.h"

#include <QThread>

#include "model/CacheDatabase.h"

namespace casebench {

ImportJob::ImportJob(const CacheDatabase &cache, QStringList paths, ImportOptions options,
                     QObject *parent)
    : QObject(parent), m_cache(cache), m_paths(std::move(paths)), m_options(std::move(options))
{}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("import"));
    // Queued to this object's thread: the report is complete when the thread has ended.
    connect(m_thread, &QThread::finished, this, &ImportJob::finished);
    m_thread->start();
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::run()
{
    // A QSqlDatabase connection belongs to the thread that opened it: open it here.
    auto connection = m_cache.openAnotherConnection();
    if (!connection) {
        m_report.problems.append(Problem{connection.error().message, {}, 0, {}});
        return;
    }
    ImportOptions options = m_options;
    options.progress = [this](int done, int total) { Q_EMIT progress(done, total); };
    m_report = Importer(connection.value()->database()).import(m_paths, options);
}

} // namespace casebench
