#pragma once
// AdministrationView: the administrator's rule pack manager — the stored pack versions,
// import (folder or .zip) with every problem listed and nothing stored when invalid, the
// table editor saving new draft versions and exporting DMN, side-by-side comparison,
// what-if runs, activation and retirement (confirmed, naming the date), and the settings
// per case type. Shown to administrators only; the caller decides who sees it.

#include "automation/rulepack/RulePackStore.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace casebench {

class CacheDatabase;
class CaseTypeSettingsView;
class RulePackDiffView;
class RulePackEditor;
class RulePackListModel;
class WhatIfPanel;

class AdministrationView : public QWidget
{
    Q_OBJECT
public:
    AdministrationView(const CacheDatabase &cache, QString actingUser, QWidget *parent = nullptr);
    ~AdministrationView() override;

    void refresh();
    // The operations behind the buttons (after their file dialogs and confirmations).
    bool importPath(const QString &path);
    bool editPack(qint64 storedId);
    bool saveDraft();
    bool exportDraft(const QString &folder);
    bool exportPack(qint64 storedId, const QString &folder);
    bool whatIfPack(qint64 storedId);
    bool whatIfDraft();
    bool compareWithPrevious(qint64 storedId);
    bool compareDraft();
    bool activate(qint64 storedId, const QDate &appliesFrom);
    bool retire(qint64 storedId);

    qint64 selectedPack() const; // 0 = none
    bool selectPack(qint64 storedId);
    QStringList problems() const; // of the last import or save, as listed
    QString status() const;

    RulePackEditor *editor() const { return m_editor; }
    WhatIfPanel *whatIf() const { return m_whatIf; }
    RulePackDiffView *diffView() const { return m_diff; }

private:
    void chooseFolderToImport();
    void chooseZipToImport();
    void confirmActivate();
    void confirmRetire();
    void chooseExportFolder();
    void chooseDraftExportFolder();
    void showProblems(const Problems &problems, const QString &status);
    void showStatus(const QString &status);
    void updateButtons();
    QString describe(const StoredRulePack &pack) const;
    RulePackStore store() const;

    const CacheDatabase &m_cache;
    QString m_user;
    QTabWidget *m_tabs;
    QTableView *m_list;
    RulePackListModel *m_model;
    RulePackEditor *m_editor;
    RulePackDiffView *m_diff;
    WhatIfPanel *m_whatIf;
    CaseTypeSettingsView *m_settings;
    QListWidget *m_problems;
    QLabel *m_status;
    QPushButton *m_edit;
    QPushButton *m_export;
    QPushButton *m_compare;
    QPushButton *m_runWhatIf;
    QPushButton *m_activate;
    QPushButton *m_retire;
    QPushButton *m_saveDraft;
    QPushButton *m_exportDraft;
    QPushButton *m_whatIfDraft;
    QPushButton *m_compareDraft;
};

} // namespace casebench
