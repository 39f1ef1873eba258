#pragma once
// PreferencesDialog: the settings a caseworker may change — for now the idle auto-lock.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace casebench {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

public Q_SLOTS:
    void accept() override; // saves, then closes

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_autoLockLabel;
    QSpinBox *m_autoLock;
    QLabel *m_autoLockHelp;
    QDialogButtonBox *m_buttons;
};

} // namespace casebench
