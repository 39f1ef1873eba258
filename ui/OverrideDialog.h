#pragma once
// OverrideDialog: decide otherwise than proposed — another outcome and/or amount, with a
// justification of at least CaseDecisions::minimumJustificationLength characters. The
// difference to the proposal is shown while editing; OK stays disabled until the
// decision differs and the justification is long enough.

#include "model/ProposalRepository.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casebench {

class OverrideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OverrideDialog(const StoredProposal &proposal, QWidget *parent = nullptr);

    QString outcome() const;
    std::optional<qint64> amountKronor() const; // none when the field is empty
    QString justification() const;
    QString differenceText() const;
    bool canAccept() const;

private:
    void update();

    StoredProposal m_proposal;
    QComboBox *m_outcome;
    QLineEdit *m_amount;
    QPlainTextEdit *m_justification;
    QLabel *m_count;
    QLabel *m_difference;
    QDialogButtonBox *m_buttons;
};

} // namespace casebench
