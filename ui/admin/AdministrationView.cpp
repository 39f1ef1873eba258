#include "ui/admin/AdministrationView.h"

#include "automation/rulepack/DecisionTableDraft.h"
#include "model/CacheDatabase.h"
#include "ui/admin/ActivatePackDialog.h"
#include "ui/admin/CaseTypeSettingsView.h"
#include "ui/admin/RulePackDiffView.h"
#include "ui/admin/RulePackEditor.h"
#include "ui/admin/RulePackListModel.h"
#include "ui/admin/WhatIfPanel.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace casebench {

namespace {

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

} // namespace

AdministrationView::AdministrationView(const CacheDatabase &cache, QString actingUser,
                                       QWidget *parent)
    : QWidget(parent), m_cache(cache), m_user(std::move(actingUser)), m_tabs(new QTabWidget(this)),
      m_list(new QTableView(this)), m_model(new RulePackListModel(this)),
      m_editor(new RulePackEditor(this)), m_diff(new RulePackDiffView(this)),
      m_whatIf(new WhatIfPanel(cache, this)),
      m_settings(new CaseTypeSettingsView(cache.database(), m_user, this)),
      m_problems(new QListWidget(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("administrationView"));
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_list->setObjectName(QStringLiteral("packList"));
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_status->setObjectName(QStringLiteral("adminStatus"));
    m_status->setWordWrap(true);

    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->verticalHeader()->hide();

    // Pack list tab.
    auto *importFolder = button(tr("Import &folder…"), "importFolder", this);
    auto *importZip = button(tr("Import .&zip…"), "importZip", this);
    m_edit = button(tr("&Edit…"), "editPack", this);
    m_export = button(tr("E&xport…"), "exportPack", this);
    m_compare = button(tr("&Compare with previous"), "comparePack", this);
    m_runWhatIf = button(tr("&What-if…"), "whatIfPack", this);
    m_activate = button(tr("&Activate…"), "activatePack", this);
    m_retire = button(tr("&Retire…"), "retirePack", this);
    auto *packButtons = new QHBoxLayout;
    for (QPushButton *b :
         {importFolder, importZip, m_edit, m_export, m_compare, m_runWhatIf, m_activate, m_retire})
        packButtons->addWidget(b);
    packButtons->addStretch(1);
    auto *packsPage = new QWidget(this);
    auto *packsLayout = new QVBoxLayout(packsPage);
    packsLayout->addWidget(m_list, 1);
    packsLayout->addLayout(packButtons);

    // Editor tab.
    m_saveDraft = button(tr("&Save as new draft"), "saveDraft", this);
    m_exportDraft = button(tr("Export &DMN…"), "exportDraft", this);
    m_whatIfDraft = button(tr("What-if of this dra&ft"), "whatIfDraft", this);
    m_compareDraft = button(tr("Compare with &original"), "compareDraft", this);
    auto *editButtons = new QHBoxLayout;
    for (QPushButton *b : {m_saveDraft, m_exportDraft, m_whatIfDraft, m_compareDraft})
        editButtons->addWidget(b);
    editButtons->addStretch(1);
    auto *editPage = new QWidget(this);
    auto *editLayout = new QVBoxLayout(editPage);
    editLayout->addWidget(m_editor, 1);
    editLayout->addLayout(editButtons);

    m_tabs->addTab(packsPage, tr("Rule packs"));
    m_tabs->addTab(editPage, tr("Edit"));
    m_tabs->addTab(m_diff, tr("Compare"));
    m_tabs->addTab(m_whatIf, tr("What-if"));
    m_tabs->addTab(m_settings, tr("Case types"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_problems);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(importFolder, &QPushButton::clicked, this, &AdministrationView::chooseFolderToImport);
    connect(importZip, &QPushButton::clicked, this, &AdministrationView::chooseZipToImport);
    connect(m_edit, &QPushButton::clicked, this, [this] { editPack(selectedPack()); });
    connect(m_export, &QPushButton::clicked, this, &AdministrationView::chooseExportFolder);
    connect(m_compare, &QPushButton::clicked, this,
            [this] { compareWithPrevious(selectedPack()); });
    connect(m_runWhatIf, &QPushButton::clicked, this, [this] { whatIfPack(selectedPack()); });
    connect(m_activate, &QPushButton::clicked, this, &AdministrationView::confirmActivate);
    connect(m_retire, &QPushButton::clicked, this, &AdministrationView::confirmRetire);
    connect(m_saveDraft, &QPushButton::clicked, this, &AdministrationView::saveDraft);
    connect(m_exportDraft, &QPushButton::clicked, this,
            &AdministrationView::chooseDraftExportFolder);
    connect(m_whatIfDraft, &QPushButton::clicked, this, &AdministrationView::whatIfDraft);
    connect(m_compareDraft, &QPushButton::clicked, this, &AdministrationView::compareDraft);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AdministrationView::updateButtons);
    connect(m_editor, &RulePackEditor::modified, this, &AdministrationView::updateButtons);
    refresh();
}

