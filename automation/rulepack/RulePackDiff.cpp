#include "automation/rulepack/RulePackDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace casebench {

using namespace Qt::StringLiterals;

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isNull())
        return u"null"_s;
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return QString::number(value.toDouble(), 'g', 17);
}

// Ids shared by both lists, in the order of `ids`.
QStringList common(const QStringList &ids, const QSet<QString> &other)
{
    QStringList out;
    for (const QString &id : ids) {
        if (other.contains(id))
            out << id;
    }
    return out;
}

// The rules that kept their order: a longest common subsequence of the two orders. The
// others count as moved — moving one rule then reports that rule, not all it passed.
QSet<QString> keptInOrder(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> len(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            len[i][j] =
                a.at(i) == b.at(j) ? len[i + 1][j + 1] + 1 : std::max(len[i + 1][j], len[i][j + 1]);
    }
    QSet<QString> kept;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            kept.insert(a.at(i));
            ++i;
            ++j;
        } else if (len[i + 1][j] >= len[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return kept;
}

void compareTables(const DraftTable &a, const DraftTable &b, RulePackDiff &diff)
{
    QStringList oldIds;
    QStringList newIds;
    for (const auto &r : a.table.rules)
        oldIds << r.id;
    for (const auto &r : b.table.rules)
        newIds << r.id;
    const QSet<QString> oldSet(oldIds.cbegin(), oldIds.cend());
    const QSet<QString> newSet(newIds.cbegin(), newIds.cend());
    const QStringList oldOrder = common(oldIds, newSet);
    const QStringList newOrder = common(newIds, oldSet);
    const QSet<QString> inOrder = keptInOrder(oldOrder, newOrder);
    const int columns = std::min(DecisionTableDraft::columnCount(a.table),
                                 DecisionTableDraft::columnCount(b.table));

    const auto change = [&](RuleChange::Kind kind, const QString &ruleId, int oldRow, int newRow) {
        diff.rules << RuleChange{kind, b.file, b.ownerName, b.table.id, ruleId, oldRow, newRow};
    };
    for (int row = 0; row < a.table.rules.size(); ++row) {
        if (!newSet.contains(oldIds.at(row)))
            change(RuleChange::Kind::Removed, oldIds.at(row), row, -1);
    }
    for (int row = 0; row < b.table.rules.size(); ++row) {
        const auto &rule = b.table.rules.at(row);
        if (!oldSet.contains(rule.id)) {
            change(RuleChange::Kind::Added, rule.id, -1, row);
            continue;
        }
        const int oldRow = int(oldIds.indexOf(rule.id));
        const auto &old = a.table.rules.at(oldRow);
        bool cellsChanged = false;
        for (int column = 0; column < columns; ++column) {
            const QString before = DecisionTableDraft::cell(old, a.table, column);
            const QString after = DecisionTableDraft::cell(rule, b.table, column);
            if (before == after)
                continue;
            cellsChanged = true;
            diff.cells << CellChange{b.file,
                                     b.ownerName,
                                     b.table.id,
                                     rule.id,
                                     column,
                                     DecisionTableDraft::columnTitle(b.table, column),
                                     DecisionTableDraft::columnKind(b.table, column),
                                     before,
                                     after};
        }
        if (cellsChanged)
            change(RuleChange::Kind::Changed, rule.id, oldRow, row);
        else if (!inOrder.contains(rule.id))
            change(RuleChange::Kind::Moved, rule.id, oldRow, row);
    }
}

} // namespace

bool RulePackDiff::cellChanged(const QString &tableId, const QString &ruleId, int column) const
{
    return std::any_of(cells.cbegin(), cells.cend(), [&](const CellChange &c) {
        return c.tableId == tableId && c.ruleId == ruleId && c.column == column;
    });
}

