#include "ui/TraceModel.h"

#include <QFont>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace casebench {

namespace {

// Values longer than this are shortened in the cell; the tooltip has them whole.
constexpr qsizetype shownValueLength = 160;

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QList<QStandardItem *> pair(const QString &item, const QJsonValue &value)
{
    auto *name = new QStandardItem(item);
    const QString full = valueText(value);
    auto *shown = new QStandardItem(
        full.size() > shownValueLength ? full.left(shownValueLength) + QStringLiteral("…") : full);
    shown->setToolTip(full);
    name->setEditable(false);
    shown->setEditable(false);
    // Contexts and lists open up into their entries, so a long result can be read.
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            name->appendRow(pair(it.key(), it.value()));
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            name->appendRow(pair(QStringLiteral("[%1]").arg(i + 1), a.at(i)));
    }
    return {name, shown};
}

QList<QStandardItem *> heading(const QString &text, const QString &value = {})
{
    auto *item = new QStandardItem(text);
    QFont font = item->font();
    font.setItalic(true);
    item->setFont(font);
    item->setEditable(false);
    auto *second = new QStandardItem(value);
    second->setEditable(false);
    return {item, second};
}

QStringList annotations(const QJsonValue &value)
{
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue &entry : value.toArray())
            out << valueText(entry);
    } else if (!value.isNull() && !value.isUndefined()) {
        out << valueText(value);
    }
    return out;
}

} // namespace

TraceModel::TraceModel(QObject *parent) : QStandardItemModel(parent)
{
    setColumnCount(2);
    retranslateHeader();
}

void TraceModel::retranslateHeader()
{
    setHorizontalHeaderLabels({tr("Decision / input"), tr("Value")});
}

void TraceModel::setTrace(const QJsonArray &trace)
{
    m_trace = trace;
    removeRows(0, rowCount());
    retranslateHeader();
    int step = 0;
    QHash<QString, int> stepOf; // a decision's latest step so far
    for (const QJsonValue &entryValue : trace) {
        const QJsonObject entry = entryValue.toObject();
        ++step;
        auto *decision = new QStandardItem(
            tr("%1. %2").arg(step).arg(entry.value(QLatin1String("decision")).toString()));
        QFont bold = decision->font();
        bold.setBold(true);
        decision->setFont(bold);
        decision->setEditable(false);
        const QJsonArray matched = entry.value(QLatin1String("matched_rules")).toArray();
        QStringList ids;
        for (const QJsonValue &rule : matched)
            ids << rule.toObject().value(QLatin1String("id")).toString();
        auto *summary = new QStandardItem(
            ids.isEmpty() ? QString() : tr("matched %1").arg(ids.join(QStringLiteral(", "))));
        summary->setEditable(false);

        const QJsonObject inputs = entry.value(QLatin1String("inputs")).toObject();
        QList<QStandardItem *> inputsRow =
            heading(tr("Inputs read"), QString::number(inputs.size()));
        for (auto it = inputs.begin(); it != inputs.end(); ++it) {
            // A decision's result that an earlier step shows is named, "(Hushall)", not
            // repeated (see ProposalJson): the row says which step to look at.
            const QString text = it.value().toString();
            const int shownAt = text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))
                                    ? stepOf.value(text.mid(1, text.size() - 2))
                                    : 0;
            if (shownAt > 0) {
                QList<QStandardItem *> row = pair(it.key(), it.value());
                row.last()->setText(tr("result of step %1, %2")
                                        .arg(shownAt)
                                        .arg(text.mid(1, text.size() - 2)));
                inputsRow.first()->appendRow(row);
            } else {
                inputsRow.first()->appendRow(pair(it.key(), it.value()));
            }
        }
        decision->appendRow(inputsRow);
        stepOf.insert(entry.value(QLatin1String("decision")).toString(), step);

        QList<QStandardItem *> result = pair(tr("Result"), entry.value(QLatin1String("result")));
        QFont italic = result.first()->font();
        italic.setItalic(true);
        result.first()->setFont(italic);
        decision->appendRow(result);

        QList<QStandardItem *> rulesRow = heading(
            tr("Matched rules"), ids.isEmpty() ? tr("none") : ids.join(QStringLiteral(", ")));
        for (const QJsonValue &ruleValue : matched) {
            const QJsonObject rule = ruleValue.toObject();
            auto *id = new QStandardItem(rule.value(QLatin1String("id")).toString());
            id->setEditable(false);
            id->setToolTip(tr("Table %1, rule %2")
                               .arg(rule.value(QLatin1String("table")).toString())
                               .arg(rule.value(QLatin1String("index")).toInt()));
            const QString notes =
                annotations(rule.value(QLatin1String("annotations"))).join(QStringLiteral(" · "));
            auto *note = new QStandardItem(notes);
            note->setToolTip(notes);
            note->setEditable(false);
            rulesRow.first()->appendRow({id, note});
        }
        decision->appendRow(rulesRow);

        const QJsonArray diagnostics = entry.value(QLatin1String("diagnostics")).toArray();
        if (!diagnostics.isEmpty()) {
            QList<QStandardItem *> row =
                heading(tr("Diagnostics"), QString::number(diagnostics.size()));
            for (const QJsonValue &d : diagnostics) {
                auto *text = new QStandardItem(d.toString());
                text->setEditable(false);
                row.first()->appendRow({text, new QStandardItem});
            }
            decision->appendRow(row);
        }
        appendRow({decision, summary});
    }
}

QStringList TraceModel::matchedRuleIds() const
{
    QStringList ids;
    for (const QJsonValue &entry : m_trace)
        for (const QJsonValue &rule :
             entry.toObject().value(QLatin1String("matched_rules")).toArray())
            ids << rule.toObject().value(QLatin1String("id")).toString();
    return ids;
}

} // namespace casebench