AdministrationView::~AdministrationView() = default;

RulePackStore AdministrationView::store() const
{
    return RulePackStore(m_cache.database(), m_user);
}

void AdministrationView::refresh()
{
    const qint64 selected = selectedPack();
    m_model->setPacks(store().list());
    m_list->resizeColumnsToContents();
    if (selected)
        selectPack(selected);
    updateButtons();
}

qint64 AdministrationView::selectedPack() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const StoredRulePack *p = m_model->pack(rows.first().row());
    return p ? p->id : 0;
}

bool AdministrationView::selectPack(qint64 storedId)
{
    const int row = m_model->rowOf(storedId);
    if (row < 0)
        return false;
    m_list->selectRow(row);
    return true;
}

QStringList AdministrationView::problems() const
{
    QStringList lines;
    for (int i = 0; i < m_problems->count(); ++i)
        lines << m_problems->item(i)->text();
    return lines;
}

QString AdministrationView::status() const
{
    return m_status->text();
}

QString AdministrationView::describe(const StoredRulePack &pack) const
{
    return tr("%1 version %2").arg(pack.packId, pack.version);
}

void AdministrationView::showProblems(const Problems &problems, const QString &status)
{
    m_problems->clear();
    for (const Problem &p : problems)
        m_problems->addItem(p.toString());
    showStatus(status);
}

void AdministrationView::showStatus(const QString &status)
{
    m_status->setText(status);
}

void AdministrationView::updateButtons()
{
    const StoredRulePack *p = m_model->pack(m_model->rowOf(selectedPack()));
    m_edit->setEnabled(p);
    m_export->setEnabled(p);
    m_compare->setEnabled(p);
    m_runWhatIf->setEnabled(p);
    m_activate->setEnabled(p && p->status == RulePackStatus::Draft);
    m_retire->setEnabled(p && p->status != RulePackStatus::Retired);
    const bool draft = m_editor->hasDraft();
    m_saveDraft->setEnabled(draft && m_editor->draft()->isModified());
    m_exportDraft->setEnabled(draft);
    m_whatIfDraft->setEnabled(draft);
    m_compareDraft->setEnabled(draft);
}

void AdministrationView::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import rule pack folder"), QString(),
        QFileDialog::ShowDirsOnly | QFileDialog::DontUseNativeDialog);
    if (!folder.isEmpty())
        importPath(folder);
}

void AdministrationView::chooseZipToImport()
{
    const QString zip = QFileDialog::getOpenFileName(this, tr("Import rule pack archive"),
                                                     QString(), tr("Rule pack archives (*.zip)"),
                                                     nullptr, QFileDialog::DontUseNativeDialog);
    if (!zip.isEmpty())
        importPath(zip);
}

