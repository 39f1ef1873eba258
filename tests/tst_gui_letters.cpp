// Decision letters from the case view (issue 5, items 2 and 4), driven through real widgets
// (offscreen): confirming a case files its letter with the decision — a letters row and a
// letter_produced audit event naming the pack version and the PDF's SHA-256 — and the audit
// chain verifies; Ctrl+Shift+L shows the filed letter (not one built again: it shows even
// with no rule packs at hand); Export PDF… through the file dialog writes the stored PDF,
// whose text (pdftotext) holds decision, amount and how to appeal; an override's letter
// gives the amount decided and the justification, not the proposal's; a return for
// completion's letter lists what the caseworker asked for and the answer-by date; reopening
// and deciding again files a second letter and keeps the first; a decision whose letter
// cannot be built (no pack at hand) is recorded all the same, says so, and the preview
// builds that letter on request without filing it. The functions run in order: the first
// stores the proposals the others decide.

#include "automation/letters/CaseLetters.h"
#include "automation/letters/LetterData.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "model/AuditEventCode.h"
#include "model/AuditTrail.h"
#include "model/CacheDatabase.h"
#include "model/CaseDecisions.h"
#include "model/CaseRepository.h"
#include "model/DemoCaseGenerator.h"
#include "model/InboxFilterProxy.h"
#include "model/LetterRepository.h"
#include "model/Money.h"
#include "model/ProposalRepository.h"
#include "model/UserRepository.h"
#include "ui/AutomationJob.h"
#include "ui/CaseView.h"
#include "ui/InboxView.h"
#include "ui/LetterPreviewDialog.h"
#include "ui/MainWindow.h"
#include "ui/OverrideDialog.h"
#include "ui/ReopenDialog.h"
#include "ui/ReturnForCompletionDialog.h"
#include "ui/UnlockDialog.h"
#include "ui/Workbench.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

template <typename Dialog> Dialog *openDialog(QWidget *parent)
{
    // Dialogs open non-blocking; wait until it is shown.
    Dialog *found = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (found = parent->findChild<Dialog *>()) && found->isVisible(); }, 5000))
        return nullptr;
    return found;
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void closeMessageBoxes()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            box->close();
}

// Line breaks and the no-break spaces of amounts folded to single spaces, ligatures the
// PDF's font shaping makes ("ﬁ") back to letters, so that wrapped text still matches.
QString folded(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    text.replace(QChar::Nbsp, u' ');
    text.replace(QChar(0x202F), u' ');
    return text.simplified();
}

QString amountText(qint64 kronor)
{
    return folded(Money::fromKronor(kronor).toDisplayString());
}

} // namespace