Result<RulePackDiff, Problems> RulePackDiff::compareFolders(const QString &older,
                                                            const QString &newer)
{
    auto a = RulePackStore::readFolder(older);
    if (!a)
        return a.error();
    auto b = RulePackStore::readFolder(newer);
    if (!b)
        return b.error();
    return compare(*a, *b);
}

Result<RulePackDiff, Problems> RulePackDiff::compare(const RulePackFiles &older,
                                                     const RulePackFiles &newer)
{
    auto a = DecisionTableDraft::fromFiles(older, u"old"_s);
    if (!a)
        return a.error();
    auto b = DecisionTableDraft::fromFiles(newer, u"new"_s);
    if (!b)
        return b.error();

    RulePackDiff diff;
    QSet<QString> dmnFilesExplained; // changed DMN files whose change the lists above show

    for (const DraftTable &nt : b->tables()) {
        const auto old =
            std::find_if(a->tables().cbegin(), a->tables().cend(), [&](const DraftTable &t) {
                return t.file == nt.file && t.table.id == nt.table.id;
            });
        const qsizetype before = diff.rules.size();
        if (old == a->tables().cend()) {
            for (int row = 0; row < nt.table.rules.size(); ++row)
                diff.rules << RuleChange{
                    RuleChange::Kind::Added,   nt.file, nt.ownerName, nt.table.id,
                    nt.table.rules.at(row).id, -1,      row};
        } else {
            compareTables(*old, nt, diff);
        }
        if (diff.rules.size() != before)
            dmnFilesExplained.insert(nt.file);
    }
    for (const DraftTable &ot : a->tables()) {
        const bool kept =
            std::any_of(b->tables().cbegin(), b->tables().cend(), [&](const DraftTable &t) {
                return t.file == ot.file && t.table.id == ot.table.id;
            });
        if (kept)
            continue;
        for (int row = 0; row < ot.table.rules.size(); ++row)
            diff.rules << RuleChange{RuleChange::Kind::Removed,
                                     ot.file,
                                     ot.ownerName,
                                     ot.table.id,
                                     ot.table.rules.at(row).id,
                                     row,
                                     -1};
        dmnFilesExplained.insert(ot.file);
    }

    for (const DraftConstant &nc : b->constants()) {
        const int i = a->constantIndex(nc.ownerName);
        const QString before = i < 0 ? QString() : a->constants().at(i).text;
        if (before.trimmed() != nc.text.trimmed()) {
            diff.constants << ConstantChange{nc.file, nc.ownerName, before, nc.text};
            dmnFilesExplained.insert(nc.file);
        }
    }
    for (const DraftConstant &oc : a->constants()) {
        if (b->constantIndex(oc.ownerName) < 0) {
            diff.constants << ConstantChange{oc.file, oc.ownerName, oc.text, QString()};
            dmnFilesExplained.insert(oc.file);
        }
    }

    const QString manifestFile = RulePackManifest::fileName();
    const QJsonObject oldManifest =
        QJsonDocument::fromJson(older.value(manifestFile).toUtf8()).object();
    const QJsonObject newManifest =
        QJsonDocument::fromJson(newer.value(manifestFile).toUtf8()).object();
    QStringList keys = oldManifest.keys() + newManifest.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (oldManifest.value(key) != newManifest.value(key))
            diff.manifest << ManifestChange{key, jsonText(oldManifest.value(key)),
                                            jsonText(newManifest.value(key))};
    }

    for (auto it = newer.cbegin(); it != newer.cend(); ++it) {
        if (it.key() == manifestFile)
            continue;
        if (!older.contains(it.key()))
            diff.addedFiles << it.key();
        else if (older.value(it.key()) != it.value() && !dmnFilesExplained.contains(it.key()))
            diff.changedFiles << it.key();
    }
    for (auto it = older.cbegin(); it != older.cend(); ++it) {
        if (it.key() != manifestFile && !newer.contains(it.key()))
            diff.removedFiles << it.key();
    }
    return diff;
}

} // namespace casebench
