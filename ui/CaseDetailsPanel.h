#pragma once
// CaseDetailsPanel: a read-only look at one case — applicant, household, attachments,
// deadlines and the application as received. Stands in until the case view arrives.

#include "model/CaseRecord.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace casebench {

class CaseDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseDetailsPanel(QWidget *parent = nullptr);

    void showCase(const CaseRecord &record, const QString &caseTypeName);
    void clear();
    // Hidden where the panel is part of a view with its own way back (the case view).
    void setCloseButtonVisible(bool visible);
    QString caseId() const;
    QString text() const; // what the panel shows, as plain text

Q_SIGNALS:
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void render();
    QString relationName(const QString &relation) const;
    QString deadlineKindName(const QString &kind) const;

    QLabel *m_title;
    QPushButton *m_close;
    QTextBrowser *m_body;
    std::optional<CaseRecord> m_record;
    QString m_caseTypeName;
};

} // namespace casebench
