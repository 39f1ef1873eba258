#pragma once
// CaseTypeSettingsView: the deadline days and spot-check rate of each case type, edited in
// place; each change is saved (and audited) at once, a refused value is put back.

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace casebench {

class CaseTypeSettingsView : public QWidget
{
    Q_OBJECT
public:
    enum Column { Code, Name, DeadlineDays, SpotCheck, ColumnCount };

    CaseTypeSettingsView(QSqlDatabase db, QString actingUser, QWidget *parent = nullptr);
    void reload();

private:
    void edited(int row, int column);

    QSqlDatabase m_db;
    QString m_user;
    QTableWidget *m_table;
    QLabel *m_message;
    bool m_filling = false;
};

} // namespace casebench
