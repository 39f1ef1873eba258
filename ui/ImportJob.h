#pragma once
// ImportJob: runs the Importer on a worker thread with a connection of its own, so the
// window stays responsive while a large batch is read, checked and written.

#include <QObject>
#include <QStringList>
#include <memory>

#include "model/Importer.h"

class QThread;

namespace casebench {

class CacheDatabase;

class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(const CacheDatabase &cache, QStringList paths, ImportOptions options,
              QObject *parent = nullptr);
    ~ImportJob() override; // waits for the worker: the cache must outlive the import

    void start();
    bool isRunning() const;
    QStringList paths() const { return m_paths; }
    // Valid once finished() was emitted.
    const ImportReport &report() const { return m_report; }

Q_SIGNALS:
    void progress(int done, int total); // delivered on the job's thread
    void finished();

private:
    void run();

    const CacheDatabase &m_cache;
    QStringList m_paths;
    ImportOptions m_options;
    ImportReport m_report;
    QThread *m_thread = nullptr;
};

} // namespace casebench