bool AdministrationView::importPath(const QString &path)
{
    const auto imported = store().importPath(path);
    if (!imported) {
        showProblems(imported.error(), tr("Not imported: %n problem(s) found; nothing was stored.",
                                          nullptr, int(imported.error().size())));
        return false;
    }
    showProblems({}, tr("Imported %1 as a draft.").arg(describe(*imported)));
    refresh();
    selectPack(imported->id);
    return true;
}

bool AdministrationView::editPack(qint64 storedId)
{
    const auto files = store().files(storedId);
    const auto stored = store().find(storedId);
    if (!files || !stored) {
        showProblems(files ? Problems{} : Problems{files.error()},
                     tr("The pack could not be read."));
        return false;
    }
    auto draft = DecisionTableDraft::fromFiles(*files, describe(*stored));
    if (!draft) {
        showProblems(draft.error(), tr("The pack could not be opened for editing."));
        return false;
    }
    m_editor->setDraft(std::move(*draft), storedId);
    m_tabs->setCurrentWidget(m_editor->parentWidget());
    showProblems({}, tr("Editing %1; saving makes a new draft version.").arg(describe(*stored)));
    updateButtons();
    return true;
}

bool AdministrationView::saveDraft()
{
    DecisionTableDraft *draft = m_editor->draft();
    if (!draft)
        return false;
    QStringList taken;
    for (const StoredRulePack &p : store().list()) {
        if (p.packId == draft->manifest().id)
            taken << p.version;
    }
    const QString version = DecisionTableDraft::nextDraftVersion(draft->manifest().version, taken);
    auto files = draft->save(version);
    if (!files) {
        showProblems(files.error(), tr("The draft could not be written."));
        return false;
    }
    const auto stored = store().importFiles(*files, draft->manifest().id + u' ' + version);
    if (!stored) {
        showProblems(stored.error(),
                     tr("Version %1 was not stored: %n problem(s) found. Correct the tables or the "
                        "pack's examples.",
                        nullptr, int(stored.error().size()))
                         .arg(version));
        return false;
    }
    showProblems({}, tr("Saved %1 as a draft.").arg(describe(*stored)));
    refresh();
    selectPack(stored->id);
    editPack(stored->id);
    return true;
}

void AdministrationView::chooseDraftExportFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export DMN into folder"), QString(),
        QFileDialog::ShowDirsOnly | QFileDialog::DontUseNativeDialog);
    if (!folder.isEmpty())
        exportDraft(folder);
}

bool AdministrationView::exportDraft(const QString &folder)
{
    DecisionTableDraft *draft = m_editor->draft();
    if (!draft)
        return false;
    const QString version = draft->isModified()
                                ? DecisionTableDraft::nextDraftVersion(draft->manifest().version)
                                : draft->manifest().version;
    const QString target = QDir(folder).filePath(draft->manifest().id + u'-' + version);
    const auto written = draft->saveToFolder(target, version);
    if (!written) {
        showProblems(written.error(), tr("The DMN was not exported."));
        return false;
    }
    showProblems({}, tr("Exported to %1.").arg(QDir::toNativeSeparators(target)));
    return true;
}

void AdministrationView::chooseExportFolder()
{
    const qint64 id = selectedPack();
    const auto stored = store().find(id);
    if (!stored)
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export rule pack into folder"), QString(),
        QFileDialog::ShowDirsOnly | QFileDialog::DontUseNativeDialog);
    if (!folder.isEmpty())
        exportPack(id, QDir(folder).filePath(stored->packId + u'-' + stored->version));
}

bool AdministrationView::exportPack(qint64 storedId, const QString &folder)
{
    const auto exported = store().exportTo(storedId, folder);
    if (!exported) {
        showProblems(exported.error(), tr("The pack was not exported."));
        return false;
    }
    showProblems({}, tr("Exported to %1.").arg(QDir::toNativeSeparators(folder)));
    return true;
}

bool AdministrationView::whatIfPack(qint64 storedId)
{
    const auto stored = store().find(storedId);
    auto pack = store().load(storedId);
    if (!stored || !pack) {
        showProblems(pack ? Problems{} : pack.error(), tr("The pack could not be loaded."));
        return false;
    }
    m_whatIf->setPack(*pack, describe(*stored));
    m_tabs->setCurrentWidget(m_whatIf);
    return true;
}

