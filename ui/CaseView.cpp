#include "ui/CaseView.h"

#include "automation/letters/CaseLetters.h"
#include "model/AuditTrail.h"
#include "model/AutomationErrorRepository.h"
#include "model/CaseDecisions.h"
#include "model/CaseRepository.h"
#include "ui/BreakdownModel.h"
#include "ui/CaseDetailsPanel.h"
#include "ui/CaseHistoryModel.h"
#include "ui/LetterPreviewDialog.h"
#include "ui/OverrideDialog.h"
#include "ui/ReopenDialog.h"
#include "ui/ReturnForCompletionDialog.h"
#include "ui/TraceModel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace casebench {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QTableView *listTable(const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setTabKeyNavigation(false);
    return view;
}

QStandardItem *cell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text);
    return item;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isNull())
        return QStringLiteral("null");
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

CaseView::CaseView(QSqlDatabase db, User actingUser, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_user(std::move(actingUser)), m_title(new QLabel),
      m_spotCheck(new QLabel), m_banner(new QLabel), m_errorBanner(new QLabel),
      m_proposalSummary(new QLabel), m_packLabel(new QLabel), m_completenessLabel(new QLabel),
      m_reasonsLabel(new QLabel), m_breakdownLabel(new QLabel), m_whyTitle(new QLabel),
      m_leftTabs(new QTabWidget), m_centerTabs(new QTabWidget), m_details(new CaseDetailsPanel),
      m_applicationView(new QTreeView), m_applicationModel(new QStandardItemModel(this)),
      m_findingsView(listTable(QStringLiteral("completenessView"))),
      m_findingsModel(new QStandardItemModel(this)),
      m_reasonsView(listTable(QStringLiteral("reasonsView"))),
      m_reasonsModel(new QStandardItemModel(this)),
      m_breakdownView(listTable(QStringLiteral("breakdownView"))),
      m_breakdownModel(new BreakdownModel(this)),
      m_historyView(listTable(QStringLiteral("historyView"))),
      m_historyModel(new CaseHistoryModel(this)), m_whyPanel(new QWidget),
      m_traceView(new QTreeView), m_traceModel(new TraceModel(this)),
      m_splitter(new QSplitter(Qt::Horizontal)), m_previousButton(new QToolButton),
      m_nextButton(new QToolButton), m_whyButton(new QToolButton), m_confirmButton(new QPushButton),
      m_overrideButton(new QPushButton), m_returnButton(new QPushButton),
      m_reopenButton(new QPushButton), m_letterButton(new QPushButton),
      m_backButton(new QPushButton)
{
    setObjectName(QStringLiteral("caseView"));
    // Focusable itself, so that its keys work as soon as it is shown.
    setFocusPolicy(Qt::StrongFocus);
    m_title->setObjectName(QStringLiteral("caseViewTitle"));
    m_spotCheck->setObjectName(QStringLiteral("spotCheckLabel"));
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_errorBanner->setObjectName(QStringLiteral("automationErrorBanner"));
    m_proposalSummary->setObjectName(QStringLiteral("proposalSummaryLabel"));
    m_packLabel->setObjectName(QStringLiteral("packLabel"));
    m_whyPanel->setObjectName(QStringLiteral("whyPanel"));
    m_traceView->setObjectName(QStringLiteral("traceView"));
    m_applicationView->setObjectName(QStringLiteral("applicationView"));
    m_leftTabs->setObjectName(QStringLiteral("caseLeftTabs"));
    m_centerTabs->setObjectName(QStringLiteral("caseCenterTabs"));
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    m_overrideButton->setObjectName(QStringLiteral("overrideButton"));
    m_returnButton->setObjectName(QStringLiteral("returnButton"));
    m_reopenButton->setObjectName(QStringLiteral("reopenButton"));
    m_letterButton->setObjectName(QStringLiteral("letterButton"));
    m_backButton->setObjectName(QStringLiteral("backToInboxButton"));
    m_splitter->setObjectName(QStringLiteral("caseSplitter"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_spotCheck->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; "
                                              "border: 1px solid #e0c16d; padding: 2px 6px; }"));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #e2e3e5; color: #2b2f32; border: "
                                           "1px solid #b5b8bb; padding: 4px 8px; }"));
    m_errorBanner->setStyleSheet(QStringLiteral("QLabel { background: #f8d7da; color: #58151c; "
                                                "border: 1px solid #e0a1a8; padding: 4px 8px; }"));
    for (QLabel *label : {m_banner, m_errorBanner, m_proposalSummary, m_packLabel})
        label->setWordWrap(true);
    m_proposalSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_packLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setCloseButtonVisible(false);

    createActions();

    auto *header = new QHBoxLayout;
    header->addWidget(m_previousButton);
    header->addWidget(m_nextButton);
    header->addWidget(m_title, 1);
    header->addWidget(m_spotCheck);
    header->addWidget(m_whyButton);
    auto *decisionButtons = new QHBoxLayout;
    decisionButtons->addWidget(m_confirmButton);
    decisionButtons->addWidget(m_overrideButton);
    decisionButtons->addWidget(m_returnButton);
    decisionButtons->addWidget(m_reopenButton);
    decisionButtons->addWidget(m_letterButton);
    decisionButtons->addStretch(1);
    decisionButtons->addWidget(m_backButton);

    // Left: who applied and what came in.
    m_applicationView->setModel(m_applicationModel);
    m_applicationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_applicationView->setAlternatingRowColors(true);
    m_applicationView->setUniformRowHeights(true);
    m_leftTabs->addTab(m_details, QString());
    m_leftTabs->addTab(m_applicationView, QString());

    // Centre: the proposal and the history.
    m_findingsView->setModel(m_findingsModel);
    m_reasonsView->setModel(m_reasonsModel);
    m_breakdownView->setModel(m_breakdownModel);
    m_historyView->setModel(m_historyModel);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    auto *proposalPage = new QWidget;
    auto *proposalLayout = new QVBoxLayout(proposalPage);
    proposalLayout->addWidget(m_proposalSummary);
    proposalLayout->addWidget(m_completenessLabel);
    proposalLayout->addWidget(m_findingsView, 2);
    proposalLayout->addWidget(m_reasonsLabel);
    proposalLayout->addWidget(m_reasonsView, 2);
    proposalLayout->addWidget(m_breakdownLabel);
    proposalLayout->addWidget(m_breakdownView, 3);
    m_centerTabs->addTab(proposalPage, QString());
    m_centerTabs->addTab(m_historyView, QString());

    // Right: why the automation proposes what it proposes.
    m_traceView->setModel(m_traceModel);
    m_traceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_traceView->setAlternatingRowColors(true);
    m_traceView->header()->setStretchLastSection(true);
    m_traceView->setColumnWidth(TraceModel::ItemColumn, 220);
    QFont whyFont = m_whyTitle->font();
    whyFont.setBold(true);
    m_whyTitle->setFont(whyFont);
    auto *whyLayout = new QVBoxLayout(m_whyPanel);
    whyLayout->setContentsMargins(0, 0, 0, 0);
    whyLayout->addWidget(m_whyTitle);
    whyLayout->addWidget(m_packLabel);
    whyLayout->addWidget(m_traceView, 1);
    m_whyPanel->hide();

    m_splitter->addWidget(m_leftTabs);
    m_splitter->addWidget(m_centerTabs);
    m_splitter->addWidget(m_whyPanel);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_errorBanner);
    layout->addLayout(decisionButtons);
    layout->addWidget(m_splitter, 1);

    connect(m_details, &CaseDetailsPanel::closeRequested, this, &CaseView::closeRequested);
    retranslateUi();
    render();
}

