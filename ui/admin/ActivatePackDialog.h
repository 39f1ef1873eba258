#pragma once
// ActivatePackDialog: asks from which application date a pack version applies and says,
// in the confirmation text, exactly what activating it will do from that date.

#include "automation/rulepack/RulePackStore.h"

#include <QDialog>

class QDateEdit;
class QLabel;

namespace casebench {

class ActivatePackDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ActivatePackDialog(const StoredRulePack &pack, QWidget *parent = nullptr);
    QDate appliesFrom() const;
    void setAppliesFrom(const QDate &date);
    QString confirmationText() const;

private:
    void update();

    StoredRulePack m_pack;
    QDateEdit *m_date;
    QLabel *m_text;
};

} // namespace casebench
