#pragma once
// TraceModel: the DMN trace of a proposal as a tree for the "Why?" panel — each decision
// in the order it was evaluated, under it the inputs it read with their values, its
// result, the rules that matched (id, table, annotations) and any diagnostics.

#include <QJsonArray>
#include <QStandardItemModel>

namespace casebench {

class TraceModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, ValueColumn };

    explicit TraceModel(QObject *parent = nullptr);

    void setTrace(const QJsonArray &trace);
    // The rule ids that matched, in trace order (for tests and the summary line).
    QStringList matchedRuleIds() const;

private:
    void retranslateHeader();

    QJsonArray m_trace;
};

} // namespace casebench
