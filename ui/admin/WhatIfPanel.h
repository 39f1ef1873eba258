#pragma once
// WhatIfPanel: runs a (draft) rule pack over decided cases — the last N, or those decided
// in a date range — in a worker thread with its own cache connection, behind a progress
// dialog with Cancel; then shows how many proposals would change outcome or amount, the
// total amount difference and the changed cases, old against new. Never writes anything.

#include "automation/rulepack/WhatIfRun.h"

#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace casebench {

class CacheDatabase;

class WhatIfPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WhatIfPanel(const CacheDatabase &cache, QWidget *parent = nullptr);
    ~WhatIfPanel() override;

    // The pack the next run uses and how to name it.
    void setPack(std::shared_ptr<const RulePack> pack, const QString &description);
    void run();
    bool isRunning() const { return m_running; }
    const std::optional<WhatIfReport> &report() const { return m_report; }

Q_SIGNALS:
    void finished();

private:
    void showReport(const Result<WhatIfReport> &result);

    const CacheDatabase &m_cache;
    std::shared_ptr<const RulePack> m_pack;
    std::optional<WhatIfReport> m_report;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    QLabel *m_packLabel;
    QSpinBox *m_last;
    QCheckBox *m_useRange;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_run;
    QLabel *m_summary;
    QTableWidget *m_changes;
};

} // namespace casebench