CaseView::~CaseView() = default;

void CaseView::createActions()
{
    const auto action = [this](const char *name, QList<QKeySequence> keys) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        // Only while the case view is the page shown: the inbox has its own keys.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_confirmAction = action("confirmAction", {QKeySequence(Qt::CTRL | Qt::Key_Return),
                                               QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_overrideAction = action("overrideAction", {QKeySequence(Qt::CTRL | Qt::Key_O)});
    m_returnAction = action("returnAction", {QKeySequence(Qt::CTRL | Qt::Key_K)});
    m_reopenAction = action("reopenAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    m_whyAction = action("whyAction", {QKeySequence(Qt::Key_F1)});
    // Not Ctrl+L: that locks the workbench.
    m_letterAction = action("letterAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});
    m_whyAction->setCheckable(true);
    m_nextAction = action("nextCaseAction", {QKeySequence(Qt::ALT | Qt::Key_Right),
                                             QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    m_previousAction = action("previousCaseAction", {QKeySequence(Qt::ALT | Qt::Key_Left),
                                                     QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    m_backAction = action("backToInboxAction", {QKeySequence(Qt::Key_Escape)});

    connect(m_confirmAction, &QAction::triggered, this, &CaseView::confirmProposal);
    connect(m_overrideAction, &QAction::triggered, this, &CaseView::overrideProposal);
    connect(m_returnAction, &QAction::triggered, this, &CaseView::returnForCompletion);
    connect(m_reopenAction, &QAction::triggered, this, &CaseView::reopenCase);
    connect(m_letterAction, &QAction::triggered, this, &CaseView::showLetter);
    connect(m_whyAction, &QAction::toggled, this, &CaseView::setWhyPanelVisible);
    connect(m_nextAction, &QAction::triggered, this, &CaseView::nextCaseRequested);
    connect(m_previousAction, &QAction::triggered, this, &CaseView::previousCaseRequested);
    connect(m_backAction, &QAction::triggered, this, &CaseView::closeRequested);

    m_whyButton->setDefaultAction(m_whyAction);
    m_whyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_nextButton->setDefaultAction(m_nextAction);
    m_previousButton->setDefaultAction(m_previousAction);
    m_nextButton->setArrowType(Qt::RightArrow);
    m_previousButton->setArrowType(Qt::LeftArrow);
    connect(m_confirmButton, &QPushButton::clicked, m_confirmAction, &QAction::trigger);
    connect(m_overrideButton, &QPushButton::clicked, m_overrideAction, &QAction::trigger);
    connect(m_returnButton, &QPushButton::clicked, m_returnAction, &QAction::trigger);
    connect(m_reopenButton, &QPushButton::clicked, m_reopenAction, &QAction::trigger);
    connect(m_letterButton, &QPushButton::clicked, m_letterAction, &QAction::trigger);
    connect(m_backButton, &QPushButton::clicked, m_backAction, &QAction::trigger);
}

void CaseView::retranslateUi()
{
    const auto withKey = [](const QString &text, const QAction *a) {
        return tr("%1 (%2)").arg(text, a->shortcut().toString(QKeySequence::NativeText));
    };
    m_confirmAction->setText(tr("Confirm proposal"));
    m_overrideAction->setText(tr("Override…"));
    m_returnAction->setText(tr("Return for completion…"));
    m_reopenAction->setText(tr("Reopen…"));
    m_whyAction->setText(tr("Why?"));
    m_letterAction->setText(tr("Letter…"));
    m_nextAction->setText(tr("Next case"));
    m_previousAction->setText(tr("Previous case"));
    m_backAction->setText(tr("Back to the inbox"));
    m_confirmButton->setText(tr("&Confirm"));
    m_confirmButton->setToolTip(withKey(tr("Record the decision as proposed"), m_confirmAction));
    m_overrideButton->setText(tr("&Override…"));
    m_overrideButton->setToolTip(
        withKey(tr("Decide another outcome or amount, with a justification"), m_overrideAction));
    m_returnButton->setText(tr("Return for co&mpletion…"));
    m_returnButton->setToolTip(
        withKey(tr("Ask the applicant for what is missing"), m_returnAction));
    m_reopenButton->setText(tr("R&eopen…"));
    m_reopenButton->setToolTip(
        withKey(tr("Reopen a decided case (the reason is recorded)"), m_reopenAction));
    m_letterButton->setText(tr("Le&tter…"));
    m_letterButton->setToolTip(withKey(
        tr("Show the letter of the decision, export it as PDF or print it"), m_letterAction));
    m_backButton->setText(tr("Back to inbox"));
    m_backButton->setToolTip(withKey(tr("Back to the inbox"), m_backAction));
    m_whyAction->setToolTip(withKey(tr("Show how the rules reached the proposal"), m_whyAction));
    m_nextAction->setToolTip(withKey(tr("Next case in the inbox"), m_nextAction));
    m_previousAction->setToolTip(withKey(tr("Previous case in the inbox"), m_previousAction));
    m_leftTabs->setTabText(0, tr("Applicant"));
    m_leftTabs->setTabText(1, tr("Application"));
    m_centerTabs->setTabText(0, tr("Proposal"));
    m_centerTabs->setTabText(1, tr("History"));
    m_completenessLabel->setText(tr("<b>Completeness and triage</b>"));
    m_reasonsLabel->setText(tr("<b>Reasons</b>"));
    m_breakdownLabel->setText(tr("<b>Amount breakdown</b>"));
    m_whyTitle->setText(tr("Why? — the decisions evaluated, in order"));
    m_spotCheck->setText(tr("Spot check"));
    m_spotCheck->setToolTip(tr("This case was sampled for a second review of its decision."));
}

bool CaseView::showCase(const QString &caseId, const QString &caseTypeName)
{
    std::optional<CaseRecord> record = CaseRepository(m_db).find(caseId);
    if (!record)
        return false;
    m_caseTypeName = caseTypeName;
    m_record = std::move(record);
    m_letterProblem.clear();
    // Looking is recorded too; a failure to record it must not keep the case from view.
    if (auto viewed = CaseDecisions(m_db, m_user).markViewed(caseId); !viewed)
        spdlog::warn("case view: the view was not recorded: {}",
                     viewed.error().message.toStdString());
    reload();
    return true;
}

void CaseView::reload()
{
    if (!m_record)
        return;
    const QString caseId = m_record->caseId;
    if (std::optional<CaseRecord> fresh = CaseRepository(m_db).find(caseId))
        m_record = std::move(fresh);
    m_proposal = ProposalRepository(m_db).find(caseId);
    m_display = m_proposal ? ProposalDisplay::fromJson(m_proposal->json) : ProposalDisplay{};
    const std::optional<AutomationError> error = AutomationErrorRepository(m_db).latest(caseId);
    m_automationError = error ? error->message : QString();

    // Decided and returned cases stay as they are until someone reopens them.
    const CaseStatus status = m_record->status;
    m_readOnly = status == CaseStatus::Decided || status == CaseStatus::ReturnedForCompletion;
    m_decisionText.clear();
    m_letterText.clear();
    if (std::optional<DecisionRecord> decision = CaseDecisions(m_db, m_user).current(caseId)) {
        if (const std::optional<CaseLetter> letter =
                CaseLetters(m_db, m_user, m_rulePacks).filed(*decision))
            m_letterText = tr("Letter filed on %1.")
                               .arg(letter->createdAt.toLocalTime().toString(
                                   QStringLiteral("yyyy-MM-dd HH:mm")));
        else if (!m_letterProblem.isEmpty())
            m_letterText = tr("No letter was filed: %1").arg(m_letterProblem);
        else
            m_letterText = tr("No letter is filed with this decision.");
        const QString amount =
            decision->amountKronor ? tr("%L1 kr").arg(*decision->amountKronor) : tr("no amount");
        QString kind;
        switch (decision->kind) {
        case DecisionKind::Confirmed:
            kind = tr("Confirmed as proposed");
            break;
        case DecisionKind::Overridden:
            kind = tr("Overridden");
            break;
        case DecisionKind::Returned:
            kind = tr("Returned for completion");
            break;
        }
        m_decisionText =
            tr("%1: %2, %3 — by %4 on %5")
                .arg(
                    kind, outcomeDisplayName(decision->outcome), amount, decision->decidedBy,
                    decision->decidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    m_historyModel->setEvents(AuditTrail(m_db).forCase(caseId));
    render();
}

void CaseView::setCaseTypeName(const QString &name)
{
    m_caseTypeName = name;
    render();
}

QString CaseView::caseId() const
{
    return m_record ? m_record->caseId : QString();
}

bool CaseView::isWhyPanelVisible() const
{
    return !m_whyPanel->isHidden();
}

void CaseView::setWhyPanelVisible(bool visible)
{
    m_whyPanel->setVisible(visible);
    if (m_whyAction->isChecked() != visible)
        m_whyAction->setChecked(visible);
    if (visible)
        m_traceView->expandToDepth(0);
}

void CaseView::render()
{
    if (!m_record) {
        m_title->setText(tr("No case"));
        m_details->clear();
        updateActions();
        return;
    }
    const CaseRecord &r = *m_record;
    m_title->setText(tr("%1 — %2 — %3").arg(r.caseId, m_caseTypeName, statusDisplayName(r.status)));
    m_details->showCase(r, m_caseTypeName);
    m_spotCheck->setVisible(m_display.valid && m_display.spotCheck);
    if (m_readOnly) {
        m_banner->setText(tr("<b>Decided — read-only.</b> %1").arg(esc(m_decisionText)));
        if (r.status == CaseStatus::ReturnedForCompletion)
            m_banner->setText(
                tr("<b>Returned for completion — read-only.</b> %1").arg(esc(m_decisionText)));
        if (!m_letterText.isEmpty())
            m_banner->setText(m_banner->text() + QStringLiteral("<br>") + esc(m_letterText));
    }
    m_banner->setVisible(m_readOnly);
    const bool manual = r.status == CaseStatus::NeedsManualHandling;
    m_errorBanner->setVisible(manual || !m_automationError.isEmpty());
    if (manual || !m_automationError.isEmpty()) {
        m_errorBanner->setText(m_automationError.isEmpty()
                                   ? tr("<b>Needs manual handling.</b>")
                                   : tr("<b>Needs manual handling — the automation could not "
                                        "evaluate this case:</b> %1")
                                         .arg(esc(m_automationError)));
    }
    renderApplication();
    renderProposal();
    updateActions();
}

void CaseView::renderApplication()
{
    m_applicationModel->clear();
    m_applicationModel->setHorizontalHeaderLabels({tr("Field"), tr("Value"), tr("Amount")});
    const QJsonObject details = QJsonDocument::fromJson(m_record->payload)
                                    .object()
                                    .value(QLatin1String("details"))
                                    .toObject();
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (!it.value().isArray()) {
            m_applicationModel->appendRow({cell(it.key()), cell(jsonText(it.value())), cell({})});
            continue;
        }
        // Lists (incomes, costs …): one row per entry, its kind first and its amount last.
        const QJsonArray entries = it.value().toArray();
        auto *group = cell(it.key());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            QString kind = entry.value(QLatin1String("kind")).toString();
            if (kind.isEmpty())
                kind = entry.value(QLatin1String("type")).toString();
            if (kind.isEmpty())
                kind = QStringLiteral("[%1]").arg(i + 1);
            QStringList rest;
            for (auto field = entry.begin(); field != entry.end(); ++field)
                if (field.key() != u"kind" && field.key() != u"type" && field.key() != u"amount")
                    rest << field.key() + QStringLiteral(": ") + jsonText(field.value());
            const QJsonValue amount = entry.value(QLatin1String("amount"));
            auto *amountCell =
                cell(amount.isUndefined() ? QString() : jsonText(amount) + QStringLiteral(" kr"));
            amountCell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            group->appendRow({cell(kind), cell(rest.join(QStringLiteral(", "))), amountCell});
        }
        m_applicationModel->appendRow(
            {group, cell(tr("%n entries", nullptr, int(entries.size()))), cell({})});
    }
    m_applicationView->expandAll();
    m_applicationView->resizeColumnToContents(0);
}

void CaseView::renderProposal()
{
    const ProposalDisplay &p = m_display;
    m_findingsModel->clear();
    m_reasonsModel->clear();
    m_findingsModel->setHorizontalHeaderLabels({tr("Finding"), tr("Detail"), tr("Rule")});
    m_reasonsModel->setHorizontalHeaderLabels({tr("Reason"), tr("Rule"), tr("Legal ground")});
    // Once the columns exist (clear() removes them): the text column takes the room; rule
    // ids, kinds and amounts are as wide as they are.
    for (QTableView *view : {m_findingsView, m_reasonsView, m_breakdownView}) {
        QHeaderView *header = view->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        if (header->count() > 0)
            header->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    if (!p.valid) {
        m_proposalSummary->setText(m_record->status == CaseStatus::Received
                                       ? tr("No proposal yet: run the automation on the inbox.")
                                       : tr("No proposal for this case."));
        m_breakdownModel->setBreakdown({}, std::nullopt);
        m_traceModel->setTrace({});
        m_packLabel->clear();
        return;
    }
    QString period;
    if (p.periodFrom.isValid())
        period =
            tr("%1 – %2").arg(p.periodFrom.toString(Qt::ISODate), p.periodTo.toString(Qt::ISODate));
    m_proposalSummary->setText(
        tr("<b>Proposed decision:</b> %1 · <b>Amount:</b> %2 · <b>Period:</b> %3")
            .arg(esc(outcomeDisplayName(p.outcome)),
                 p.amountKronor ? tr("%L1 kr").arg(*p.amountKronor) : tr("none"),
                 period.isEmpty() ? tr("none") : period));
    for (const DisplayedProposalLine &line : p.missing)
        m_findingsModel->appendRow(
            {cell(tr("Missing: %1").arg(line.text)), cell(line.detail), cell(line.rule)});
    for (const DisplayedProposalLine &line : p.manualReasons)
        m_findingsModel->appendRow(
            {cell(tr("Manual handling: %1").arg(line.text)), cell({}), cell(line.rule)});
    if (p.missing.isEmpty() && p.manualReasons.isEmpty())
        m_findingsModel->appendRow(
            {cell(tr("Complete; no reason for manual handling")), cell({}), cell({})});
    for (const DisplayedProposalLine &line : p.reasons)
        m_reasonsModel->appendRow({cell(line.text), cell(line.rule), cell(line.legalGround)});
    m_findingsView->resizeRowsToContents();
    m_reasonsView->resizeRowsToContents();
    m_breakdownModel->setBreakdown(p.breakdown, p.amountKronor);
    m_traceModel->setTrace(p.trace);
    m_traceView->expandToDepth(0);
    m_packLabel->setText(tr("Rule pack %1, version %2<br><small>SHA-256 %3</small>")
                             .arg(esc(p.packId), esc(p.packVersion), esc(p.packHash)));
}

void CaseView::updateActions()
{
    const bool haveCase = m_record.has_value();
    const bool haveProposal = m_proposal.has_value() && m_display.valid;
    m_confirmAction->setEnabled(haveCase && !m_readOnly && haveProposal &&
                                isDecisionOutcome(m_display.outcome));
    // Without a proposal (manual handling) a person decides through an override.
    m_overrideAction->setEnabled(haveCase && !m_readOnly);
    m_returnAction->setEnabled(haveCase && !m_readOnly);
    m_reopenAction->setEnabled(haveCase && m_readOnly);
    m_confirmButton->setEnabled(m_confirmAction->isEnabled());
    m_overrideButton->setEnabled(m_overrideAction->isEnabled());
    m_returnButton->setEnabled(m_returnAction->isEnabled());
    m_reopenButton->setEnabled(m_reopenAction->isEnabled());
    // Decided and returned cases have a letter (filed, or built on request).
    m_letterAction->setEnabled(haveCase && m_readOnly);
    m_letterButton->setEnabled(m_letterAction->isEnabled());
    m_whyAction->setEnabled(haveProposal);
}

void CaseView::confirmProposal()
{
    if (!m_confirmAction->isEnabled())
        return;
    auto confirmed = decideWithLetter([&](CaseDecisions &d) { return d.confirm(caseId()); });
    if (!confirmed) {
        showFailure(confirmed.error().message);
        return;
    }
    decisionWritten(tr("%1 confirmed as proposed.").arg(caseId()));
}

void CaseView::overrideProposal()
{
    if (!m_overrideAction->isEnabled())
        return;
    StoredProposal proposal;
    proposal.caseId = caseId();
    if (m_proposal)
        proposal = *m_proposal;
    // Non-blocking: an idle lock may delete this view while the dialog is open.
    auto *dialog = new OverrideDialog(proposal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = caseId();
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        auto overridden = decideWithLetter([&](CaseDecisions &d) {
            return d.override(id, dialog->outcome(), dialog->amountKronor(),
                              dialog->justification());
        });
        if (!overridden) {
            showFailure(overridden.error().message);
            return;
        }
        decisionWritten(tr("%1 decided: %2.").arg(id, dialog->differenceText()));
    });
    dialog->open();
}

void CaseView::returnForCompletion()
{
    if (!m_returnAction->isEnabled())
        return;
    auto *dialog = new ReturnForCompletionDialog(caseId(), m_display.missingItems(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = caseId();
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        auto returned = decideWithLetter([&](CaseDecisions &d) {
            return d.returnForCompletion(id, dialog->missing(), dialog->note());
        });
        if (!returned) {
            showFailure(returned.error().message);
            return;
        }
        decisionWritten(tr("%1 returned to the applicant for completion.").arg(id));
    });
    dialog->open();
}

void CaseView::reopenCase()
{
    if (!m_reopenAction->isEnabled())
        return;
    auto *dialog = new ReopenDialog(caseId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = caseId();
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        auto reopened = CaseDecisions(m_db, m_user).reopen(id, dialog->reason());
        if (!reopened) {
            showFailure(reopened.error().message);
            return;
        }
        decisionWritten(tr("%1 reopened.").arg(id));
    });
    dialog->open();
}

void CaseView::decisionWritten(const QString &statusMessage)
{
    reload();
    QString message = statusMessage;
    if (!m_letterProblem.isEmpty())
        message += QLatin1Char(' ') + tr("No letter was filed: %1").arg(m_letterProblem);
    Q_EMIT caseChanged(caseId(), message);
}

Result<DecisionRecord>
CaseView::decideWithLetter(const std::function<Result<DecisionRecord>(CaseDecisions &)> &decide)
{
    CaseLetters letters(m_db, m_user, m_rulePacks);
    CaseDecisions decisions(m_db, m_user);
    decisions.setFollowUp(letters.followUp());
    auto decided = decide(decisions);
    m_letterProblem.clear();
    if (decided && letters.notProduced()) {
        m_letterProblem = letters.notProduced()->message;
        // The reason names no person: pack, template or placeholder.
        spdlog::warn("case view: the decision was recorded without a letter: {}",
                     m_letterProblem.toStdString());
    }
    return decided;
}

void CaseView::showLetter()
{
    if (!m_letterAction->isEnabled())
        return;
    const std::optional<DecisionRecord> decision = CaseDecisions(m_db, m_user).current(caseId());
    if (!decision)
        return;
    auto letter = CaseLetters(m_db, m_user, m_rulePacks).letterFor(*decision);
    if (!letter) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("No letter"),
            tr("There is no letter for this decision: %1").arg(letter.error().message),
            QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("noLetterBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    // Non-blocking: an idle lock may delete this view while the preview is open.
    auto *dialog = new LetterPreviewDialog(std::move(letter.value()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CaseView::showFailure(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The decision was not saved"), message,
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("decisionFailedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT decisionFailed(message);
}

void CaseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_record)
            render();
    }
    QWidget::changeEvent(event);
}

} // namespace casebench
