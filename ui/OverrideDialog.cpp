#include "ui/OverrideDialog.h"

#include "model/CaseDecisions.h"
#include "ui/ProposalDisplay.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>
#include <algorithm>

namespace casebench {

OverrideDialog::OverrideDialog(const StoredProposal &proposal, QWidget *parent)
    : QDialog(parent), m_proposal(proposal), m_outcome(new QComboBox), m_amount(new QLineEdit),
      m_justification(new QPlainTextEdit), m_count(new QLabel), m_difference(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Override the proposal — %1").arg(proposal.caseId));
    m_outcome->setObjectName(QStringLiteral("overrideOutcomeCombo"));
    m_amount->setObjectName(QStringLiteral("overrideAmountEdit"));
    m_justification->setObjectName(QStringLiteral("overrideJustificationEdit"));
    m_count->setObjectName(QStringLiteral("overrideCountLabel"));
    m_difference->setObjectName(QStringLiteral("overrideDifferenceLabel"));
    m_buttons->setObjectName(QStringLiteral("overrideButtons"));

    for (const QString &code : decisionOutcomeCodes())
        m_outcome->addItem(outcomeDisplayName(code), code);
    // A proposal that is no decision (komplettering, manual) starts from the first outcome.
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(proposal.outcome)));
    // Whole kronor, as decisions are made; empty means nothing is paid.
    m_amount->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,9}")), m_amount));
    m_amount->setPlaceholderText(tr("no amount"));
    if (proposal.amountKronor)
        m_amount->setText(QString::number(*proposal.amountKronor));
    m_justification->setPlaceholderText(
        tr("Why the decision differs from the proposal (at least %n characters)", nullptr,
           CaseDecisions::minimumJustificationLength));
    m_justification->setTabChangesFocus(true);
    m_difference->setWordWrap(true);
    m_difference->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *proposed =
        new QLabel(proposal.outcome.isEmpty()
                       ? tr("No proposal: the automation could not evaluate this case.")
                       : tr("Proposed: %1, %2")
                             .arg(outcomeDisplayName(proposal.outcome),
                                  proposal.amountKronor ? tr("%L1 kr").arg(*proposal.amountKronor)
                                                        : tr("no amount")));
    proposed->setObjectName(QStringLiteral("overrideProposedLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Amount (kr):"), m_amount);
    form->addRow(tr("&Justification:"), m_justification);
    form->addRow(QString(), m_count);
    form->addRow(tr("Difference:"), m_difference);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(proposed);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save decision"));

    connect(m_outcome, &QComboBox::currentIndexChanged, this, &OverrideDialog::update);
    connect(m_amount, &QLineEdit::textChanged, this, &OverrideDialog::update);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &OverrideDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(560, 420);
}

QString OverrideDialog::outcome() const
{
    return m_outcome->currentData().toString();
}

std::optional<qint64> OverrideDialog::amountKronor() const
{
    bool ok = false;
    const qint64 value = m_amount->text().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QString OverrideDialog::justification() const
{
    return m_justification->toPlainText().trimmed();
}

QString OverrideDialog::differenceText() const
{
    return m_difference->text();
}

bool OverrideDialog::canAccept() const
{
    return CaseDecisions::diff(m_proposal, outcome(), amountKronor()).changesAnything() &&
           justification().size() >= CaseDecisions::minimumJustificationLength;
}

void OverrideDialog::update()
{
    const OverrideDiff diff = CaseDecisions::diff(m_proposal, outcome(), amountKronor());
    m_difference->setText(diff.changesAnything()
                              ? diff.summary()
                              : tr("Same as the proposal — change the outcome or "
                                   "the amount, or confirm the proposal instead."));
    const auto length = int(justification().size());
    const int needed = CaseDecisions::minimumJustificationLength;
    m_count->setText(length >= needed ? tr("%1 characters").arg(length)
                                      : tr("%1 of at least %2 characters").arg(length).arg(needed));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

} // namespace casebench