class TestGuiLetters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cachePath;
    QString m_pdftotext;
    const QByteArray m_passphrase = "brevbärare i motvind";
    const QString m_login = u"handlaggare3"_s;
    const QString m_displayName = u"Handläggare Tre"_s;
    static constexpr int Cases = 80;
    std::unique_ptr<Workbench> m_workbench;
    QString m_confirmedCase;
    QStringList m_used;

    MainWindow *window() const { return m_workbench->mainWindow(); }
    CaseView *caseView() const { return window()->caseView(); }
    QSqlDatabase db() const { return m_workbench->cache()->database(); }
    User user() const { return *UserRepository(db()).find(m_login); }

    CaseStatus statusOf(const QString &caseId) const
    {
        return CaseRepository(db()).find(caseId)->status;
    }

    QList<AuditEvent> letterEvents(const QString &caseId) const
    {
        QList<AuditEvent> events;
        for (const AuditEvent &e : AuditTrail(db()).forCase(caseId))
            if (e.event == AuditEventCode::LetterProduced)
                events << e;
        return events;
    }

    // A proposed case whose proposal is one of `outcomes`, not yet used by a test; with
    // an amount: one of LSS sjuklön (an amount and a breakdown; the ekonomiskt bistånd
    // pack's norms end before the demo cases' dates).
    QString proposedCase(const QStringList &outcomes, bool withAmount)
    {
        const InboxFilterProxy *proxy = window()->inboxProxy();
        ProposalRepository proposals(db());
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QString caseId = proxy->caseIdAt(row);
            if (m_used.contains(caseId) || statusOf(caseId) != CaseStatus::Proposed)
                continue;
            const std::optional<StoredProposal> p = proposals.find(caseId);
            if (!p || !outcomes.contains(p->outcome))
                continue;
            if (withAmount &&
                (p->packId != u"lss-sjuklon"_s || !p->amountKronor || *p->amountKronor < 1000))
                continue;
            m_used << caseId;
            return caseId;
        }
        return {};
    }

    // Selects the case in the inbox and opens it with Enter, as a caseworker does.
    void openWithEnter(const QString &caseId)
    {
        window()->showInbox();
        // After a dialog closes the offscreen platform activates no window by itself.
        window()->activateWindow();
        QApplication::setActiveWindow(window());
        QVERIFY(QTest::qWaitForWindowActive(window()));
        InboxView *view = window()->inboxView();
        QVERIFY(view->selectCase(caseId));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(window()->isCaseViewShown());
        QCOMPARE(caseView()->caseId(), caseId);
    }

    // Ctrl+Shift+L in the case view; the preview it opens.
    LetterPreviewDialog *openPreview()
    {
        CaseView *view = caseView();
        // A preview still open from before would be found instead of the new one.
        if (!view->findChild<QPushButton *>(u"letterButton"_s)->isEnabled() ||
            view->findChild<LetterPreviewDialog *>())
            return nullptr;
        QTest::keyClick(view, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        return openDialog<LetterPreviewDialog>(view);
    }

    void closePreview(LetterPreviewDialog *dialog)
    {
        QPointer<LetterPreviewDialog> guard(dialog);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"letterButtons"_s)
                              ->button(QDialogButtonBox::Close),
                          Qt::LeftButton);
        QTRY_VERIFY(guard.isNull()); // deleted on close
    }

    void verifyChain()
    {
        const AuditTrail::Verification verification = AuditTrail(db()).verify();
        QVERIFY2(verification.ok(), qPrintable(verification.reason));
        QVERIFY(verification.checked > 0);
    }

    QString pdfText(const QString &path)
    {
        QProcess process;
        process.start(m_pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        return folded(QString::fromUtf8(process.readAllStandardOutput()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Not a skip: without pdftotext the exported PDF would go unchecked.
        m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!m_pdftotext.isEmpty(), "pdftotext is missing: install poppler-utils");
        m_cachePath = m_dir.filePath(u"letters.cache"_s);
        {
            auto cache =
                CacheDatabase::open(m_cachePath, m_passphrase, CacheDatabase::OpenMode::CreateNew);
            QVERIFY(cache);
            QVERIFY(
                DemoCaseGenerator(11).fill(cache.value()->database(), Cases, QDate::currentDate()));
            QVERIFY(UserRepository(cache.value()->database())
                        .add(m_login, m_displayName, UserRole::Caseworker));
        }
        WorkbenchOptions options;
        options.cachePath = m_cachePath;
        options.passphrase = m_passphrase;
        options.language = u"en"_s;
        options.rulePackFolder = QStringLiteral(CASEBENCH_SOURCE_DIR "/resources/rulepacks");
        options.userLogin = m_login;
        m_workbench = std::make_unique<Workbench>(std::move(options));
        QVERIFY(m_workbench->rulePackProblems().isEmpty());
        m_workbench->start();
        QVERIFY(window());
        QVERIFY(QTest::qWaitForWindowActive(window()));
        // The letters use the templates of the packs the automation runs.
        QCOMPARE(caseView()->rulePacks(), &m_workbench->rulePacks());
    }

    void batchAutomation()
    {
        QSignalSpy finished(window(), &MainWindow::automationFinished);
        window()->findChild<QAction *>(u"runAutomationAction"_s)->trigger();
        QVERIFY(finished.wait(60000));
        closeMessageBoxes();
        QCOMPARE(CaseRepository(db()).countByStatus().value(CaseStatus::Received), 0);
        QVERIFY(ProposalRepository(db()).count() > 0);
    }

    void confirmFilesTheLetter()
    {
        const QString caseId = proposedCase({u"bifall"_s}, true);
        QVERIFY2(!caseId.isEmpty(), "no LSS bifall among the demo cases");
        const StoredProposal proposal = *ProposalRepository(db()).find(caseId);
        openWithEnter(caseId);
        CaseView *view = caseView();
        // Undecided: no letter yet.
        QVERIFY(!view->letterAction()->isEnabled());
        QVERIFY(!view->findChild<QPushButton *>(u"letterButton"_s)->isEnabled());
        QVERIFY(LetterRepository(db()).forCase(caseId).isEmpty());

        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(statusOf(caseId), CaseStatus::Decided);
        const DecisionRecord decision = *CaseDecisions(db(), user()).current(caseId);

        // Filed with the decision: one letter row, one audit event pointing at it.
        const QList<StoredLetter> letters = LetterRepository(db()).forCase(caseId);
        QCOMPARE(letters.size(), 1);
        const StoredLetter &stored = letters.first();
        QCOMPARE(stored.kind, u"decision"_s);
        QCOMPARE(stored.outcome, u"bifall"_s);
        QCOMPARE(stored.language, u"sv"_s);
        QCOMPARE(stored.createdBy, user().id);
        const QString body = folded(stored.body);
        QVERIFY2(body.contains(u"Beslut: bifall"_s), qPrintable(stored.body));
        QVERIFY(body.contains(amountText(*proposal.amountKronor)));
        QVERIFY(body.contains(caseId));
        QVERIFY(body.contains(folded(m_displayName))); // who decided
        const std::optional<QByteArray> pdf = LetterRepository(db()).pdf(stored.id);
        QVERIFY(pdf && pdf->startsWith("%PDF"));

        const QList<AuditEvent> produced = letterEvents(caseId);
        QCOMPARE(produced.size(), 1);
        const AuditEvent &event = produced.first();
        QCOMPARE(event.userLogin, m_login);
        QCOMPARE(event.packId, proposal.packId);
        QCOMPARE(event.packVersion, proposal.packVersion);
        QCOMPARE(event.details.value("letter_id"_L1).toInteger(), stored.id);
        QCOMPARE(event.details.value("decision_id"_L1).toInteger(), decision.id);
        QCOMPARE(event.details.value("pdf_sha256"_L1).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(*pdf, QCryptographicHash::Sha256).toHex()));
        // After the decision's own event, in the same chain.
        QStringList codes;
        for (const AuditEvent &e : AuditTrail(db()).forCase(caseId))
            codes << e.event;
        QVERIFY(codes.indexOf(AuditEventCode::Confirmed) <
                codes.indexOf(AuditEventCode::LetterProduced));
        verifyChain();

        QVERIFY(view->findChild<QLabel *>(u"readOnlyBanner"_s)->text().contains(u"Letter filed"_s));
        QVERIFY(view->findChild<QPushButton *>(u"letterButton"_s)->isEnabled());
        m_confirmedCase = caseId;
    }

    void previewShowsTheFiledLetterAndExportsItsPdf()
    {
        QVERIFY(!m_confirmedCase.isEmpty());
        openWithEnter(m_confirmedCase);
        const StoredLetter stored = LetterRepository(db()).forCase(m_confirmedCase).first();
        const StoredProposal proposal = *ProposalRepository(db()).find(m_confirmedCase);

        // The filed letter, not one built again: with no rule packs at hand no letter could
        // be built, yet the preview shows the stored one.
        const RulePackRegistry *packs = caseView()->rulePacks();
        caseView()->setRulePacks(nullptr);
        LetterPreviewDialog *dialog = openPreview();
        caseView()->setRulePacks(packs);
        QVERIFY(dialog);
        QVERIFY(dialog->letter().isFiled());
        QCOMPARE(dialog->letter().letterId, stored.id);
        QCOMPARE(dialog->letter().text, stored.body);
        QVERIFY(dialog->windowTitle().contains(m_confirmedCase));
        QVERIFY(dialog->findChild<QLabel *>(u"letterOriginLabel"_s)->text().contains(u"Filed"_s));
        const QString shown = folded(dialog->shownText());
        QVERIFY(shown.contains(u"bifall"_s));
        QVERIFY(shown.contains(amountText(*proposal.amountKronor)));
        QVERIFY(shown.contains(u"överklaga"_s));
        QVERIFY(dialog->defaultFileName().startsWith(m_confirmedCase));
        QVERIFY(
            dialog->defaultFileName().contains(dialog->letter().letterDate.toString(Qt::ISODate)));

        // Export PDF…: the file dialog opens with the default name; a name typed and Enter.
        QSignalSpy written(dialog, &LetterPreviewDialog::pdfWritten);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"letterExportButton"_s),
                          Qt::LeftButton);
        QFileDialog *files = dialog->exportDialog();
        QVERIFY(files);
        QTRY_VERIFY(files->isVisible());
        auto *nameEdit = files->findChild<QLineEdit *>(u"fileNameEdit"_s);
        QVERIFY(nameEdit);
        QCOMPARE(nameEdit->text(), dialog->defaultFileName());
        // Into the test's folder (no file there starts with "e": no completion pops up).
        files->setDirectory(m_dir.path());
        const QString path = m_dir.filePath(u"exported-letter.pdf"_s);
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, u"exported-letter"_s); // .pdf is added
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QTRY_COMPARE(written.size(), 1);
        QCOMPARE(written.first().first().toString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), *LetterRepository(db()).pdf(stored.id)); // byte for byte
        file.close();
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"Beslut: bifall"_s), qPrintable(text));
        QVERIFY(text.contains(amountText(*proposal.amountKronor)));
        QVERIFY(text.contains(u"Hur man överklagar"_s));
        QVERIFY(text.contains(u"inom tre veckor"_s));
        QVERIFY(text.contains(u"förvaltningsrätten"_s));

        // Print… opens the print dialog; cancelling prints nothing and keeps the preview.
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"letterPrintButton"_s), Qt::LeftButton);
        auto *print = openDialog<QPrintDialog>(dialog);
        QVERIFY(print);
        print->reject();
        QVERIFY(dialog->isVisible());
        closePreview(dialog);
        // Looking changes nothing in the store.
        QCOMPARE(LetterRepository(db()).forCase(m_confirmedCase).size(), 1);
    }

    void overrideLetterGivesTheDecision()
    {
        const QString caseId = proposedCase({u"bifall"_s}, true);
        QVERIFY(!caseId.isEmpty());
        const StoredProposal proposal = *ProposalRepository(db()).find(caseId);
        const qint64 decided = *proposal.amountKronor - 500;
        openWithEnter(caseId);
        CaseView *view = caseView();
        QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier);
        auto *dialog = openDialog<OverrideDialog>(view);
        QVERIFY(dialog);
        QCOMPARE(dialog->outcome(), u"bifall"_s);
        auto *amount = dialog->findChild<QLineEdit *>(u"overrideAmountEdit"_s);
        amount->selectAll();
        QTest::keyClicks(amount, QString::number(decided));
        const QString justification = u"The payslip shows fewer sick days than the application"_s;
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"overrideJustificationEdit"_s),
                         justification);
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(statusOf(caseId), CaseStatus::Decided);
        QCOMPARE(CaseDecisions(db(), user()).current(caseId)->amountKronor, decided);

        const QList<StoredLetter> letters = LetterRepository(db()).forCase(caseId);
        QCOMPARE(letters.size(), 1);
        QCOMPARE(letters.first().outcome, u"bifall"_s);
        QCOMPARE(letterEvents(caseId).size(), 1);
        verifyChain();

        LetterPreviewDialog *preview = openPreview();
        QVERIFY(preview);
        const QString shown = folded(preview->shownText());
        // The amount decided, with the justification as the reason; the breakdown gets a
        // line for the difference.
        QVERIFY2(shown.contains(u"får ersättning med "_s + amountText(decided)), qPrintable(shown));
        QVERIFY(shown.contains(folded(justification)));
        QVERIFY(shown.contains(u"Justering enligt beslutet (se Motivering) | Kostnad | "_s +
                               amountText(-500)));
        QVERIFY(shown.contains(u"överklaga"_s));
        // Not the proposal's amount as granted, nor its reasons for it.
        QVERIFY(!shown.contains(u"får ersättning med "_s + amountText(*proposal.amountKronor)));
        const QJsonArray reasons =
            QJsonDocument::fromJson(proposal.json).object().value("reasons"_L1).toArray();
        QVERIFY(!reasons.isEmpty());
        for (const QJsonValue &reason : reasons)
            QVERIFY(!shown.contains(folded(reason.toObject().value("reason"_L1).toString())));
        closePreview(preview);
    }

    void returnLetterListsWhatIsMissing()
    {
        const QString caseId = proposedCase({u"bifall"_s, u"komplettering"_s}, false);
        QVERIFY(!caseId.isEmpty());
        openWithEnter(caseId);
        CaseView *view = caseView();
        QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier);
        auto *dialog = openDialog<ReturnForCompletionDialog>(view);
        QVERIFY(dialog);
        dialog->addItem(u"Hyresavi för december"_s);
        dialog->addItem(u"Kontoutdrag för de tre senaste månaderna"_s);
        const QStringList asked = dialog->missing();
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"returnNoteEdit"_s),
                         u"Please call us if anything is unclear."_s);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(statusOf(caseId), CaseStatus::ReturnedForCompletion);

        const QList<StoredLetter> letters = LetterRepository(db()).forCase(caseId);
        QCOMPARE(letters.size(), 1);
        QCOMPARE(letters.first().kind, u"completion_request"_s);
        QCOMPARE(letters.first().outcome, u"komplettering"_s);
        const QList<AuditEvent> produced = letterEvents(caseId);
        QCOMPARE(produced.size(), 1);
        const QDate answerBy = CaseDecisions(db(), user())
                                   .current(caseId)
                                   ->decidedAt.toLocalTime()
                                   .date()
                                   .addDays(LetterData::defaultCompletionDays);
        QCOMPARE(produced.first().details.value("answer_by"_L1).toString(),
                 answerBy.toString(Qt::ISODate));
        verifyChain();

        LetterPreviewDialog *preview = openPreview();
        QVERIFY(preview);
        QCOMPARE(preview->letter().kind, LetterKind::CompletionRequest);
        QVERIFY(preview->windowTitle().contains(u"Request for completion"_s));
        QVERIFY(preview->defaultFileName().contains(u"komplettering"_s));
        const QString shown = folded(preview->shownText());
        for (const QString &item : asked)
            QVERIFY2(shown.contains(folded(item)), qPrintable(item));
        const QString due =
            QLocale(QLocale::Swedish, QLocale::Sweden).toString(answerBy, u"d MMMM yyyy"_s);
        QVERIFY2(shown.contains(u"senast "_s + due), qPrintable(shown));
        QVERIFY(shown.contains(u"Please call us if anything is unclear."_s));
        QVERIFY(shown.contains(u"inte kan överklaga"_s));
        QVERIFY(!shown.contains(u"Hur man överklagar"_s));
        closePreview(preview);
    }

    void reopenAndDecideAgainFilesASecondLetter()
    {
        QVERIFY(!m_confirmedCase.isEmpty());
        openWithEnter(m_confirmedCase);
        CaseView *view = caseView();
        const qint64 firstLetter = LetterRepository(db()).forCase(m_confirmedCase).first().id;
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        auto *reopen = openDialog<ReopenDialog>(view);
        QVERIFY(reopen);
        QTest::keyClicks(reopen->findChild<QPlainTextEdit *>(u"reopenReasonEdit"_s),
                         u"The applicant sent a new rent notice"_s);
        QTest::mouseClick(okButton(reopen), Qt::LeftButton);
        QTRY_COMPARE(statusOf(m_confirmedCase), CaseStatus::Proposed);
        QVERIFY(!view->letterAction()->isEnabled()); // nothing decided, nothing to send

        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(statusOf(m_confirmedCase), CaseStatus::Decided);
        const QList<StoredLetter> letters = LetterRepository(db()).forCase(m_confirmedCase);
        QCOMPARE(letters.size(), 2);
        QCOMPARE(letters.first().id, firstLetter); // the first letter stays as it was
        QCOMPARE(letterEvents(m_confirmedCase).size(), 2);
        verifyChain();

        LetterPreviewDialog *preview = openPreview();
        QVERIFY(preview);
        QCOMPARE(preview->letter().letterId, letters.last().id); // the standing decision's
        closePreview(preview);
    }

    void withoutATemplateTheDecisionStandsWithoutALetter()
    {
        const QString caseId = proposedCase({u"bifall"_s, u"avslag"_s}, false);
        QVERIFY(!caseId.isEmpty());
        openWithEnter(caseId);
        CaseView *view = caseView();
        // No rule pack at hand: no template, so no letter — but the decision is recorded.
        const RulePackRegistry *packs = view->rulePacks();
        view->setRulePacks(nullptr);
        QSignalSpy changed(view, &CaseView::caseChanged);
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        view->setRulePacks(packs);
        QTRY_COMPARE(statusOf(caseId), CaseStatus::Decided);
        QVERIFY(CaseDecisions(db(), user()).current(caseId));
        QVERIFY(LetterRepository(db()).forCase(caseId).isEmpty());
        QVERIFY(letterEvents(caseId).isEmpty());
        verifyChain();
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().at(1).toString().contains(u"No letter was filed"_s));
        QVERIFY(view->findChild<QLabel *>(u"readOnlyBanner"_s)
                    ->text()
                    .contains(u"No letter was filed"_s));

        // With the pack back, the preview builds the letter now, says it is not filed, and
        // stores nothing.
        LetterPreviewDialog *preview = openPreview();
        QVERIFY(preview);
        QVERIFY(!preview->letter().isFiled());
        QVERIFY(
            preview->findChild<QLabel *>(u"letterOriginLabel"_s)->text().contains(u"not stored"_s));
        QVERIFY(folded(preview->shownText()).contains(u"Beslut: "_s));
        QVERIFY(preview->findChild<QPushButton *>(u"letterExportButton"_s)->isEnabled());
        closePreview(preview);
        QVERIFY(LetterRepository(db()).forCase(caseId).isEmpty());
    }

    void cleanupTestCase()
    {
        closeMessageBoxes();
        m_workbench.reset();
    }
};

QTEST_MAIN(TestGuiLetters)
#include "tst_gui_letters.moc"
