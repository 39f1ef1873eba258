#include "ui/InboxFilterBar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include "model/InboxFilterProxy.h"
#include "model/InboxModel.h"

namespace casebench {

InboxFilterBar::InboxFilterBar(InboxFilterProxy *proxy, QWidget *parent)
    : QWidget(parent), m_proxy(proxy), m_statusLabel(new QLabel(this)),
      m_status(new QComboBox(this)), m_caseTypeLabel(new QLabel(this)),
      m_caseType(new QComboBox(this)), m_search(new QLineEdit(this)), m_rowCount(new QLabel(this))
{
    setObjectName(QStringLiteral("inboxFilterBar"));
    m_status->setObjectName(QStringLiteral("statusFilterCombo"));
    m_caseType->setObjectName(QStringLiteral("caseTypeFilterCombo"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_rowCount->setObjectName(QStringLiteral("rowCountLabel"));
    m_statusLabel->setBuddy(m_status);
    m_caseTypeLabel->setBuddy(m_caseType);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_caseType->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addWidget(m_caseTypeLabel);
    layout->addWidget(m_caseType);
    layout->addSpacing(8);
    layout->addWidget(m_search, 1);
    layout->addSpacing(8);
    layout->addWidget(m_rowCount);

    connect(m_status, &QComboBox::currentIndexChanged, this, &InboxFilterBar::applyStatus);
    connect(m_caseType, &QComboBox::currentIndexChanged, this, &InboxFilterBar::applyCaseType);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &InboxFilterProxy::setTextFilter);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InboxFilterBar::updateRowCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InboxFilterBar::updateRowCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &InboxFilterBar::updateRowCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InboxFilterBar::updateRowCount);
    connect(m_proxy, &InboxFilterProxy::filterChanged, this, &InboxFilterBar::updateRowCount);
    if (m_proxy->inboxModel()) {
        // Reloads and language changes bring new case type names.
        connect(m_proxy->inboxModel(), &QAbstractItemModel::modelReset, this,
                &InboxFilterBar::fillCaseTypeCombo);
    }
    retranslateUi();
}

void InboxFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString InboxFilterBar::rowCountText() const
{
    return m_rowCount->text();
}

void InboxFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool InboxFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            Q_EMIT leaveSearchToResults();
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InboxFilterBar::retranslateUi()
{
    m_statusLabel->setText(tr("S&tatus:"));
    m_caseTypeLabel->setText(tr("Case t&ype:"));
    m_search->setPlaceholderText(tr("Search case number, applicant or case type (Ctrl+F)"));
    fillStatusCombo();
    fillCaseTypeCombo();
    updateRowCount();
}

void InboxFilterBar::fillStatusCombo()
{
    const QStringList selected = m_status->currentData().toStringList();
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    m_status->addItem(tr("All statuses"), QStringList());
    QStringList open;
    for (CaseStatus status : allStatuses()) {
        if (status != CaseStatus::Decided)
            open.append(statusCode(status));
    }
    m_status->addItem(tr("Open (not decided)"), open);
    for (CaseStatus status : allStatuses())
        m_status->addItem(statusDisplayName(status), QStringList{statusCode(status)});
    m_status->setCurrentIndex(qMax(0, m_status->findData(selected)));
}

void InboxFilterBar::fillCaseTypeCombo()
{
    const QString selected = m_caseType->currentData().toString();
    const QSignalBlocker blocker(m_caseType);
    m_caseType->clear();
    m_caseType->addItem(tr("All case types"), QString());
    if (const InboxModel *model = m_proxy->inboxModel()) {
        for (int i = 0; i < model->caseTypeCount(); ++i)
            m_caseType->addItem(model->caseTypeName(i), model->caseTypes().at(i).code);
    }
    m_caseType->setCurrentIndex(qMax(0, m_caseType->findData(selected)));
    // A type that disappeared in a reload must not keep filtering invisibly.
    if (m_caseType->currentIndex() == 0 && !selected.isEmpty())
        m_proxy->setCaseTypeFilter(QString());
}

void InboxFilterBar::applyStatus()
{
    QSet<CaseStatus> statuses;
    for (const QString &code : m_status->currentData().toStringList()) {
        if (const auto status = statusFromCode(code))
            statuses.insert(*status);
    }
    m_proxy->setStatusFilter(statuses);
}

void InboxFilterBar::applyCaseType()
{
    m_proxy->setCaseTypeFilter(m_caseType->currentData().toString());
}

void InboxFilterBar::updateRowCount()
{
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    const int shown = m_proxy->rowCount();
    m_rowCount->setText(tr("%1 of %Ln case(s)", nullptr, total).arg(QLocale().toString(shown)));
}

} // namespace casebench