bool AdministrationView::whatIfDraft()
{
    DecisionTableDraft *draft = m_editor->draft();
    if (!draft)
        return false;
    const QString version = DecisionTableDraft::nextDraftVersion(draft->manifest().version);
    auto files = draft->save(version);
    if (!files) {
        showProblems(files.error(), tr("The draft could not be written."));
        return false;
    }
    auto pack = RulePackStore::materialise(*files, draft->manifest().id + u' ' + version);
    if (!pack) {
        showProblems(pack.error(), tr("The draft does not load."));
        return false;
    }
    m_whatIf->setPack(*pack, tr("%1 version %2 (unsaved edit)").arg(draft->manifest().id, version));
    m_tabs->setCurrentWidget(m_whatIf);
    return true;
}

bool AdministrationView::compareWithPrevious(qint64 storedId)
{
    const auto stored = store().find(storedId);
    if (!stored)
        return false;
    // The version imported just before this one, of the same pack.
    std::optional<StoredRulePack> previous;
    for (const StoredRulePack &p : store().list()) {
        if (p.packId == stored->packId && p.id < stored->id && (!previous || p.id > previous->id))
            previous = p;
    }
    if (!previous) {
        showStatus(tr("%1 is the first stored version of the pack.").arg(describe(*stored)));
        return false;
    }
    const auto older = store().files(previous->id);
    const auto newer = store().files(stored->id);
    if (!older || !newer)
        return false;
    m_diff->compare(*older, describe(*previous), *newer, describe(*stored));
    m_tabs->setCurrentWidget(m_diff);
    return true;
}

bool AdministrationView::compareDraft()
{
    DecisionTableDraft *draft = m_editor->draft();
    if (!draft)
        return false;
    const QString version = DecisionTableDraft::nextDraftVersion(draft->manifest().version);
    auto files = draft->save(version);
    if (!files) {
        showProblems(files.error(), tr("The draft could not be written."));
        return false;
    }
    m_diff->compare(draft->originalFiles(), draft->manifest().version, *files,
                    tr("%1 (unsaved edit)").arg(version));
    m_tabs->setCurrentWidget(m_diff);
    return true;
}

void AdministrationView::confirmActivate()
{
    const auto stored = store().find(selectedPack());
    if (!stored)
        return;
    ActivatePackDialog dialog(*stored, this);
    if (dialog.exec() == QDialog::Accepted)
        activate(stored->id, dialog.appliesFrom());
}

bool AdministrationView::activate(qint64 storedId, const QDate &appliesFrom)
{
    const auto activated = store().activate(storedId, appliesFrom);
    if (!activated) {
        showProblems({activated.error()}, tr("Not activated."));
        return false;
    }
    showProblems(
        {}, tr("%1 is active for applications dated from %2.")
                .arg(describe(*activated), QLocale().toString(appliesFrom, QLocale::LongFormat)));
    refresh();
    return true;
}

void AdministrationView::confirmRetire()
{
    const auto stored = store().find(selectedPack());
    if (!stored)
        return;
    const QString today = QLocale().toString(QDate::currentDate(), QLocale::LongFormat);
    const auto answer =
        QMessageBox::question(this, tr("Retire rule pack"),
                              tr("Retire %1? From today, %2, it decides no %3 application; "
                                 "proposals already made keep naming it. "
                                 "The retirement is recorded in the audit trail.")
                                  .arg(describe(*stored), today, stored->caseType));
    if (answer == QMessageBox::Yes)
        retire(stored->id);
}

bool AdministrationView::retire(qint64 storedId)
{
    const auto retired = store().retire(storedId);
    if (!retired) {
        showProblems({retired.error()}, tr("Not retired."));
        return false;
    }
    showProblems({}, tr("%1 is retired.").arg(describe(*retired)));
    refresh();
    return true;
}

} // namespace casebench
