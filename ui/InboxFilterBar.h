#pragma once
// InboxFilterBar: the controls above the inbox — status, case type, search text — and how
// many cases they leave visible ("12 of 340 cases"). Drives an InboxFilterProxy.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace casebench {

class InboxFilterProxy;

class InboxFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit InboxFilterBar(InboxFilterProxy *proxy, QWidget *parent = nullptr);

    void focusSearch();
    QString rowCountText() const;

Q_SIGNALS:
    // Down or Enter in the search field: go to the results.
    void leaveSearchToResults();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillStatusCombo();
    void fillCaseTypeCombo();
    void applyStatus();
    void applyCaseType();
    void updateRowCount();

    InboxFilterProxy *m_proxy;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_caseTypeLabel;
    QComboBox *m_caseType;
    QLineEdit *m_search;
    QLabel *m_rowCount;
};

} // namespace casebench
